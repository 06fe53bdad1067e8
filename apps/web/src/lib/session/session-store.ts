import { useSyncExternalStore } from 'react';

/** Why the browser no longer has a session; each has its own sentence on the sign-in page. */
export type SignedOutReason = 'idle' | 'expired' | 'revoked' | 'suspended' | 'logout' | 'unknown';

export type SessionState =
  | { readonly status: 'unknown' }
  | { readonly status: 'signed-in'; readonly accessToken: string; readonly workshopId: string }
  | { readonly status: 'signed-out'; readonly reason?: SignedOutReason };

/**
 * The access token lives here, in memory only: a reload forgets it and the refresh cookie
 * (HttpOnly, invisible to scripts) brings a new one. Nothing of the session touches storage.
 */
let state: SessionState = { status: 'unknown' };
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export const sessionStore = {
  get: (): SessionState => state,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  accessToken: (): string | undefined => (state.status === 'signed-in' ? state.accessToken : undefined),
  signIn: (accessToken: string, workshopId: string): void => set({ status: 'signed-in', accessToken, workshopId }),
  signOut: (reason?: SignedOutReason): void => set({ status: 'signed-out', reason }),
};

export function useSession(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);
}
