import { api } from '@/lib/api/api-client';
import { unwrap } from '@/lib/api/problem';

/** Spends the link mailed to the new address: the account signs in with it from now on. */
export function confirmEmailChange(token: string): Promise<void> {
  return unwrap(api.POST('/api/v1/auth/email/change/confirm', { body: { token } })).then(() => undefined);
}
