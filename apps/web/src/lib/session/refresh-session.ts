import { sessionStore, type SignedOutReason } from './session-store';
import { cookieSession } from './cookie-session';

let inFlight: Promise<boolean> | undefined;

/**
 * Trades the refresh cookie for a new access token. Concurrent callers share one request: the
 * cookie is single use, so two parallel refreshes would look like a stolen token to the API.
 */
export function refreshSession(): Promise<boolean> {
  inFlight ??= cookieSession
    .refresh()
    .then((outcome) => {
      if (outcome.ok) {
        sessionStore.signIn(outcome.accessToken, outcome.workshopId);
        return true;
      }
      sessionStore.signOut(outcome.reason);
      return false;
    })
    .finally(() => {
      inFlight = undefined;
    });
  return inFlight;
}

export type RefreshOutcome =
  | { readonly ok: true; readonly accessToken: string; readonly workshopId: string }
  | { readonly ok: false; readonly reason: SignedOutReason | undefined };
