import { Injectable } from '@nestjs/common';
import { offsetOf, PageQuery } from '@pitlane/core';
import { AccountTransactions } from '../system/account-transactions';
import { OperatorAuditAction } from './operator-audit-action';

export interface NewOperatorAuditEntry {
  readonly operatorId: string | null;
  readonly action: OperatorAuditAction;
  readonly targetTenantId?: string | null;
  readonly reason?: string | null;
  readonly clientIp?: string | null;
  readonly details?: Readonly<Record<string, string>>;
}

export interface OperatorAuditRow {
  readonly id: string;
  readonly occurredAt: Date;
  readonly operatorId: string | null;
  readonly operatorEmail: string | null;
  readonly action: OperatorAuditAction;
  readonly targetTenantId: string | null;
  readonly reason: string | null;
  readonly clientIp: string | null;
  readonly details: Record<string, string>;
}

interface Row {
  id: string;
  occurred_at: Date;
  operator_id: string | null;
  operator_email: string | null;
  action: OperatorAuditAction;
  target_tenant_id: string | null;
  reason: string | null;
  client_ip: string | null;
  details: Record<string, string>;
  total: string;
}

/**
 * `operator_audit_log`: appended and read, nothing else (the application role holds no UPDATE
 * or DELETE on it, and a trigger refuses both). Runs in the ambient account transaction.
 */
@Injectable()
export class OperatorAuditRepository {
  constructor(private readonly transactions: AccountTransactions) {}

  async append(entry: NewOperatorAuditEntry): Promise<void> {
    await this.transactions.manager().query(
      `insert into operator_audit_log (operator_id, action, target_tenant_id, reason, client_ip, details)
         values ($1, $2, $3, $4, $5, $6)`,
      [
        entry.operatorId,
        entry.action,
        entry.targetTenantId ?? null,
        entry.reason ?? null,
        entry.clientIp?.slice(0, 64) ?? null,
        JSON.stringify(entry.details ?? {}),
      ],
    );
  }

  /** Newest first; of one workshop when `targetTenantId` is given. */
  async page(targetTenantId: string | undefined, query: PageQuery): Promise<[OperatorAuditRow[], number]> {
    const rows = await this.transactions.manager().query<Row[]>(
      `select a.id::text as id, a.occurred_at, a.operator_id, o.email as operator_email, a.action,
              a.target_tenant_id, a.reason, a.client_ip, a.details, count(*) over () as total
         from operator_audit_log a left join operators o on o.id = a.operator_id
        where $1::uuid is null or a.target_tenant_id = $1::uuid
        order by a.occurred_at desc, a.id desc
        limit $2 offset $3`,
      [targetTenantId ?? null, query.limit, offsetOf(query)],
    );
    const total = rows[0] ? Number(rows[0].total) : await this.count(targetTenantId);
    return [
      rows.map((row) => ({
        id: row.id,
        occurredAt: row.occurred_at,
        operatorId: row.operator_id,
        operatorEmail: row.operator_email,
        action: row.action,
        targetTenantId: row.target_tenant_id,
        reason: row.reason,
        clientIp: row.client_ip,
        details: row.details,
      })),
      total,
    ];
  }

  /** The total when the page asked for lies past the last row. */
  private async count(targetTenantId: string | undefined): Promise<number> {
    const [row] = await this.transactions
      .manager()
      .query<{ total: string }[]>(
        `select count(*) as total from operator_audit_log where $1::uuid is null or target_tenant_id = $1::uuid`,
        [targetTenantId ?? null],
      );
    return Number(row?.total ?? 0);
  }
}
