import { Injectable } from '@nestjs/common';
import { SystemDatabase, TenantDatabase } from '@pitlane/core';
import { hashToken, randomToken } from '@pitlane/crypto';
import { EMAIL_VERIFICATION_LINK_VALID_HOURS, MailLocale, MailOutbox } from '@pitlane/mail';
import { randomUUID } from 'node:crypto';
import { Principal } from '../auth/principal';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { AccountLinks } from '../links/account-links';
import { WorkshopProfileService } from '../tenants/workshop-profile.service';
import { assertNoOtherVerifiedOwner, isVerifiedEmailConflict, emailTaken } from '../users/email-ownership';
import { User } from '../users/user.entity';
import { EmailVerificationToken } from './email-verification-token.entity';

export interface VerificationRecipient {
  readonly id: string;
  readonly email: string;
  readonly name: string;
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
    private readonly system: SystemDatabase,
    private readonly outbox: MailOutbox,
    private readonly links: AccountLinks,
    private readonly workshops: WorkshopProfileService,
  ) {}

  /**
   * Mails `user` a fresh link to their current address, in the current workshop's transaction
   * (joining the caller's, as signup's): the link exists exactly when its mail does.
   */
  issue(user: VerificationRecipient, workshop: MailingWorkshop): Promise<void> {
    return this.db.transaction(async (manager) => {
      await manager.query('select 1 from users where id = $1 for update', [user.id]);
      const tokens = manager.getRepository(EmailVerificationToken);
      await tokens.delete({ userId: user.id });
      const id = randomUUID();
      const token = randomToken();
      await tokens.insert({
        id,
        userId: user.id,
        email: user.email,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + LINK_VALID_MS),
        usedAt: null,
      });
      await this.outbox.send({
        idempotencyKey: `email_verification:${id}`,
        template: 'email_verification',
        locale: workshop.locale,
        to: { email: user.email, userId: user.id },
        workshopName: workshop.name,
        data: { name: user.name, link: this.links.verifyEmail(token) },
      });
    });
  }

  /** A new link for the caller, sent in the name of the workshop they are signed in to. */
  async resend(principal: Principal): Promise<void> {
    const user = await this.db.transaction((manager) =>
      manager.getRepository(User).findOneByOrFail({ id: principal.userId }),
    );
    if (user.emailVerifiedAt) {
      throw new IdentityError(IdentityErrorCode.EmailAlreadyVerified, 'Your e-mail address is already verified.');
    }
    await this.issue(user, await this.workshops.current());
  }

  /** Marks the address the link was sent to as verified, if it is still the user's. */
  async verify(token: string): Promise<void> {
    try {
      await this.system.transaction(async (manager) => {
        const tokens = manager.getRepository(EmailVerificationToken);
        const hash = hashToken(token);
        const found = await tokens.findOneBy({ tokenHash: hash });
        if (!found) throw invalidLink();
        // The user's row first, then the token's: the order `issue` locks them in.
        const user = await manager
          .getRepository(User)
          .createQueryBuilder('user')
          .setLock('pessimistic_write')
          .where('user.id = :id', { id: found.userId })
          .getOne();
        const claimed = await tokens
          .createQueryBuilder()
          .update()
          .set({ usedAt: () => 'now()' })
          .where('id = :id and used_at is null and expires_at > now()', { id: found.id })
          .execute();
        if (!user || claimed.affected !== 1 || user.email !== found.email) throw invalidLink();
        if (user.emailVerifiedAt) return;
        await assertNoOtherVerifiedOwner(manager, user.email, user.id);
        await manager.getRepository(User).update({ id: user.id }, { emailVerifiedAt: new Date() });
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
