/** The cookie that carries a browser session's refresh token. */
export const REFRESH_COOKIE = 'pitlane_refresh';

/**
 * Only the auth routes (`/api/v1/auth/...`, API_PREFIX in create-api.ts) ever receive it: never
 * a data route, a web page or an asset, so nothing else can log or leak it.
 */
export const REFRESH_COOKIE_PATH = '/api/v1/auth';

/**
 * `Set-Cookie` for a refresh token: unreadable by scripts (HttpOnly), sent over TLS only (Secure;
 * browsers count http://localhost as secure), never on a request another site starts
 * (SameSite=Strict), and gone when the session reaches its absolute end (Max-Age).
 */
export function refreshCookie(token: string, maxAgeSeconds: number): string {
  const maxAge = Math.max(0, Math.floor(maxAgeSeconds));
  return `${REFRESH_COOKIE}=${token}; HttpOnly; Secure; SameSite=Strict; Path=${REFRESH_COOKIE_PATH}; Max-Age=${maxAge}`;
}

/** `Set-Cookie` that makes the browser drop the refresh cookie. */
export function clearedRefreshCookie(): string {
  return `${REFRESH_COOKIE}=; HttpOnly; Secure; SameSite=Strict; Path=${REFRESH_COOKIE_PATH}; Max-Age=0`;
}

/** The response header as OpenAPI documents it on the routes that set the cookie. */
export const SET_REFRESH_COOKIE_HEADER = {
  'Set-Cookie': {
    description:
      'Cookie mode only: `pitlane_refresh=<token>; HttpOnly; Secure; SameSite=Strict; Path=/api/v1/auth; ' +
      'Max-Age=<seconds until the session’s absolute end>` (`Max-Age=0` when the session ends)',
    schema: { type: 'string' },
  },
} as const;
