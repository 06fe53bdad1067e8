import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantDatabase } from '@pitlane/core';
import { Principal } from '@pitlane/identity';
import { randomUUID } from 'node:crypto';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';
import { OrderMechanicsService } from '../mechanics/order-mechanics.service';
import { OrderWorkflow } from '../orders/order-workflow';
import { RepairOrderRepository } from '../orders/repair-order.repository';
import { ClockStartResponse, MyClockResponse } from './clock.response';
import { requireClockable } from './clockable-line';
import { presentEntry, TimeEntryResponse } from './time-entry.response';
import { TimeEntryRepository } from './time-entry.repository';

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
    private readonly orders: RepairOrderRepository,
    private readonly mechanics: OrderMechanicsService,
    private readonly workflow: OrderWorkflow,
    private readonly entries: TimeEntryRepository,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * Only on a labour line (not declined by the customer) of an order in progress, by a person
   * assigned to it. Starting work on
   * an approved order moves it to in_progress first (through the workflow, audited). Starting
   * the clock that already runs on this line changes nothing.
   */
  start(actor: Principal, orderId: string, lineId: string): Promise<ClockStartResponse> {
    return this.db.transaction(async () => {
      const order = await this.orders.require(orderId, true);
      requireClockable(await this.orders.requireLine(orderId, lineId));
      await this.mechanics.requireAssigned(orderId, actor.userId);
      if (order.status === 'approved') {
        await this.workflow.move(actor, orderId, 'in_progress');
      } else if (order.status !== 'in_progress') {
        throw new RepairsError(
          RepairsErrorCode.ClockRefused,
          `Time is clocked only while the repair order is in progress; it is ${order.status}.`,
          undefined,
          { orderStatus: order.status },
        );
      }
      await this.entries.lockClockOf(actor.userId);
      const running = await this.entries.runningOf(actor.userId, true);
      if (running?.line_id === lineId) return { running: presentEntry(running), stopped: null };

      // One instant for both.
      const at = await this.entries.instant();
      let stopped: TimeEntryResponse | null = null;
      if (running) {
        stopped = presentEntry(await this.entries.stopSwitched(running.id, at));
        await this.recorded('time_entry.stopped', running.id);
      }
      const started = await this.entries.start({ id: randomUUID(), orderId, lineId, userId: actor.userId }, at);
      await this.recorded('time_entry.started', started.id);
      return { running: presentEntry(started), stopped };
    });
  }

  /** Stops the caller's clock on this line; 409 `clock_not_running` when it does not run there. */
  stop(actor: Principal, orderId: string, lineId: string): Promise<TimeEntryResponse> {
    return this.db.transaction(async () => {
      await this.orders.require(orderId);
      await this.orders.requireLine(orderId, lineId);
      await this.entries.lockClockOf(actor.userId);
      const row = await this.entries.stopOnLine(actor.userId, orderId, lineId);
      if (!row) {
        throw new RepairsError(RepairsErrorCode.ClockNotRunning, 'Your clock is not running on this line.');
      }
      await this.recorded('time_entry.stopped', row.id);
      return presentEntry(row);
    });
  }

  current(actor: Principal): Promise<MyClockResponse> {
    return this.db.transaction(async () => {
      const row = await this.entries.runningOf(actor.userId);
      return { running: row ? presentEntry(row) : null };
    });
  }

  private recorded(action: string, entryId: string): Promise<void> {
    return this.audit.record({ action, entityType: 'time_entry', entityId: entryId, changedFields: [] });
  }
}
