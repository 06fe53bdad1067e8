import { api } from '@/lib/api/api-client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema.gen';

/** Always 202, known address or not: the answer tells nobody whether an account exists. */
export function requestResetCode(email: string): Promise<void> {
  return unwrap(api.POST('/api/v1/auth/password/forgot', { body: { email } })).then(() => undefined);
}

/** Sets the new password; every session of the person, in every workshop, ends. */
export function resetPassword(body: components['schemas']['ResetPasswordDto']): Promise<void> {
  return unwrap(api.POST('/api/v1/auth/password/reset', { body })).then(() => undefined);
}
