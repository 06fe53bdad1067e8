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
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';
import { OrderMechanicsService } from '../mechanics/order-mechanics.service';
import { RepairOrderRepository } from '../orders/repair-order.repository';
import { requireClockable } from './clockable-line';
import { AddTimeEntryDto } from './dto/add-time-entry.dto';
import { CorrectTimeEntryDto } from './dto/correct-time-entry.dto';
import { DeleteTimeEntryDto } from './dto/delete-time-entry.dto';
import { presentEntry, TimeEntryResponse } from './time-entry.response';
import { TimeEntryRepository } from './time-entry.repository';

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
    private readonly orders: RepairOrderRepository,
    private readonly mechanics: OrderMechanicsService,
    private readonly entries: TimeEntryRepository,
    private readonly audit: AuditTrail,
  ) {}

  /** Oldest first. */
  list(orderId: string, query: PageQuery): Promise<Page<TimeEntryResponse>> {
    return this.db.transaction(async () => {
      await this.orders.require(orderId);
      const rows = await this.entries.pageOfOrder(orderId, query.limit, offsetOf(query));
      const total = rows[0]?.total ?? (await this.entries.countOfOrder(orderId));
      return pageOf(rows.map(presentEntry), total, query);
    });
  }

  /**
   * A finished entry for an assigned mechanic on a labour line the customer did not decline,
   * logged as `added` with its reason. The database refuses an overlap with the person's other
   * entries (running ones reach to infinity) and a stop at or before the start.
   */
  add(actor: Principal, orderId: string, lineId: string, input: AddTimeEntryDto): Promise<TimeEntryResponse> {
    return this.db.transaction(async () => {
      const order = await this.orders.require(orderId, true);
      requireClockable(await this.orders.requireLine(orderId, lineId));
      await this.mechanics.requireAssigned(orderId, input.userId);
      if (!MANUAL_ENTRY_STATUSES.includes(order.status)) {
        throw new RepairsError(
          RepairsErrorCode.ClockRefused,
          `Time is entered only while the repair order is in progress, waiting for parts or completed; it is ${order.status}.`,
          undefined,
          { orderStatus: order.status },
        );
      }
      await this.refuseFuture(input);
      const row = await this.entries
        .addManual({
          id: randomUUID(),
          orderId,
          lineId,
          userId: input.userId,
          startedAt: input.startedAt,
          stoppedAt: input.stoppedAt,
          reason: input.reason,
          correctionId: randomUUID(),
          by: actor.userId,
        })
        .catch(translateConstraint);
      await this.audit.record({
        action: 'time_entry.added',
        entityType: 'time_entry',
        entityId: row.id,
        changedFields: ['userId', 'lineId', 'startedAt', 'stoppedAt'],
      });
      return presentEntry(row);
    });
  }

  correct(actor: Principal, orderId: string, entryId: string, input: CorrectTimeEntryDto): Promise<TimeEntryResponse> {
    if (input.startedAt === undefined && input.stoppedAt === undefined) {
      throw RepairsError.invalid('stoppedAt', 'startedAt, stoppedAt or both must be given');
    }
    return this.db.transaction(async () => {
      // The order's lock: a correction and a status move stopping the clocks take turns.
      await this.orders.require(orderId, true);
      await this.refuseFuture(input);
      const row = await this.entries
        .correct({
          entryId,
          orderId,
          startedAt: input.startedAt ?? null,
          stoppedAt: input.stoppedAt ?? null,
          reason: input.reason,
          correctionId: randomUUID(),
          by: actor.userId,
        })
        .catch(translateConstraint);
      if (!row) throw entryNotFound();
      await this.audit.record({
        action: 'time_entry.corrected',
        entityType: 'time_entry',
        entityId: entryId,
        changedFields: (['startedAt', 'stoppedAt'] as const).filter((field) => input[field] !== undefined),
      });
      return presentEntry(row);
    });
  }

  remove(actor: Principal, orderId: string, entryId: string, input: DeleteTimeEntryDto): Promise<void> {
    return this.db.transaction(async () => {
      await this.orders.require(orderId, true);
      if (!(await this.entries.remove(entryId, orderId, input.reason, randomUUID(), actor.userId))) {
        throw entryNotFound();
      }
      await this.audit.record({
        action: 'time_entry.deleted',
        entityType: 'time_entry',
        entityId: entryId,
        changedFields: [],
      });
    });
  }

  /** History is corrected, never written ahead: both instants at or before the database's now. */
  private async refuseFuture(input: { startedAt?: string; stoppedAt?: string }): Promise<void> {
    const ahead = await this.entries.ahead(input.startedAt ?? null, input.stoppedAt ?? null);
    if (ahead.start) throw RepairsError.invalid('startedAt', 'is in the future');
    if (ahead.stop) throw RepairsError.invalid('stoppedAt', 'is in the future');
  }
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
