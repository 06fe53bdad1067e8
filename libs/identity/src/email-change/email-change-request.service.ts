import { Injectable } from '@nestjs/common';
import { TenantDatabase, ValidationFailedError } from '@pitlane/core';
import { hashToken, randomToken } from '@pitlane/crypto';
import { EMAIL_CHANGE_LINK_VALID_HOURS, MailOutbox } from '@pitlane/mail';
import { randomUUID } from 'node:crypto';
import { Principal } from '../auth/principal';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { AccountLinks } from '../links/account-links';
import { PasswordHasher } from '../passwords/password-hasher';
import { IdentitySystemRepository } from '../system/identity-system.repository';
import { WorkshopProfileService } from '../tenants/workshop-profile.service';
import { emailTaken } from '../users/email-ownership';
import { personalLocale } from '../users/personal-locale';
import { UserRepository } from '../users/user.repository';
import { ChangeEmailDto } from './dto/change-email.dto';
import { EmailChangeRequestRepository } from './email-change-request.repository';

const LINK_VALID_MS = EMAIL_CHANGE_LINK_VALID_HOURS * 3_600_000;

/**
 * Asking to move an account to another address: the current password proves it is the owner,
 * and a single-use link mailed to the new address proves they read it. Until the link is
 * opened nothing changes; a newer request replaces an older one.
 */
@Injectable()
export class EmailChangeRequestService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly users: UserRepository,
    private readonly requests: EmailChangeRequestRepository,
    private readonly system: IdentitySystemRepository,
    private readonly hasher: PasswordHasher,
    private readonly outbox: MailOutbox,
    private readonly links: AccountLinks,
    private readonly workshops: WorkshopProfileService,
  ) {}

  async request(principal: Principal, input: ChangeEmailDto): Promise<void> {
    const newEmail = input.newEmail.toLowerCase();
    const user = await this.db.transaction(() => this.users.withPassword(principal.userId));
    if (!(await this.hasher.verify(user.passwordHash, input.password))) {
      throw new IdentityError(IdentityErrorCode.InvalidCredentials, 'The password is incorrect.');
    }
    if (newEmail === user.email) {
      throw new ValidationFailedError([{ field: 'newEmail', message: 'is already the address of this account' }]);
    }
    if (await this.system.verifiedEmailExists(newEmail)) throw emailTaken();
    const workshop = await this.workshops.current();
    await this.db.transaction(async () => {
      await this.users.lock(user.id);
      const id = randomUUID();
      const token = randomToken();
      await this.requests.replace({
        id,
        userId: user.id,
        newEmail,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + LINK_VALID_MS),
      });
      await this.outbox.send({
        idempotencyKey: `email_change:${id}`,
        template: 'email_change',
        locale: personalLocale(user, workshop),
        to: { email: newEmail, userId: user.id },
        workshopName: workshop.name,
        data: { name: user.name, link: this.links.confirmEmailChange(token) },
      });
    });
  }
}
