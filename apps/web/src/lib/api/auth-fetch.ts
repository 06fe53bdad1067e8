import { signedOutReason } from '../session/cookie-session';
import { refreshSession } from '../session/refresh-session';
import { sessionStore } from '../session/session-store';

/** Calls where a 401 means "wrong credentials", not "token expired": never retried. */
const NO_RETRY = /\/api\/v1\/auth\//;

function withToken(request: Request): Request {
  const token = sessionStore.accessToken();
  if (!token) return request;
  const headers = new Headers(request.headers);
  headers.set('Authorization', `Bearer ${token}`);
  return new Request(request, { headers });
}

/**
 * fetch for the API client: sends the in-memory access token and, on a 401, refreshes once
 * through the cookie and repeats the call. A second 401 is final: the session store then says
 * signed out, with the API's reason, and the app shows the sign-in page.
 */
export async function authFetch(request: Request): Promise<Response> {
  const retry = request.clone();
  const response = await fetch(withToken(request));
  // A workshop suspended while someone works in it: 403 on their next call. The session is over
  // (refresh would be refused too); the staff shell sees the store and shows the sign-in page
  // that says why.
  if (response.status === 403 && sessionStore.accessToken()) {
    const body: unknown = await response
      .clone()
      .json()
      .catch(() => undefined);
    if (signedOutReason(body) === 'suspended') sessionStore.signOut('suspended');
  }
  if (response.status !== 401 || NO_RETRY.test(new URL(request.url).pathname)) return response;
  if (!(await refreshSession())) return response;
  return fetch(withToken(retry));
}
