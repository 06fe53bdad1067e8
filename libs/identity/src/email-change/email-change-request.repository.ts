import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { AccountRepository } from '../system/account-repository';
import { EmailChangeRequest } from './email-change-request.entity';

/** Pending changes of address (`email_change_requests`, global): by person, or by the link's hash. */
@Injectable()
export class EmailChangeRequestRepository extends AccountRepository {
  /** The person's only request from now on: a newer one replaces the older. */
  async replace(
    request: Pick<EmailChangeRequest, 'id' | 'userId' | 'newEmail' | 'tokenHash' | 'expiresAt'>,
  ): Promise<void> {
    await this.repository(EmailChangeRequest).delete({ userId: request.userId });
    await this.repository(EmailChangeRequest).insert({ ...request, usedAt: null });
  }

  findByHash(tokenHash: Buffer): Promise<EmailChangeRequest | null> {
    return this.repository(EmailChangeRequest).findOneBy({ tokenHash });
  }

  /** Spends the link if it is unused and in time; false otherwise. */
  async claim(id: string): Promise<boolean> {
    const claimed = await this.repository(EmailChangeRequest)
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where('id = :id and used_at is null and expires_at > now()', { id })
      .execute();
    return claimed.affected === 1;
  }

  /** Drops the person's requests nobody has confirmed. */
  async deletePending(userId: string): Promise<void> {
    await this.repository(EmailChangeRequest).delete({ userId, usedAt: IsNull() });
  }
}
