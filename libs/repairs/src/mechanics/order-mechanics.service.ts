import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantDatabase } from '@pitlane/core';
import { IdentityError, Principal, StaffService } from '@pitlane/identity';
import { EntityManager } from 'typeorm';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';
import { RepairOrder } from '../orders/repair-order.entity';
import { RepairOrderStore } from '../orders/repair-order-store';
import { RepairOrderResponse } from '../orders/repair-order.response';
import { HEADER_FROZEN } from '../orders/status-workflow';

/**
 * Who works on a repair order. Only staff of the workshop can be assigned (asked of identity's
 * StaffService, so another workshop's user is simply not found); a mechanic who clocked time on
 * the order, or answers for one of its lines, stays assigned.
 */
@Injectable()
export class OrderMechanicsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly store: RepairOrderStore,
    private readonly staff: StaffService,
    private readonly audit: AuditTrail,
  ) {}

  /** Idempotent: assigning someone already assigned changes nothing and records nothing. */
  assign(actor: Principal, orderId: string, userId: string): Promise<RepairOrderResponse> {
    return this.db.transaction(async (manager) => {
      const order = await this.open(manager, orderId);
      await this.staff.get(userId).catch((error: unknown) => {
        throw error instanceof IdentityError ? mechanicNotFound('No such staff member in this workshop.') : error;
      });
      const inserted: unknown[] = await manager.query(
        `insert into repair_order_mechanics (tenant_id, order_id, user_id, assigned_by)
         values ($1, $2, $3, $4)
         on conflict do nothing
         returning user_id`,
        [order.tenantId, orderId, userId, actor.userId],
      );
      if (inserted.length > 0) await this.changed(manager, order, 'repair_order.mechanic_assigned');
      return this.store.present(manager, orderId);
    });
  }

  unassign(orderId: string, userId: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      const order = await this.open(manager, orderId);
      const [work] = await manager.query<{ entries: number; lines: number; assigned: boolean }[]>(
        `select (select count(*)::int from time_entries where order_id = $1 and user_id = $2) as entries,
                (select count(*)::int from repair_order_lines where order_id = $1 and mechanic_user_id = $2) as lines,
                exists (select 1 from repair_order_mechanics where order_id = $1 and user_id = $2) as assigned`,
        [orderId, userId],
      );
      if (!work?.assigned) throw mechanicNotFound('This person is not assigned to this repair order.');
      if (work.entries > 0 || work.lines > 0) {
        throw new RepairsError(
          RepairsErrorCode.MechanicHasWork,
          'This mechanic clocked time on the order or answers for one of its lines, so stays assigned.',
          undefined,
          { timeEntries: work.entries, lines: work.lines },
        );
      }
      await manager.query('delete from repair_order_mechanics where order_id = $1 and user_id = $2', [orderId, userId]);
      await this.changed(manager, order, 'repair_order.mechanic_unassigned');
    });
  }

  /** The order, locked (assignments change with the order's lines and clocks, one at a time). */
  private async open(manager: EntityManager, orderId: string): Promise<RepairOrder> {
    const order = await this.store.require(manager, orderId, true);
    if (HEADER_FROZEN.includes(order.status)) {
      throw new RepairsError(
        RepairsErrorCode.OrderNotEditable,
        `The mechanics of a repair order that is ${order.status} cannot change.`,
      );
    }
    return order;
  }

  private async changed(manager: EntityManager, order: RepairOrder, action: string): Promise<void> {
    await manager
      .getRepository(RepairOrder)
      .update({ tenantId: order.tenantId, id: order.id }, { version: order.version + 1 });
    await this.audit.record(manager, {
      action,
      entityType: 'repair_order',
      entityId: order.id,
      changedFields: ['mechanics'],
    });
  }
}

function mechanicNotFound(detail: string): RepairsError {
  return new RepairsError(RepairsErrorCode.MechanicNotFound, detail);
}
