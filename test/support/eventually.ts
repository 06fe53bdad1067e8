/**
 * Retries an assertion until it holds or `timeoutMs` passes: for work that finishes on a queue.
 * Not a sleep: it returns as soon as the assertion passes.
 */
export async function eventually(assertion: () => unknown, timeoutMs = 15_000, intervalMs = 25): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
