import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@pitlane/core';
import type { OrderTransition, OrderTransitionHook } from '../orders/order-transition-hook';

/**
 * An order leaving in_progress (waiting for parts, completed, or any later move) stops every
 * clock running on it at that instant, in the moving transaction: nobody's time keeps counting
 * on work that is not going on.
 */
@Injectable()
export class ClocksStopOnLeave implements OrderTransitionHook {
  constructor(private readonly audit: AuditTrail) {}

  async before({ manager, order, from, to }: OrderTransition): Promise<void> {
    if (from !== 'in_progress' || to === 'in_progress') return;
    const [rows] = await manager.query<[{ id: string }[], number]>(
      // One instant for all of them (clock_timestamp() alone would differ row by row).
      `with now as (select clock_timestamp() as at)
       update time_entries set stopped_at = now.at, stopped_by = 'status'
         from now
        where order_id = $1 and stopped_at is null
        returning id`,
      [order.id],
    );
    for (const { id } of rows) {
      await this.audit.record(manager, {
        action: 'time_entry.stopped',
        entityType: 'time_entry',
        entityId: id,
        changedFields: [],
      });
    }
  }
}
