import { Injectable } from '@nestjs/common';
import { isPostgresError, PG_UNIQUE_VIOLATION } from '@pitlane/core';
import { randomUUID } from 'node:crypto';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { PasswordHasher } from '../passwords/password-hasher';
import { PasswordPolicy } from '../passwords/password-policy';
import { IdentitySystemRepository } from '../system/identity-system.repository';
import { UserRepository } from '../users/user.repository';

/** The account an invitation will be accepted with, decided before any row is written. */
export type Invitee =
  | { readonly kind: 'existing'; readonly user: InviteeUser; readonly verifiesEmail: boolean }
  | { readonly kind: 'new'; readonly user: InviteeUser; readonly passwordHash: string };

export interface InviteeUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
}

/**
 * Whose account joins the workshop. Opening the link proves the mailbox, and an address belongs
 * to whoever verifies it first (docs/tenancy.md), so:
 * - a verified account with the address joins, if the password given is its password (401
 *   otherwise);
 * - else an unverified account with the address whose password matches joins, and is verified;
 * - else a new, verified account is made with the name and password given (the password policy
 *   applies). Unverified accounts someone else made with the address do not block the invitee.
 */
@Injectable()
export class InviteeAccounts {
  constructor(
    private readonly system: IdentitySystemRepository,
    private readonly hasher: PasswordHasher,
    private readonly policy: PasswordPolicy,
    private readonly users: UserRepository,
  ) {}

  async resolve(email: string, name: string, password: string): Promise<Invitee> {
    const candidates = await this.system.findLoginCandidates(email);
    const verified = candidates.find((candidate) => candidate.emailVerifiedAt !== null);
    if (verified) {
      if (await this.hasher.verify(verified.passwordHash, password)) {
        return { kind: 'existing', user: verified, verifiesEmail: false };
      }
      throw new IdentityError(
        IdentityErrorCode.InvalidCredentials,
        'An account with this address exists: enter its password to join.',
      );
    }
    for (const candidate of candidates) {
      if (await this.hasher.verify(candidate.passwordHash, password)) {
        return { kind: 'existing', user: candidate, verifiesEmail: true };
      }
    }
    this.policy.assertAcceptable(password, [email, name]);
    return { kind: 'new', user: { id: randomUUID(), email, name }, passwordHash: await this.hasher.hash(password) };
  }

  /** Writes the account in the acceptance's (tenant) transaction; 409 if someone verified the address meanwhile. */
  async persist(invitee: Invitee): Promise<void> {
    try {
      if (invitee.kind === 'new') {
        await this.users.insert({ ...invitee.user, passwordHash: invitee.passwordHash, emailVerifiedAt: new Date() });
      } else if (invitee.verifiesEmail) {
        await this.users.markEmailVerified(invitee.user.id);
      }
    } catch (error) {
      if (!isPostgresError(error, PG_UNIQUE_VIOLATION, 'users_verified_email_key')) throw error;
      throw new IdentityError(
        IdentityErrorCode.EmailTaken,
        'Someone has just verified this address. Accept the invitation with that account instead.',
      );
    }
  }
}
