import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@pitlane/core';
import type { OrderTransition, OrderTransitionHook } from '../orders/order-transition-hook';
import { TimeEntryRepository } from './time-entry.repository';

/**
 * An order leaving in_progress (waiting for parts, completed, or any later move) stops every
 * clock running on it at that instant, in the moving transaction: nobody's time keeps counting
 * on work that is not going on.
 */
@Injectable()
export class ClocksStopOnLeave implements OrderTransitionHook {
  constructor(
    private readonly entries: TimeEntryRepository,
    private readonly audit: AuditTrail,
  ) {}

  async before({ order, from, to }: OrderTransition): Promise<void> {
    if (from !== 'in_progress' || to === 'in_progress') return;
    for (const id of await this.entries.stopAllOnOrder(order.id)) {
      await this.audit.record({
        action: 'time_entry.stopped',
        entityType: 'time_entry',
        entityId: id,
        changedFields: [],
      });
    }
  }
}
