import { useSyncExternalStore } from 'react';

/** Why the console asks to sign in again; each has its own sentence. */
export type OperatorSignedOutReason = 'expired' | 'logout';

export type OperatorSession =
  | { readonly status: 'signed-in'; readonly accessToken: string }
  | { readonly status: 'signed-out'; readonly reason?: OperatorSignedOutReason };

/**
 * The operator's access token, in memory only and apart from any workshop session: operators
 * have no refresh cookie, so a reload or 15 idle minutes ask for the password and a fresh TOTP
 * code again (the API ends idle operator sessions itself).
 */
let state: OperatorSession = { status: 'signed-out' };
const listeners = new Set<() => void>();

function set(next: OperatorSession): void {
  state = next;
  for (const listener of listeners) listener();
}

export const operatorSession = {
  get: (): OperatorSession => state,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  accessToken: (): string | undefined => (state.status === 'signed-in' ? state.accessToken : undefined),
  signIn: (accessToken: string): void => set({ status: 'signed-in', accessToken }),
  signOut: (reason?: OperatorSignedOutReason): void => set({ status: 'signed-out', reason }),
};

export function useOperatorSession(): OperatorSession {
  return useSyncExternalStore(operatorSession.subscribe, operatorSession.get, operatorSession.get);
}
