import { api } from '@/lib/api/api-client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema.gen';
import { COOKIE_DELIVERY } from '@/lib/session/cookie-session';

export type SignupBody = components['schemas']['SignupDto'];
export type SignupSession = components['schemas']['SignupResponse'];

/**
 * A new workshop and its owner, signed in at once. The answer is the same 201 whether or not
 * someone already uses the address (no enumeration): the mail tells the address's owner.
 */
export function signUp(body: SignupBody): Promise<SignupSession> {
  return unwrap(api.POST('/api/v1/auth/signup', { body, headers: COOKIE_DELIVERY }));
}
