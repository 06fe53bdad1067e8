import { Injectable } from '@nestjs/common';
import {
  AuditTrail,
  isPostgresError,
  offsetOf,
  Page,
  PageQuery,
  pageOf,
  PG_CHECK_VIOLATION,
  PG_EXCLUSION_VIOLATION,
  TenantDatabase,
} from '@pitlane/core';
import { Principal } from '@pitlane/identity';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';
import { requireAssigned } from '../mechanics/order-mechanics';
import { RepairOrderStore } from '../orders/repair-order-store';
import { requireClockable } from './clockable-line';
import { AddTimeEntryDto } from './dto/add-time-entry.dto';
import { CorrectTimeEntryDto } from './dto/correct-time-entry.dto';
import { DeleteTimeEntryDto } from './dto/delete-time-entry.dto';
import { ENTRY_COLUMNS, presentEntry, TimeEntryResponse, TimeEntryRow } from './time-entry.response';

/**
 * Time is often entered when the work is done, so a manual entry is allowed after the order
 * left in_progress — but not once it is invoiced: the invoice froze the hours it sold.
 */
const MANUAL_ENTRY_STATUSES: readonly string[] = ['in_progress', 'waiting_parts', 'completed'];

/**
 * The clocked history of an order, and the only way to change it: an owner's or manager's
 * correction or deletion, each with a reason. Every change leaves a row in
 * time_entry_corrections (before and after, who, why; it outlives a deleted entry) and an
 * audit event; so does an entry a manager adds for time a mechanic forgot to clock. Mechanics
 * never reach these routes.
 */
