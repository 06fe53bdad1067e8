import { Injectable } from '@nestjs/common';
import { MailOutbox } from '@pitlane/mail';
import type { Locale } from '../tenants/tenant.entity';
import { WorkshopProfileService } from '../tenants/workshop-profile.service';
import { personalLocale } from '../users/personal-locale';

export interface MailRecipient {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly locale: Locale | null;
}

/**
 * The security notices of two-step verification, in the person's own language, or else that of
 * the workshop they are using. Runs in that workshop's context, inside the caller's transaction: the notice exists
 * exactly when the change it reports commits.
 */
@Injectable()
export class MfaMail {
  constructor(
    private readonly outbox: MailOutbox,
    private readonly workshops: WorkshopProfileService,
  ) {}

  async enabled(user: MailRecipient, enabledAt: Date): Promise<void> {
    const workshop = await this.workshops.current();
    await this.outbox.send({
      idempotencyKey: `mfa_enabled:${user.id}:${enabledAt.getTime()}`,
      template: 'mfa_enabled',
      locale: personalLocale(user, workshop),
      to: { email: user.email, userId: user.id },
      workshopName: workshop.name,
      data: { name: user.name },
    });
  }

  async recoveryCodeUsed(user: MailRecipient, remaining: number, codeHash: Buffer): Promise<void> {
    const workshop = await this.workshops.current();
    await this.outbox.send({
      idempotencyKey: `recovery_code_used:${user.id}:${codeHash.toString('hex', 0, 8)}`,
      template: 'recovery_code_used',
      locale: personalLocale(user, workshop),
      to: { email: user.email, userId: user.id },
      workshopName: workshop.name,
      data: { name: user.name, remaining },
    });
  }
}
