import { api } from '@/lib/api/api-client';
import { unwrap } from '@/lib/api/problem';

/** Spends the mailed link's token: the address it was sent to is verified. */
export function verifyEmail(token: string): Promise<void> {
  return unwrap(api.POST('/api/v1/auth/email/verify', { body: { token } })).then(() => undefined);
}

/** A new link to the signed-in person's address; older links stop working. */
export function resendVerification(): Promise<void> {
  return unwrap(api.POST('/api/v1/me/email/verification')).then(() => undefined);
}
