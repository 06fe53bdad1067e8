import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { hashToken, randomToken } from '@pitlane/crypto';
import { EMAIL_VERIFICATION_LINK_VALID_HOURS, MailLocale, MailOutbox } from '@pitlane/mail';
import { randomUUID } from 'node:crypto';
import { Principal } from '../auth/principal';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { AccountLinks } from '../links/account-links';
import type { Locale } from '../tenants/tenant.entity';
import { WorkshopProfileService } from '../tenants/workshop-profile.service';
import { personalLocale } from '../users/personal-locale';
import { AccountTransactions } from '../system/account-transactions';
import { emailTaken, isVerifiedEmailConflict } from '../users/email-ownership';
import { UserRepository } from '../users/user.repository';
import { EmailVerificationTokenRepository } from './email-verification-token.repository';

export interface VerificationRecipient {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  /** The person's own language (a new account has none yet). */
  readonly locale?: Locale | null;
}

/** The workshop a mail is sent on behalf of: its name and language. */
export interface MailingWorkshop {
  readonly name: string;
  readonly locale: MailLocale;
}

const LINK_VALID_MS = EMAIL_VERIFICATION_LINK_VALID_HOURS * 3_600_000;

/**
 * Proving that a user reads their address: a single-use link (a 256-bit token, stored only as
 * its SHA-256) mailed at signup and on request. Each new link replaces the older ones.
 */
@Injectable()
export class EmailVerificationService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly transactions: AccountTransactions,
    private readonly users: UserRepository,
    private readonly tokens: EmailVerificationTokenRepository,
    private readonly outbox: MailOutbox,
    private readonly links: AccountLinks,
    private readonly workshops: WorkshopProfileService,
  ) {}

  /**
   * Mails `user` a fresh link to their current address, in the current workshop's transaction
   * (joining the caller's, as signup's): the link exists exactly when its mail does.
   */
  issue(user: VerificationRecipient, workshop: MailingWorkshop): Promise<void> {
    return this.db.transaction(async () => {
      await this.users.lock(user.id);
      const id = randomUUID();
      const token = randomToken();
      await this.tokens.replace({
        id,
        userId: user.id,
        email: user.email,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + LINK_VALID_MS),
      });
      // Someone else verified this address first: its link could only answer 409, so the mail
      // tells the address's owner that their address was used and sends them to sign in. Same
      // template (the new workshop's mail log shows template names), other words.
      const addressTaken = await this.users.verifiedByOther(user.email, user.id);
      await this.outbox.send({
        idempotencyKey: `email_verification:${id}`,
        template: 'email_verification',
        locale: personalLocale(user, workshop),
        to: { email: user.email, userId: user.id },
        workshopName: workshop.name,
        data: {
          name: user.name,
          link: addressTaken ? this.links.signIn() : this.links.verifyEmail(token),
          addressTaken: addressTaken ? 1 : 0,
        },
      });
    });
  }

  /** A new link for the caller, sent in the name of the workshop they are signed in to. */
  async resend(principal: Principal): Promise<void> {
    const user = await this.db.transaction(() => this.users.get(principal.userId));
    if (user.emailVerifiedAt) {
      throw new IdentityError(IdentityErrorCode.EmailAlreadyVerified, 'Your e-mail address is already verified.');
    }
    await this.issue(user, await this.workshops.current());
  }

  /** Marks the address the link was sent to as verified, if it is still the user's. */
  async verify(token: string): Promise<void> {
    try {
      await this.transactions.run(async () => {
        const found = await this.tokens.findByHash(hashToken(token));
        if (!found) throw invalidLink();
        // The user's row first, then the token's: the order `issue` locks them in.
        const user = await this.users.findLocked(found.userId);
        const claimed = await this.tokens.claim(found.id);
        if (!user || !claimed || user.email !== found.email) throw invalidLink();
        if (user.emailVerifiedAt) return;
        if (await this.users.verifiedByOther(user.email, user.id)) throw emailTaken();
        await this.users.markEmailVerified(user.id);
      });
    } catch (error) {
      if (isVerifiedEmailConflict(error)) throw emailTaken();
      throw error;
    }
  }
}

function invalidLink(): IdentityError {
  return new IdentityError(
    IdentityErrorCode.InvalidLink,
    'This verification link is invalid, has expired or was already used. Ask for a new one.',
  );
}
