import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TenantRepository } from '../database/tenant-repository';
import { offsetOf, PageQuery } from '../http/pagination';
import { AuditEvent } from './audit-event.entity';

/** What an audit event says, besides who, when and for which workshop (the repository adds those). */
export interface NewAuditEvent {
  readonly actorUserId: string | null;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly changedFields: string[];
}

/** `audit_events`: appended in the open tenant transaction, read newest first; always this workshop's. */
@Injectable()
export class AuditEventRepository extends TenantRepository {
  async append(event: NewAuditEvent): Promise<void> {
    await this.repository(AuditEvent).insert({
      ...event,
      tenantId: this.tenantId,
      id: randomUUID(),
      occurredAt: new Date(),
    });
  }

  /** Newest first, of one entity when `entityId` is given. */
  page(entityId: string | undefined, query: PageQuery): Promise<[AuditEvent[], number]> {
    return this.repository(AuditEvent).findAndCount({
      where: { tenantId: this.tenantId, ...(entityId ? { entityId } : {}) },
      order: { occurredAt: 'DESC', id: 'ASC' },
      take: query.limit,
      skip: offsetOf(query),
    });
  }
}
