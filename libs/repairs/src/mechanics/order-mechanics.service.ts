import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantDatabase } from '@pitlane/core';
import { IdentityError, Principal, StaffService } from '@pitlane/identity';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';
import { RepairOrder } from '../orders/repair-order.entity';
import { RepairOrderRepository } from '../orders/repair-order.repository';
import { RepairOrderStore } from '../orders/repair-order-store';
import { RepairOrderResponse } from '../orders/repair-order.response';
import { HEADER_FROZEN } from '../orders/status-workflow';
import { mechanicNotAssigned } from './order-mechanics';

/**
 * Who works on a repair order. Only staff of the workshop can be assigned (asked of identity's
 * StaffService, so another workshop's user is simply not found); a mechanic who clocked time on
 * the order, or answers for one of its lines, stays assigned.
 */
@Injectable()
export class OrderMechanicsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly orders: RepairOrderRepository,
    private readonly store: RepairOrderStore,
    private readonly staff: StaffService,
    private readonly audit: AuditTrail,
  ) {}

  /** Idempotent: assigning someone already assigned changes nothing and records nothing. */
  assign(actor: Principal, orderId: string, userId: string): Promise<RepairOrderResponse> {
    return this.db.transaction(async () => {
      const order = await this.open(orderId);
      await this.staff.get(userId).catch((error: unknown) => {
        throw error instanceof IdentityError ? mechanicNotFound('No such staff member in this workshop.') : error;
      });
      if (await this.orders.assign(orderId, userId, actor.userId)) {
        await this.changed(order, 'repair_order.mechanic_assigned');
      }
      return this.store.present(orderId);
    });
  }

  unassign(orderId: string, userId: string): Promise<void> {
    return this.db.transaction(async () => {
      const order = await this.open(orderId);
      const work = await this.orders.workOf(orderId, userId);
      if (!work.assigned) throw mechanicNotFound('This person is not assigned to this repair order.');
      if (work.entries > 0 || work.lines > 0) {
        throw new RepairsError(
          RepairsErrorCode.MechanicHasWork,
          'This mechanic clocked time on the order or answers for one of its lines, so stays assigned.',
          undefined,
          { timeEntries: work.entries, lines: work.lines },
        );
      }
      await this.orders.unassign(orderId, userId);
      await this.changed(order, 'repair_order.mechanic_unassigned');
    });
  }

  /**
   * 409 `mechanic_not_assigned` unless `userId` is assigned to the order (`field` names the
   * input). Runs in the caller's tenant transaction (or its own).
   */
  requireAssigned(orderId: string, userId: string, field?: string): Promise<void> {
    return this.db.transaction(async () => {
      if (!(await this.orders.isAssigned(orderId, userId))) throw mechanicNotAssigned(field);
    });
  }

  /** The order, locked (assignments change with the order's lines and clocks, one at a time). */
  private async open(orderId: string): Promise<RepairOrder> {
    const order = await this.orders.require(orderId, true);
    if (HEADER_FROZEN.includes(order.status)) {
      throw new RepairsError(
        RepairsErrorCode.OrderNotEditable,
        `The mechanics of a repair order that is ${order.status} cannot change.`,
      );
    }
    return order;
  }

  private async changed(order: RepairOrder, action: string): Promise<void> {
    await this.orders.touch(order);
    await this.audit.record({ action, entityType: 'repair_order', entityId: order.id, changedFields: ['mechanics'] });
  }
}

function mechanicNotFound(detail: string): RepairsError {
  return new RepairsError(RepairsErrorCode.MechanicNotFound, detail);
}
