import { asProblem, problemCode } from '@/lib/api/problem';

/** Whether the API refused with `code` (the problem type's last segment; `_` and `-` alike). */
export function problemIs(error: unknown, code: string): boolean {
  return problemCode(error)?.replace(/_/g, '-') === code.replace(/_/g, '-');
}

/** The 409 `insufficient_stock`'s numbers: what was on hand and how many were to go. */
export function insufficientStock(error: unknown): { onHand: number; requested: number } | undefined {
  if (!problemIs(error, 'insufficient_stock')) return undefined;
  const problem = asProblem(error) as { onHand?: unknown; requested?: unknown } | undefined;
  if (typeof problem?.onHand !== 'number' || typeof problem.requested !== 'number') return undefined;
  return { onHand: problem.onHand, requested: problem.requested };
}
