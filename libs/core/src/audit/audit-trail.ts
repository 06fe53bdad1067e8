import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { TenantContext } from '../context/tenant-context';
import { offsetOf, Page, PageQuery, pageOf } from '../http/pagination';
import { TenantDatabase } from '../database/tenant-database';
import { AuditEvent } from './audit-event.entity';

export interface AuditRecord {
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly changedFields?: readonly string[];
}

export interface AuditEventView {
  readonly id: string;
  readonly actorUserId: string | null;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly changedFields: readonly string[];
  readonly occurredAt: string;
}

/**
 * The append-only audit trail. `record` takes the caller's EntityManager so the event commits
 * or rolls back with the change it describes; the actor is whoever the request context says.
 */
@Injectable()
export class AuditTrail {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly cls: ClsService,
  ) {}

  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.getRepository(AuditEvent).insert({
      tenantId: this.tenantContext.requireTenantId('an audit event'),
      id: randomUUID(),
      actorUserId: (this.cls.isActive() ? this.cls.get<string | undefined>('userId') : undefined) ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      changedFields: [...(record.changedFields ?? [])].sort(),
      occurredAt: new Date(),
    });
  }

  /** Newest first. */
  list(entityId: string | undefined, query: PageQuery): Promise<Page<AuditEventView>> {
    return this.db.transaction(async (manager) => {
      const [events, total] = await manager.getRepository(AuditEvent).findAndCount({
        where: entityId ? { entityId } : {},
        order: { occurredAt: 'DESC', id: 'ASC' },
        take: query.limit,
        skip: offsetOf(query),
      });
      return pageOf(
        events.map((event) => ({
          id: event.id,
          actorUserId: event.actorUserId,
          action: event.action,
          entityType: event.entityType,
          entityId: event.entityId,
          changedFields: event.changedFields,
          occurredAt: event.occurredAt.toISOString(),
        })),
        total,
        query,
      );
    });
  }
}
