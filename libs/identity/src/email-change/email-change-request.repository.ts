import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { SingleUseLinkRepository } from '../system/single-use-link.repository';
import { EmailChangeRequest } from './email-change-request.entity';

/** Pending changes of address (`email_change_requests`, global): by person, or by the link's hash. */
@Injectable()
export class EmailChangeRequestRepository extends SingleUseLinkRepository<EmailChangeRequest> {
  protected readonly entity = EmailChangeRequest;

  /** Drops the person's requests nobody has confirmed. */
  async deletePending(userId: string): Promise<void> {
    await this.repository(EmailChangeRequest).delete({ userId, usedAt: IsNull() });
  }
}
