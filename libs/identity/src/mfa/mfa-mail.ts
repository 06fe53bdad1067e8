import { Injectable } from '@nestjs/common';
import { MailOutbox } from '@pitlane/mail';
import { WorkshopProfileService } from '../tenants/workshop-profile.service';

export interface MailRecipient {
  readonly id: string;
  readonly email: string;
  readonly name: string;
}

/**
 * The security notices of two-step verification, in the language of the workshop the person is
 * using. Runs in that workshop's context, inside the caller's transaction: the notice exists
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
      locale: workshop.locale,
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
      locale: workshop.locale,
      to: { email: user.email, userId: user.id },
      workshopName: workshop.name,
      data: { name: user.name, remaining },
    });
  }
}
