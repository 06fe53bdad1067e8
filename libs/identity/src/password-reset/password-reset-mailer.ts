import { Injectable } from '@nestjs/common';
import { TenantContext, TenantDatabase } from '@pitlane/core';
import { MailOutbox } from '@pitlane/mail';
import { IdentitySystemRepository, UserWithPassword } from '../system/identity-system.repository';
import { WorkshopProfileService } from '../tenants/workshop-profile.service';
import { personalLocale } from '../users/personal-locale';
import { PasswordResetCodes, RESET_CODE_VALID_MINUTES } from './password-reset-codes';

/** Stands in for a user id when the address is unknown, so both paths ask the same questions. */
const NOBODY = '00000000-0000-4000-8000-000000000000';

/**
 * Mails a 6-digit code to every account holding an address (verified ones first, as login
 * tries them), each in the name of the account's first active workshop and in the person's own
 * language, or else that workshop's. An
 * unknown address gets the same queries and hashing, for nobody.
 */
@Injectable()
export class PasswordResetMailer {
  constructor(
    private readonly system: IdentitySystemRepository,
    private readonly tenantContext: TenantContext,
    private readonly db: TenantDatabase,
    private readonly codes: PasswordResetCodes,
    private readonly outbox: MailOutbox,
    private readonly workshops: WorkshopProfileService,
  ) {}

  async sendCodes(email: string): Promise<void> {
    const candidates = await this.system.findLoginCandidates(email);
    if (candidates.length === 0) {
      await this.system.workshopsOf(NOBODY);
      await this.codes.decoy();
      return;
    }
    for (const user of candidates) await this.sendCode(user);
  }

  private async sendCode(user: UserWithPassword): Promise<void> {
    const workshop = (await this.system.workshopsOf(user.id)).find((candidate) => candidate.status === 'active');
    // No active workshop to write in: the account cannot sign in anywhere, so nothing to reset into.
    if (!workshop) return;
    await this.tenantContext.run(workshop.tenantId, () =>
      this.db.transaction(async () => {
        const issued = await this.codes.issue(user.id);
        if (!issued) return;
        const profile = await this.workshops.current();
        await this.outbox.send({
          idempotencyKey: `password_reset:${issued.id}`,
          template: 'password_reset',
          locale: personalLocale(user, profile),
          to: { email: user.email, userId: user.id },
          workshopName: profile.name,
          data: { name: user.name, code: issued.code, minutes: RESET_CODE_VALID_MINUTES },
        });
      }),
    );
  }
}
