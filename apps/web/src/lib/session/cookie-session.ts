import { problemCode } from '../api/problem';
import type { RefreshOutcome } from './refresh-session';
import type { SignedOutReason } from './session-store';

/**
 * The browser's side of the API's cookie mode: the refresh token travels only in the
 * HttpOnly cookie the API sets on /api/v1/auth, so this code never sees it.
 */
export const COOKIE_DELIVERY = { 'X-Refresh-Token-Delivery': 'cookie' } as const;

const REASONS: Record<string, SignedOutReason> = {
  session_idle: 'idle',
  session_expired: 'expired',
  session_revoked: 'revoked',
  refresh_token_reused: 'revoked',
  workshop_suspended: 'suspended',
};

export function signedOutReason(problem: unknown): SignedOutReason | undefined {
  const code = problemCode(problem);
  return code ? REASONS[code] : undefined;
}

async function post(path: string): Promise<Response> {
  return fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...COOKIE_DELIVERY },
    body: '{}',
    credentials: 'same-origin',
  });
}

export const cookieSession = {
  async refresh(): Promise<RefreshOutcome> {
    const response = await post('/api/v1/auth/refresh');
    const body: unknown = await response.json().catch(() => undefined);
    if (response.ok) {
      const pair = body as { accessToken: string; tenantId: string };
      return { ok: true, accessToken: pair.accessToken, workshopId: pair.tenantId };
    }
    return { ok: false, reason: signedOutReason(body) };
  },
  async logout(): Promise<void> {
    await post('/api/v1/auth/logout').catch(() => undefined);
  },
};
