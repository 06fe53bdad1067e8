import { Injectable } from '@nestjs/common';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';
import type { OrderTransition, OrderTransitionHook } from '../orders/order-transition-hook';
import { RepairOrderRepository } from '../orders/repair-order.repository';
import { ApprovalRecorder } from './approval-recorder';
import { EstimateVersions } from './estimate-versions';

/** The name stored with an approval staff gave by moving the order themselves. */
export const DIRECT_MOVE_SIGNATURE = 'Recorded by staff: order moved to approved';

/**
 * The customer's approval in the workflow. No order is completed while a line waits for
 * approval (a line added or changed after approval must be approved again). A staff member who
 * moves an order straight to approved vouches for every pending line: that is stored as a staff
 * approval of a version frozen on the spot, so the evidence says who approved what.
 */
@Injectable()
export class ApprovalOnTransition implements OrderTransitionHook {
  constructor(
    private readonly orders: RepairOrderRepository,
    private readonly versions: EstimateVersions,
    private readonly recorder: ApprovalRecorder,
  ) {}

  async before({ actor, order, to }: OrderTransition): Promise<void> {
    if (to !== 'completed' && to !== 'approved') return;
    const pending = await this.orders.countPendingLines(order.id);
    if (pending === 0) return;
    if (to === 'completed') {
      throw new RepairsError(
        RepairsErrorCode.UnapprovedLines,
        `A repair order cannot be completed while ${pending} of its lines ${pending === 1 ? 'waits' : 'wait'} for the customer's approval: send a new estimate version and have it approved.`,
        undefined,
        { rule: 'approved-work-only', pendingLines: pending },
      );
    }
    // A customer's decision (actor null) has already settled every line it asked about.
    if (actor === null) return;
    const frozen = await this.versions.freeze(order, {
      delivery: 'on_the_spot',
      createdBy: actor.userId,
      message: null,
    });
    await this.recorder.apply(
      order,
      frozen.version,
      frozen.snapshot,
      { decision: 'approve', signatureName: DIRECT_MOVE_SIGNATURE },
      { method: 'staff', staffUserId: actor.userId, ipAddress: null, userAgent: null },
    );
  }
}
