import { problemCode } from '../api/problem';
import type { RefreshOutcome } from './refresh-session';
import type { SignedOutReason } from './session-store';

/**
 * The browser's side of the API's cookie mode: calls that open a session send this header, and
 * the API sets the refresh token as the HttpOnly `pitlane_refresh` cookie (Path=/api/v1/auth)
 * instead of putting it in the answer, so no script here ever sees it. The browser-session
 * routes (/auth/session/refresh and /auth/session/logout) read only that cookie.
 */
export const COOKIE_DELIVERY = { 'X-Refresh-Token-Delivery': 'cookie' } as const;

/**
 * The `reason` member of the API's 401 and 403 session problems. `session_unknown` (no cookie,
 * or one nobody issued) has no banner: a first visit is not a signed-out session.
 */
const REASONS: Readonly<Record<string, SignedOutReason | undefined>> = {
  session_idle: 'idle',
  session_expired: 'expired',
  session_revoked: 'revoked',
  workshop_suspended: 'suspended',
  session_unknown: undefined,
  access_token_invalid: undefined,
};

/** Problem codes that say why by themselves (older answers without a `reason`). */
const CODES: Readonly<Record<string, SignedOutReason>> = {
  'refresh-token-reused': 'revoked',
  'workshop-suspended': 'suspended',
};

export function signedOutReason(problem: unknown): SignedOutReason | undefined {
  const reason = (problem as { reason?: unknown } | undefined)?.reason;
  if (typeof reason === 'string' && Object.hasOwn(REASONS, reason)) return REASONS[reason];
  const code = problemCode(problem);
  return code ? CODES[code] : undefined;
}

async function post(path: string): Promise<Response> {
  return fetch(path, {
    method: 'POST',
    headers: { Accept: 'application/json', ...COOKIE_DELIVERY },
    credentials: 'same-origin',
  });
}

export const cookieSession = {
  async refresh(): Promise<RefreshOutcome> {
    const response = await post('/api/v1/auth/session/refresh').catch(() => undefined);
    if (!response) return { ok: false, reason: undefined };
    const body: unknown = await response.json().catch(() => undefined);
    if (response.ok) {
      const session = body as { accessToken: string; tenantId: string };
      return { ok: true, accessToken: session.accessToken, workshopId: session.tenantId };
    }
    return { ok: false, reason: signedOutReason(body) };
  },
  /** Ends the session the cookie belongs to; the API clears the cookie with it. */
  async logout(): Promise<void> {
    await post('/api/v1/auth/session/logout').catch(() => undefined);
  },
};
