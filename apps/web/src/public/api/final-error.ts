/** Whether a failed read is final (a 4xx): retrying it would only answer the same. */
export function isFinal(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}
