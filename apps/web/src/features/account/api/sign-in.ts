import { api } from '@/lib/api/api-client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema.gen';
import { COOKIE_DELIVERY } from '@/lib/session/cookie-session';

export type SignedInSession = components['schemas']['LoginResponse'];
export type MfaChallenge = components['schemas']['MfaChallengeResponse'];
/** What a correct password gets: a session, or the second step's challenge. */
export type SignInOutcome = SignedInSession | MfaChallenge;

export function isMfaChallenge(outcome: SignInOutcome): outcome is MfaChallenge {
  return 'mfaRequired' in outcome && outcome.mfaRequired;
}

/**
 * The first step. Without a workshopId the API opens the person's first active workshop; the
 * account menu switches to the others. The refresh token goes to the HttpOnly cookie only.
 */
export function signIn(body: components['schemas']['LoginDto']): Promise<SignInOutcome> {
  return unwrap(api.POST('/api/v1/auth/login', { body, headers: COOKIE_DELIVERY }));
}

/** The second step: the challenge's token and an authenticator or recovery code. */
export function completeSignIn(body: components['schemas']['LoginMfaDto']): Promise<SignedInSession> {
  return unwrap(api.POST('/api/v1/auth/login/mfa', { body, headers: COOKIE_DELIVERY }));
}
