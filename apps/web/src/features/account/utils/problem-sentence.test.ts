import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/problem';
import { hasFieldErrors, problemSentence, retryAfterOf } from './problem-sentence';

const t = ((key: string, values?: Record<string, string>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

function problem(code: string, status: number, extra: Record<string, unknown> = {}) {
  return new ApiError(
    { type: `https://pitlane.dev/problems/${code}`, title: 'x', status, detail: 'The API says so.', ...extra },
    status,
  );
}

describe('problemSentence', () => {
  it("says the screen's own sentence for a code it knows", () => {
    const error = problem('invalid-credentials', 401);
    expect(problemSentence(error, t, 'en', { 'invalid-credentials': 'login.wrongCredentials' })).toBe(
      'login.wrongCredentials',
    );
  });

  it('says the wait of a rate limit in words', () => {
    const error = problem('rate-limited', 429, { retryAfter: 300 });
    expect(retryAfterOf(error)).toBe(300);
    expect(problemSentence(error, t, 'en')).toBe('problems.rateLimited {"when":"in 5 minutes"}');
    expect(problemSentence(problem('rate-limited', 429), t, 'en')).toBe('problems.rateLimitedSoon');
  });

  it('never shows a raw status or the API detail', () => {
    expect(problemSentence(problem('whatever', 409), t, 'en')).toBe('problems.generic');
    expect(problemSentence(new ApiError(undefined, 502), t, 'en')).toBe('problems.server');
    expect(problemSentence(new TypeError('Failed to fetch'), t, 'en')).toBe('problems.network');
    expect(problemSentence(problem('workshop-suspended', 403), t, 'en')).toBe('problems.workshopSuspended');
  });

  it('knows when the API named fields', () => {
    expect(hasFieldErrors(problem('weak-password', 400, { errors: [{ field: 'password', message: 'x' }] }))).toBe(true);
    expect(hasFieldErrors(problem('invalid-reset-code', 400))).toBe(false);
  });
});
