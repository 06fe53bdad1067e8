import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantDatabase } from '@pitlane/core';
import { Principal } from '@pitlane/identity';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';
import { requireAssigned } from '../mechanics/order-mechanics';
import { OrderWorkflow } from '../orders/order-workflow';
import { RepairOrderStore } from '../orders/repair-order-store';
import { ClockStartResponse, MyClockResponse } from './clock.response';
import { requireClockable } from './clockable-line';
import { ENTRY_COLUMNS, presentEntry, TimeEntryResponse, TimeEntryRow } from './time-entry.response';

/**
 * A mechanic's clock on a labour line. Times come from the database's clock. One person has at
 * most one clock running (the database refuses a second, and any overlap); starting one while
 * another runs stops that one at the same instant, in the same transaction. A transaction-scoped
 * advisory lock per person makes concurrent starts of one mechanic take turns, so each sees the
 * clock the previous one started.
 */
@Injectable()
export class ClockService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly store: RepairOrderStore,
    private readonly workflow: OrderWorkflow,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * Only on a labour line (not declined by the customer) of an order in progress, by a person
   * assigned to it. Starting work on
   * an approved order moves it to in_progress first (through the workflow, audited). Starting
   * the clock that already runs on this line changes nothing.
   */
  start(actor: Principal, orderId: string, lineId: string): Promise<ClockStartResponse> {
    return this.db.transaction(async (manager) => {
      const order = await this.store.require(manager, orderId, true);
      requireClockable(await this.store.requireLine(manager, orderId, lineId));
      await requireAssigned(manager, orderId, actor.userId);
      if (order.status === 'approved') {
        await this.workflow.move(manager, actor, orderId, 'in_progress');
      } else if (order.status !== 'in_progress') {
        throw new RepairsError(
          RepairsErrorCode.ClockRefused,
          `Time is clocked only while the repair order is in progress; it is ${order.status}.`,
          undefined,
          { orderStatus: order.status },
        );
      }
      await lockClockOf(manager, actor.userId);
      const [running] = await manager.query<TimeEntryRow[]>(
        `select ${ENTRY_COLUMNS} from time_entries e where e.user_id = $1 and e.stopped_at is null for update`,
        [actor.userId],
      );
      if (running?.line_id === lineId) return { running: presentEntry(running), stopped: null };

      // One instant for both, kept as text so no microsecond is lost on the way through Node.
      const [{ at }] = await manager.query<[{ at: string }]>('select clock_timestamp()::text as at');
      let stopped: TimeEntryResponse | null = null;
      if (running) {
        // An update answers [rows, count] through TypeORM.
        const [[row]] = await manager.query<[TimeEntryRow[], number]>(
          `update time_entries as e set stopped_at = $2::timestamptz, stopped_by = 'switch'
            where e.id = $1 returning ${ENTRY_COLUMNS}`,
          [running.id, at],
        );
        stopped = presentEntry(row!);
        await this.recorded(manager, 'time_entry.stopped', running.id);
      }
      const [started] = await manager.query<TimeEntryRow[]>(
        `insert into time_entries as e (tenant_id, id, order_id, line_id, user_id, started_at, created_by)
         values ($1, $2, $3, $4, $5, $6::timestamptz, $5)
         returning ${ENTRY_COLUMNS}`,
        [order.tenantId, randomUUID(), orderId, lineId, actor.userId, at],
      );
      await this.recorded(manager, 'time_entry.started', started!.id);
      return { running: presentEntry(started!), stopped };
    });
  }

  /** Stops the caller's clock on this line; 409 `clock_not_running` when it does not run there. */
  stop(actor: Principal, orderId: string, lineId: string): Promise<TimeEntryResponse> {
    return this.db.transaction(async (manager) => {
      await this.store.require(manager, orderId);
      await this.store.requireLine(manager, orderId, lineId);
      await lockClockOf(manager, actor.userId);
      const [rows] = await manager.query<[TimeEntryRow[], number]>(
        `update time_entries as e set stopped_at = clock_timestamp(), stopped_by = 'mechanic'
          where e.user_id = $1 and e.order_id = $2 and e.line_id = $3 and e.stopped_at is null
          returning ${ENTRY_COLUMNS}`,
        [actor.userId, orderId, lineId],
      );
      const row = rows[0];
      if (!row) {
        throw new RepairsError(RepairsErrorCode.ClockNotRunning, 'Your clock is not running on this line.');
      }
      await this.recorded(manager, 'time_entry.stopped', row.id);
      return presentEntry(row);
    });
  }

  current(actor: Principal): Promise<MyClockResponse> {
    return this.db.transaction(async (manager) => {
      const [row] = await manager.query<TimeEntryRow[]>(
        `select ${ENTRY_COLUMNS} from time_entries e where e.user_id = $1 and e.stopped_at is null`,
        [actor.userId],
      );
      return { running: row ? presentEntry(row) : null };
    });
  }

  private recorded(manager: EntityManager, action: string, entryId: string): Promise<void> {
    return this.audit.record(manager, { action, entityType: 'time_entry', entityId: entryId, changedFields: [] });
  }
}

/** Serialises clock changes of one person (per transaction; released at commit or rollback). */
async function lockClockOf(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(`select pg_advisory_xact_lock(hashtext('time_entries'), hashtext($1))`, [userId]);
}
