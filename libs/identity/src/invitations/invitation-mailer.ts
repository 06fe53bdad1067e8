import { Injectable } from '@nestjs/common';
import { MailOutbox } from '@pitlane/mail';
import { AccountLinks } from '../links/account-links';
import { WorkshopProfileService } from '../tenants/workshop-profile.service';
import { Invitation } from './invitation.entity';

/** How long an invitation link works; the mail says so. */
export const INVITATION_VALID_DAYS = 7;

/**
 * The invitation mail, in the workshop's language, with the link to the web app's acceptance
 * page. The link (it holds the token) is one of the mail's sealed secrets: it never sits in
 * clear in the ledger, the queue or a log.
 */
@Injectable()
export class InvitationMailer {
  constructor(
    private readonly links: AccountLinks,
    private readonly outbox: MailOutbox,
    private readonly workshops: WorkshopProfileService,
  ) {}

  /** Runs inside the transaction that issued `token`, so the mail exists exactly when the token does. */
  async send(invitation: Invitation, token: string, inviterName: string): Promise<void> {
    const workshop = await this.workshops.current();
    await this.outbox.send({
      idempotencyKey: `staff_invitation:${invitation.id}:${invitation.tokenHash.toString('hex', 0, 8)}`,
      template: 'staff_invitation',
      locale: workshop.locale,
      to: { email: invitation.email },
      workshopName: workshop.name,
      data: {
        inviterName,
        role: invitation.role,
        link: this.links.acceptInvitation(token),
        days: INVITATION_VALID_DAYS,
      },
    });
  }
}
