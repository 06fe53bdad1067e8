import type { TFunction } from 'i18next';
import { ApiError, asProblem, problemCode } from '@/lib/api/problem';
import { waitInWords } from './wait-in-words';

/** Problem codes (`invalid-credentials`) to the account namespace's keys for this screen. */
export type KnownProblems = Readonly<Partial<Record<string, string>>>;

/** How long a 429 asks to wait: the problem's `retryAfter` member (the Retry-After header's value). */
export function retryAfterOf(error: unknown): number | undefined {
  const problem = asProblem(error) as { retryAfter?: unknown } | undefined;
  const seconds = Number(problem?.retryAfter);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

/**
 * The sentence a failed call shows in place: the screen's own sentence for the codes it knows,
 * the wait in words for a rate limit, and a plain sentence for the rest; never a raw status.
 */
export function problemSentence(error: unknown, t: TFunction, language: string, known: KnownProblems = {}): string {
  const problem = asProblem(error);
  const status = problem?.status ?? (error instanceof ApiError ? error.status : undefined);
  if (status === undefined) return t('problems.network');
  if (status === 429) {
    const seconds = retryAfterOf(error);
    return seconds
      ? t('problems.rateLimited', { when: waitInWords(seconds, language) })
      : t('problems.rateLimitedSoon');
  }
  const code = problemCode(error);
  const key = code ? known[code] : undefined;
  if (key) return t(key);
  if (code === 'workshop-suspended') return t('problems.workshopSuspended');
  if (status >= 500) return t('problems.server');
  if (code === 'validation-failed') return t('problems.invalid');
  return t('problems.generic');
}

/** Whether the API named fields: then the errors stand on the fields, not in a sentence above. */
export function hasFieldErrors(error: unknown): boolean {
  return (asProblem(error)?.errors?.length ?? 0) > 0;
}
