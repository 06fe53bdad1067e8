import { Injectable } from '@nestjs/common';
import { TenantRepository } from '@pitlane/core';
import { EstimateApproval } from './estimate-approval.entity';
import { EstimateVersion } from './estimate-version.entity';

export type NewEstimateApproval = Omit<EstimateApproval, 'tenantId' | 'decidedAt'>;

/**
 * The estimate aggregate: an order's frozen versions and the decision on each. The only place
 * with SQL for estimate_versions and estimate_approvals; every statement names the tenant of the
 * open transaction first. Rows are only ever inserted (the tables refuse changes).
 */
@Injectable()
export class EstimateRepository extends TenantRepository {
  /** The transaction's timestamp by the database clock (the same instant all through the transaction). */
  async now(): Promise<Date> {
    const [{ now }] = await this.manager.query<[{ now: Date }]>('select now() as now');
    return now;
  }

  async lastVersionNumber(orderId: string): Promise<number> {
    const [{ last }] = await this.manager.query<[{ last: number }]>(
      'select coalesce(max(version), 0)::int as last from estimate_versions where tenant_id = $1 and order_id = $2',
      [this.tenantId, orderId],
    );
    return last;
  }

  /** `version` as built by the caller; its tenant is the open transaction's. */
  async insertVersion(version: EstimateVersion): Promise<EstimateVersion> {
    const row = this.repository(EstimateVersion).create({ ...version, tenantId: this.tenantId });
    await this.repository(EstimateVersion).insert(row);
    return row;
  }

  async byTokenHash(tokenHash: Buffer): Promise<EstimateVersion | null> {
    return this.repository(EstimateVersion).findOne({ where: { tenantId: this.tenantId, tokenHash } });
  }

  async byNumber(orderId: string, version: number): Promise<EstimateVersion | null> {
    return this.repository(EstimateVersion).findOne({ where: { tenantId: this.tenantId, orderId, version } });
  }

  async latest(orderId: string): Promise<EstimateVersion | null> {
    return this.repository(EstimateVersion).findOne({
      where: { tenantId: this.tenantId, orderId },
      order: { version: 'DESC' },
    });
  }

  /** Newest first. */
  async versions(
    orderId: string,
    page: { readonly take: number; readonly skip: number },
  ): Promise<[EstimateVersion[], number]> {
    return this.repository(EstimateVersion).findAndCount({
      where: { tenantId: this.tenantId, orderId },
      order: { version: 'DESC' },
      ...page,
    });
  }

  /**
   * Of these orders, those whose newest estimate version still waits for the customer's
   * decision (sent by mail or handed over, nothing recorded yet).
   */
  async awaitingDecision(orderIds: readonly string[]): Promise<Set<string>> {
    if (orderIds.length === 0) return new Set();
    const rows: { order_id: string }[] = await this.manager.query(
      `select latest.order_id
         from (select distinct on (v.order_id) v.order_id, v.id
                 from estimate_versions v
                where v.tenant_id = $1 and v.order_id = any ($2::uuid[])
                order by v.order_id, v.version desc) latest
        where not exists (select 1 from estimate_approvals a
                           where a.tenant_id = $1 and a.version_id = latest.id)`,
      [this.tenantId, orderIds],
    );
    return new Set(rows.map((row) => row.order_id));
  }

  async approvalsOf(orderId: string): Promise<EstimateApproval[]> {
    return this.repository(EstimateApproval).find({ where: { tenantId: this.tenantId, orderId } });
  }

  async approvalOf(versionId: string): Promise<EstimateApproval | null> {
    return this.repository(EstimateApproval).findOne({ where: { tenantId: this.tenantId, versionId } });
  }

  async isDecided(versionId: string): Promise<boolean> {
    return this.repository(EstimateApproval).existsBy({ tenantId: this.tenantId, versionId });
  }

  /** A racing second decision on the version fails on the unique key (the caller maps it). */
  async insertApproval(approval: NewEstimateApproval): Promise<void> {
    await this.repository(EstimateApproval).insert({ ...approval, tenantId: this.tenantId });
  }
}
