import { Injectable } from '@nestjs/common';
import { offsetOf, PageQuery, TenantRepository } from '@pitlane/core';
import { FindOptionsWhere, In, Like } from 'typeorm';
import { MailMessage, MailStatus } from './mail-message.entity';

/** What a mail asks of the ledger when it is first requested. */
export type QueuedMail = Pick<
  MailMessage,
  'id' | 'idempotencyKey' | 'template' | 'locale' | 'recipientEmail' | 'recipientUserId' | 'workshopName' | 'data'
> & { readonly sealedSecrets: Buffer | null };

export interface MailLogFilter {
  readonly status?: MailStatus;
  /** Mail about one repair order (a UUID, validated by the caller). */
  readonly orderId?: string;
}

/**
 * The idempotency keys of the mail about a repair order, as the repairs library asks for them:
 * `estimate_sent:<orderId>:<version>` and `car_ready:<orderId>`. The order id is a UUID, so it
 * holds no LIKE wildcard.
 */
function orderMailKeys(orderId: string) {
  return [Like(`estimate_sent:${orderId}:%`), `car_ready:${orderId}`];
}

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

  /** Newest first; every branch of the filter names the tenant. */
  page(query: PageQuery, filter: MailLogFilter): Promise<[MailMessage[], number]> {
    const base: FindOptionsWhere<MailMessage> = {
      tenantId: this.tenantId,
      ...(filter.status ? { status: filter.status } : {}),
    };
    const where = filter.orderId
      ? orderMailKeys(filter.orderId).map((idempotencyKey) => ({ ...base, idempotencyKey }))
      : base;
    return this.repository(MailMessage).findAndCount({
      where,
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
