import { Injectable } from '@nestjs/common';
import { offsetOf, Page, PageQuery, pageOf, TenantDatabase } from '@pitlane/core';
import { MailMessage, MailStatus } from '../ledger/mail-message.entity';

export interface MailLogEntry {
  readonly id: string;
  readonly template: string;
  readonly locale: string;
  readonly to: string;
  readonly status: MailStatus;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly sentAt: string | null;
}

/** The workshop's outgoing mail, newest first: what was sent, what is pending, what failed and why. */
@Injectable()
export class MailLogService {
  constructor(private readonly db: TenantDatabase) {}

  list(query: PageQuery, status?: MailStatus): Promise<Page<MailLogEntry>> {
    return this.db.transaction(async (manager) => {
      const [rows, total] = await manager.getRepository(MailMessage).findAndCount({
        where: status ? { status } : {},
        order: { createdAt: 'DESC', id: 'ASC' },
        take: query.limit,
        skip: offsetOf(query),
      });
      return pageOf(
        rows.map((row) => ({
          id: row.id,
          template: row.template,
          locale: row.locale,
          to: row.recipientEmail,
          status: row.status,
          attempts: row.attempts,
          lastError: row.lastError,
          createdAt: row.createdAt.toISOString(),
          sentAt: row.sentAt?.toISOString() ?? null,
        })),
        total,
        query,
      );
    });
  }
}
