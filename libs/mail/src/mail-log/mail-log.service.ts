import { Injectable } from '@nestjs/common';
import { Page, PageQuery, pageOf, TenantDatabase } from '@pitlane/core';
import { MailStatus } from '../ledger/mail-message.entity';
import { MailLogFilter, MailMessageRepository } from '../ledger/mail-message.repository';

export type { MailLogFilter } from '../ledger/mail-message.repository';

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
  constructor(
    private readonly db: TenantDatabase,
    private readonly messages: MailMessageRepository,
  ) {}

  list(query: PageQuery, filter: MailLogFilter = {}): Promise<Page<MailLogEntry>> {
    return this.db.transaction(async () => {
      const [rows, total] = await this.messages.page(query, filter);
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
