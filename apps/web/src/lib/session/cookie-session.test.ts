import { describe, expect, it } from 'vitest';
import { signedOutReason } from './cookie-session';

const problem = (code: string, reason?: string) => ({
  type: `https://pitlane.dev/problems/${code}`,
  title: 'Unauthorized',
  status: 401,
  ...(reason ? { reason } : {}),
});

describe('signedOutReason', () => {
  it("reads the API's reason for an ended session", () => {
    expect(signedOutReason(problem('session-ended', 'session_idle'))).toBe('idle');
    expect(signedOutReason(problem('session-ended', 'session_expired'))).toBe('expired');
    expect(signedOutReason(problem('session-ended', 'session_revoked'))).toBe('revoked');
    expect(signedOutReason(problem('workshop-suspended', 'workshop_suspended'))).toBe('suspended');
  });

  it('shows no banner to a browser that never had a session', () => {
    expect(signedOutReason(problem('session-ended', 'session_unknown'))).toBeUndefined();
    expect(signedOutReason(problem('invalid-token', 'access_token_invalid'))).toBeUndefined();
    expect(signedOutReason(undefined)).toBeUndefined();
  });

  it('falls back to the codes that say why by themselves', () => {
    expect(signedOutReason(problem('refresh-token-reused'))).toBe('revoked');
    expect(signedOutReason(problem('workshop-suspended'))).toBe('suspended');
  });
});
