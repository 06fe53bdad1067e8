import type { PasswordHasher } from '../passwords/password-hasher';

/**
 * How many password hashes every login checks, whatever the address: the accounts holding it
 * (verified first, then newest), padded with decoys. Constant work, so a login's timing tells
 * nobody how many accounts share an address (an unverified sign-up on someone's verified address
 * would otherwise make their login measurably slower). Two: the verified owner and the newest
 * unverified sign-up; older unverified duplicates of an address cannot sign in until verified.
 */
export const PASSWORD_CHECKS_PER_LOGIN = 2;

/**
 * The first of `candidates` whose hash `password` matches, or undefined, after exactly
 * PASSWORD_CHECKS_PER_LOGIN argon2 verifications: no early return, no fewer for fewer accounts.
 */
export async function matchPassword<T extends { readonly passwordHash: string }>(
  hasher: Pick<PasswordHasher, 'verify' | 'verifyDecoy'>,
  candidates: readonly T[],
  password: string,
): Promise<T | undefined> {
  let match: T | undefined;
  for (let index = 0; index < PASSWORD_CHECKS_PER_LOGIN; index++) {
    const candidate = candidates[index];
    if (!candidate) {
      await hasher.verifyDecoy(password);
      continue;
    }
    const matches = await hasher.verify(candidate.passwordHash, password);
    if (matches && !match) match = candidate;
  }
  return match;
}
