import { isPostgresError, PG_UNIQUE_VIOLATION } from '@pitlane/core';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';

/**
 * An address belongs to whoever verifies it first (`users_verified_email_key`, unique among
 * verified users). Every path that verifies an address checks `UserRepository.verifiedByOther`
 * first and maps a lost race (the unique index) to the same answer.
 */

/** A concurrent verification won the race for the address (the unique index said so). */
export function isVerifiedEmailConflict(error: unknown): boolean {
  return isPostgresError(error, PG_UNIQUE_VIOLATION, 'users_verified_email_key');
}

export function emailTaken(): IdentityError {
  return new IdentityError(IdentityErrorCode.EmailTaken, 'Another account has already verified this e-mail address.', [
    { field: 'email', message: 'is already registered' },
  ]);
}
