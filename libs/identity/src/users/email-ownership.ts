import { isPostgresError, PG_UNIQUE_VIOLATION } from '@pitlane/core';
import { EntityManager } from 'typeorm';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';

/**
 * An address belongs to whoever verifies it first (`users_verified_email_key`, unique among
 * verified users). These are the checks every path that verifies an address makes.
 */
export async function assertNoOtherVerifiedOwner(manager: EntityManager, email: string, userId: string): Promise<void> {
  const rows: { taken: boolean }[] = await manager.query(
    `select exists (select 1 from users where email = $1 and email_verified_at is not null and id <> $2) as taken`,
    [email, userId],
  );
  if (rows[0]?.taken) throw emailTaken();
}

/** A concurrent verification won the race for the address (the unique index said so). */
export function isVerifiedEmailConflict(error: unknown): boolean {
  return isPostgresError(error, PG_UNIQUE_VIOLATION, 'users_verified_email_key');
}

export function emailTaken(): IdentityError {
  return new IdentityError(IdentityErrorCode.EmailTaken, 'Another account has already verified this e-mail address.', [
    { field: 'email', message: 'is already registered' },
  ]);
}
