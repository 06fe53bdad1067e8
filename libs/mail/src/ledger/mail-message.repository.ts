import { Injectable } from '@nestjs/common';
import { offsetOf, PageQuery, TenantRepository } from '@pitlane/core';
import { In } from 'typeorm';
import { MailMessage, MailStatus } from './mail-message.entity';

/** What a mail asks of the ledger when it is first requested. */
export type QueuedMail = Pick<
  MailMessage,
  'id' | 'idempotencyKey' | 'template' | 'locale' | 'recipientEmail' | 'recipientUserId' | 'workshopName' | 'data'
> & { readonly sealedSecrets: Buffer | null };

/** The mail ledger's SQL: every statement names the tenant of the open transaction. */
@Injectable()
export class MailMessageRepository extends TenantRepository {
  /** False when the workshop asked for this idempotency key before (that mail stands). */
  async insertQueued(mail: QueuedMail): Promise<boolean> {
    const inserted = await this.manager
      .createQueryBuilder()
      .insert()
      .into(MailMessage)
      .values({ ...mail, tenantId: this.tenantId, status: 'queued', attempts: 0 })
      .orIgnore()
      .returning(['id'])
      .execute();
    // `raw` holds the RETURNING rows: none when the key was asked for before.
    return (inserted.raw as unknown[]).length > 0;
  }

  /** The mail, locked until the transaction ends, so a duplicated job waits for the first. */
  lockForDelivery(id: string): Promise<MailMessage | null> {
    return this.repository(MailMessage).findOne({
      where: { tenantId: this.tenantId, id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async recordAttempt(id: string, changes: Partial<MailMessage>): Promise<void> {
    await this.repository(MailMessage).update({ tenantId: this.tenantId, id }, changes);
  }

  /** Newest first. */
  page(query: PageQuery, status: MailStatus | undefined): Promise<[MailMessage[], number]> {
    return this.repository(MailMessage).findAndCount({
      where: { tenantId: this.tenantId, ...(status ? { status } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: query.limit,
      skip: offsetOf(query),
    });
  }

  /** The status of the mails asked for under `keys` (those that exist), by idempotency key. */
  async byKeys(keys: readonly string[]): Promise<MailMessage[]> {
    if (keys.length === 0) return [];
    return this.repository(MailMessage).find({
      select: { idempotencyKey: true, status: true, sentAt: true },
      where: { tenantId: this.tenantId, idempotencyKey: In([...keys]) },
    });
  }
}
