import { redirect } from '@tanstack/react-router';
import { refreshSession } from '@/lib/session/refresh-session';
import { sessionStore } from '@/lib/session/session-store';

/**
 * For account pages that act as the signed-in person (two-step enrolment): a reload has no
 * access token in memory, so the refresh cookie is tried once; without a session, sign in and
 * come back.
 */
export async function requireSignedIn(returnTo: string): Promise<void> {
  if (sessionStore.get().status !== 'signed-in') await refreshSession();
  const state = sessionStore.get();
  if (state.status === 'signed-in') return;
  throw redirect({
    to: '/login',
    search: { reason: state.status === 'signed-out' ? state.reason : undefined, next: returnTo },
  });
}

/** Whether this browser holds a session (trying the cookie once), without leaving the page. */
export async function hasSession(): Promise<boolean> {
  if (sessionStore.get().status === 'signed-in') return true;
  return refreshSession();
}