@Injectable()
export class TimeEntriesService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly store: RepairOrderStore,
    private readonly audit: AuditTrail,
  ) {}

  /** Oldest first. */
  list(orderId: string, query: PageQuery): Promise<Page<TimeEntryResponse>> {
    return this.db.transaction(async (manager) => {
      await this.store.require(manager, orderId);
      const rows = await manager.query<(TimeEntryRow & { total: number })[]>(
        `select ${ENTRY_COLUMNS}, count(*) over ()::int as total from time_entries e
          where e.order_id = $1 order by e.started_at, e.id limit $2 offset $3`,
        [orderId, query.limit, offsetOf(query)],
      );
      const total = rows[0]?.total ?? (await this.count(manager, orderId));
      return pageOf(rows.map(presentEntry), total, query);
    });
  }

  /**
   * A finished entry for an assigned mechanic on a labour line the customer did not decline,
   * logged as `added` with its reason. The database refuses an overlap with the person's other
   * entries (running ones reach to infinity) and a stop at or before the start.
   */
  add(actor: Principal, orderId: string, lineId: string, input: AddTimeEntryDto): Promise<TimeEntryResponse> {
    return this.db.transaction(async (manager) => {
      const order = await this.store.require(manager, orderId, true);
      requireClockable(await this.store.requireLine(manager, orderId, lineId));
      await requireAssigned(manager, orderId, input.userId);
      if (!MANUAL_ENTRY_STATUSES.includes(order.status)) {
        throw new RepairsError(
          RepairsErrorCode.ClockRefused,
          `Time is entered only while the repair order is in progress, waiting for parts or completed; it is ${order.status}.`,
          undefined,
          { orderStatus: order.status },
        );
      }
      await refuseFuture(manager, input);
      const statement = `
        with added as (
          insert into time_entries (tenant_id, id, order_id, line_id, user_id, started_at, stopped_at,
              stopped_by, created_by)
          values ($1, $2, $3, $4, $5, $6::timestamptz, $7::timestamptz, 'correction', $8)
          returning *
        ), logged as (
          insert into time_entry_corrections (tenant_id, id, entry_id, order_id, kind, reason,
              started_after, stopped_after, corrected_by)
          select added.tenant_id, $9, added.id, added.order_id, 'added', $10, added.started_at,
                 added.stopped_at, $8
            from added
        )
        select ${ENTRY_COLUMNS} from added e`;
      const [row] = (await manager
        .query(statement, [
          order.tenantId,
          randomUUID(),
          orderId,
          lineId,
          input.userId,
          input.startedAt,
          input.stoppedAt,
          actor.userId,
          randomUUID(),
          input.reason,
        ])
        .catch(translateConstraint)) as TimeEntryRow[];
      await this.audit.record(manager, {
        action: 'time_entry.added',
        entityType: 'time_entry',
        entityId: row!.id,
        changedFields: ['userId', 'lineId', 'startedAt', 'stoppedAt'],
      });
      return presentEntry(row!);
    });
  }

  correct(actor: Principal, orderId: string, entryId: string, input: CorrectTimeEntryDto): Promise<TimeEntryResponse> {
    if (input.startedAt === undefined && input.stoppedAt === undefined) {
      throw RepairsError.invalid('stoppedAt', 'startedAt, stoppedAt or both must be given');
    }
    return this.db.transaction(async (manager) => {
      // The order's lock: a correction and a status move stopping the clocks take turns.
      await this.store.require(manager, orderId, true);
      await refuseFuture(manager, input);
      const statement = `
        with before as (
          select * from time_entries where id = $1 and order_id = $2 for update
        ), after as (
          update time_entries e
             set started_at = coalesce($3::timestamptz, e.started_at),
                 stopped_at = coalesce($4::timestamptz, e.stopped_at),
                 stopped_by = case when e.stopped_at is null and $4::timestamptz is not null
                                   then 'correction' else e.stopped_by end
            from before
           where e.tenant_id = before.tenant_id and e.id = before.id
          returning e.*
        ), logged as (
          insert into time_entry_corrections (tenant_id, id, entry_id, order_id, kind, reason,
              started_before, stopped_before, started_after, stopped_after, corrected_by)
          select before.tenant_id, $5, before.id, before.order_id, 'corrected', $6,
                 before.started_at, before.stopped_at, after.started_at, after.stopped_at, $7
            from before, after
        )
        select ${ENTRY_COLUMNS} from after e`;
      const rows = (await manager
        .query(statement, [
          entryId,
          orderId,
          input.startedAt ?? null,
          input.stoppedAt ?? null,
          randomUUID(),
          input.reason,
          actor.userId,
        ])
        .catch(translateConstraint)) as TimeEntryRow[];
      const row = rows[0];
      if (!row) throw entryNotFound();
      await this.audit.record(manager, {
        action: 'time_entry.corrected',
        entityType: 'time_entry',
        entityId: entryId,
        changedFields: (['startedAt', 'stoppedAt'] as const).filter((field) => input[field] !== undefined),
      });
      return presentEntry(row);
    });
  }

  remove(actor: Principal, orderId: string, entryId: string, input: DeleteTimeEntryDto): Promise<void> {
    return this.db.transaction(async (manager) => {
      await this.store.require(manager, orderId, true);
      const rows: unknown[] = await manager.query(
        `with gone as (
           delete from time_entries where id = $1 and order_id = $2 returning *
         )
         insert into time_entry_corrections (tenant_id, id, entry_id, order_id, kind, reason,
             started_before, stopped_before, corrected_by)
         select gone.tenant_id, $3, gone.id, gone.order_id, 'deleted', $4, gone.started_at, gone.stopped_at, $5
           from gone
         returning entry_id`,
        [entryId, orderId, randomUUID(), input.reason, actor.userId],
      );
      if (rows.length === 0) throw entryNotFound();
      await this.audit.record(manager, {
        action: 'time_entry.deleted',
        entityType: 'time_entry',
        entityId: entryId,
        changedFields: [],
      });
    });
  }

  private async count(manager: EntityManager, orderId: string): Promise<number> {
    const [row] = await manager.query<{ total: number }[]>(
      'select count(*)::int as total from time_entries where order_id = $1',
      [orderId],
    );
    return row?.total ?? 0;
  }
}

/** History is corrected, never written ahead: both instants at or before the database's now. */
async function refuseFuture(manager: EntityManager, input: { startedAt?: string; stoppedAt?: string }): Promise<void> {
  const [row] = await manager.query<{ start_ahead: boolean; stop_ahead: boolean }[]>(
    `select coalesce($1::timestamptz > clock_timestamp(), false) as start_ahead,
            coalesce($2::timestamptz > clock_timestamp(), false) as stop_ahead`,
    [input.startedAt ?? null, input.stoppedAt ?? null],
  );
  if (row?.start_ahead) throw RepairsError.invalid('startedAt', 'is in the future');
  if (row?.stop_ahead) throw RepairsError.invalid('stoppedAt', 'is in the future');
}

function translateConstraint(error: unknown): never {
  if (isPostgresError(error, PG_EXCLUSION_VIOLATION, 'time_entries_no_overlap')) {
    throw new RepairsError(
      RepairsErrorCode.TimeEntryOverlap,
      "One mechanic's entries may not overlap; this one would overlap another of theirs.",
    );
  }
  if (isPostgresError(error, PG_CHECK_VIOLATION, 'time_entries_stop_after_start')) {
    throw RepairsError.invalid('stoppedAt', 'must be after startedAt');
  }
  throw error;
}

function entryNotFound(): RepairsError {
  return new RepairsError(RepairsErrorCode.TimeEntryNotFound, 'No such time entry on this repair order.');
}
