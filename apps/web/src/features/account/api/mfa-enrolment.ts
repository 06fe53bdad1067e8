import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/api-client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema.gen';

export type MfaSetup = components['schemas']['MfaSetupResponse'];

/**
 * A new secret to scan. A query, not a mutation, so that a second mount (React's strict mode,
 * a language change) shares the one request: each call replaces the secret the QR code shows.
 */
export const mfaSetupQuery = queryOptions({
  queryKey: ['account', 'mfa-setup'],
  queryFn: (): Promise<MfaSetup> => unwrap(api.POST('/api/v1/me/mfa/setup')),
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: 0,
  retry: false,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
});

/** Confirms the secret with a first code; the answer holds the recovery codes, this once. */
export function enableMfa(code: string): Promise<readonly string[]> {
  return unwrap(api.POST('/api/v1/me/mfa/enable', { body: { code } })).then((enabled) => enabled.recoveryCodes);
}

/** The base32 secret inside an otpauth:// URL, for typing into an app by hand. */
export function secretOf(otpauthUrl: string): string | undefined {
  try {
    return new URL(otpauthUrl).searchParams.get('secret') ?? undefined;
  } catch {
    return undefined;
  }
}
