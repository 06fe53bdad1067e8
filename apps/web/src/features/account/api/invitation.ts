import { api } from '@/lib/api/api-client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema.gen';
import { COOKIE_DELIVERY } from '@/lib/session/cookie-session';
import type { SignInOutcome } from './sign-in';

/**
 * Joins the workshop the link names, and signs in as a login does (a second-factor challenge
 * for an account that has one). A new person's password makes their account; an existing
 * account's password joins with that account.
 */
export function acceptInvitation(body: components['schemas']['AcceptInvitationDto']): Promise<SignInOutcome> {
  return unwrap(api.POST('/api/v1/auth/invitations/accept', { body, headers: COOKIE_DELIVERY }));
}
