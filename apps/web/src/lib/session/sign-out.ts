import type { QueryClient } from '@tanstack/react-query';
import { cookieSession } from './cookie-session';
import { sessionStore } from './session-store';

/** Ends the session on the server (the cookie goes with it) and forgets everything cached. */
export async function signOut(queryClient: QueryClient): Promise<void> {
  await cookieSession.logout();
  sessionStore.signOut('logout');
  queryClient.clear();
}
