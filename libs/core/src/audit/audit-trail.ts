import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { Page, PageQuery, pageOf } from '../http/pagination';
import { TenantDatabase } from '../database/tenant-database';
import { AuditEventRepository } from './audit-event.repository';

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
 * The append-only audit trail. `record` writes into the tenant transaction open in the ambient
 * context, so the event commits or rolls back with the change it describes; the actor is whoever
 * the request context says. Every statement names the tenant (the code's wall beside RLS).
 */
@Injectable()
export class AuditTrail {
  constructor(
    private readonly db: TenantDatabase,
    private readonly events: AuditEventRepository,
    private readonly cls: ClsService,
  ) {}

  /** Joins the open tenant transaction (throws outside one): the event commits with its change. */
  async record(record: AuditRecord): Promise<void> {
    await this.events.append({
      actorUserId: (this.cls.isActive() ? this.cls.get<string | undefined>('userId') : undefined) ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      changedFields: [...(record.changedFields ?? [])].sort(),
    });
  }

  /** Newest first. */
  list(entityId: string | undefined, query: PageQuery): Promise<Page<AuditEventView>> {
    return this.db.transaction(async () => {
      const [events, total] = await this.events.page(entityId, query);
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
