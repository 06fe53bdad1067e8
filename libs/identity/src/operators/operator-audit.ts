import { Injectable } from '@nestjs/common';
import { Page, PageQuery, pageOf } from '@pitlane/core';
import { AccountTransactions } from '../system/account-transactions';
import { NewOperatorAuditEntry, OperatorAuditRepository, OperatorAuditRow } from './operator-audit.repository';

/**
 * The operator audit log, for every operator action: sign-ins (the sign-in writes them), account
 * changes (the CLI) and whatever an operator does to a workshop (the operator API calls `record`
 * in the transaction of the change, so the change and its entry commit together or not at all).
 * Entries are never changed or removed.
 */
@Injectable()
export class OperatorAudit {
  constructor(
    private readonly transactions: AccountTransactions,
    private readonly entries: OperatorAuditRepository,
  ) {}

  /** Joins the open transaction (a workshop's or a system one), or opens a system one. */
  record(entry: NewOperatorAuditEntry): Promise<void> {
    return this.transactions.run(() => this.entries.append(entry));
  }

  /** Newest first; only what was done to one workshop when `targetTenantId` is given. */
  async list(query: PageQuery, targetTenantId?: string): Promise<Page<OperatorAuditRow>> {
    const [items, total] = await this.transactions.run(() => this.entries.page(targetTenantId, query));
    return pageOf(items, total, query);
  }
}
