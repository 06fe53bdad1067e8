import type { QueryClient } from '@tanstack/react-query';
import { redirect } from '@tanstack/react-router';
import { asProblem } from '@/lib/api/problem';
import { setLanguage, isLanguage } from '@/lib/i18n/i18n';
import { meQuery } from '@/lib/session/me';
import { refreshSession } from '@/lib/session/refresh-session';
import { sessionStore } from '@/lib/session/session-store';

/**
 * The staff layout's gate: a reload has no access token, so the refresh cookie is tried once;
 * without a session the person lands on sign-in with the reason and the page to come back to.
 * A workshop that requires two-step verification sends an unenrolled person to enrol first.
 */
export async function requireStaffSession(queryClient: QueryClient, returnTo: string): Promise<void> {
  if (sessionStore.get().status !== 'signed-in') await refreshSession();
  const state = sessionStore.get();
  if (state.status !== 'signed-in') {
    throw redirect({
      to: '/login',
      search: { reason: state.status === 'signed-out' ? state.reason : undefined, next: returnTo },
    });
  }
  let me;
  try {
    me = await queryClient.ensureQueryData(meQuery);
  } catch (error) {
    if (asProblem(error)?.status === 401)
      throw redirect({ to: '/login', search: { reason: sessionReason(), next: returnTo } });
    throw error;
  }
  if (me.workshop.requireMfa && !me.user.mfaEnabled) throw redirect({ to: '/enrol-2fa' });
  const language = me.user.locale ?? me.workshop.locale;
  if (isLanguage(language)) await setLanguage(language);
}

function sessionReason() {
  const state = sessionStore.get();
  return state.status === 'signed-out' ? state.reason : undefined;
}
