import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail, TenantDatabase } from '@pitlane/core';
import { Principal } from '@pitlane/identity';
import { BusinessMetrics } from '@pitlane/observability';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';
import { ORDER_TRANSITION_HOOKS, OrderTransition, OrderTransitionHook } from './order-transition-hook';
import { RepairOrder } from './repair-order.entity';
import { RepairOrderStore } from './repair-order-store';
import { RepairOrderRepository } from './repair-order.repository';
import { RepairOrderResponse } from './repair-order.response';
import {
  apiTransitions,
  CLOSES_ORDER,
  INVOICE_ONLY,
  MECHANIC_TARGETS,
  NEXT_STATUSES,
  RepairOrderStatus,
  transitionsFor,
} from './status-workflow';

/**
 * Moves repair orders through the workflow table (status-workflow.ts), one audited step at a
 * time. What else happens on a move (parts back to stock, clocks stopped, mails) lives in the
 * OrderTransitionHooks, which run inside the same transaction.
 */
@Injectable()
export class OrderWorkflow {
  constructor(
    private readonly db: TenantDatabase,
    private readonly orders: RepairOrderRepository,
    private readonly store: RepairOrderStore,
    private readonly audit: AuditTrail,
    private readonly metrics: BusinessMetrics,
    @Inject(ORDER_TRANSITION_HOOKS) private readonly hooks: readonly OrderTransitionHook[],
  ) {}

  /**
   * A move asked for through the API. 409 with `allowed` when the table (or the invoice-only
   * rule) forbids it, 403 when a mechanic asks for a move only owners and managers make.
   */
  transition(actor: Principal, id: string, to: RepairOrderStatus): Promise<RepairOrderResponse> {
    return this.db.transaction(async () => {
      const order = await this.orders.require(id, true);
      const allowed = apiTransitions(order.status);
      if (!allowed.includes(to)) {
        const reserved = INVOICE_ONLY.includes(to) ? ' Only issuing or paying an invoice gets it there.' : '';
        throw RepairsError.invalidTransition(order.status, to, allowed, reserved);
      }
      if (actor.role === 'mechanic' && !MECHANIC_TARGETS.includes(to)) {
        throw new RepairsError(
          RepairsErrorCode.RoleForbidden,
          `A mechanic may move a repair order only to ${MECHANIC_TARGETS.join(', ')}.`,
          undefined,
          { allowed: transitionsFor(order.status, actor.role) },
        );
      }
      await this.apply(actor, order, to);
      return this.store.present(id);
    });
  }

  /**
   * A move made by another repairs service inside its own transaction (issuing or paying an
   * invoice, a customer's approval, a clock starting work). Only the table is checked: the caller
   * has already decided who may ask. Locks the order row; answers the order after the move.
   */
  move(actor: Principal | null, id: string, to: RepairOrderStatus): Promise<RepairOrder> {
    return this.db.transaction(async () => {
      const order = await this.orders.require(id, true);
      if (!NEXT_STATUSES[order.status].includes(to)) {
        throw RepairsError.invalidTransition(order.status, to, NEXT_STATUSES[order.status], '');
      }
      await this.apply(actor, order, to);
      return this.orders.require(id);
    });
  }

  private async apply(actor: Principal | null, order: RepairOrder, to: RepairOrderStatus): Promise<void> {
    const transition: OrderTransition = { actor, order, from: order.status, to };
    for (const hook of this.hooks) await hook.before?.(transition);
    await this.orders.setStatus(order, to);
    await this.audit.record({
      action: `repair_order_status.${to}`,
      entityType: 'repair_order',
      entityId: order.id,
      changedFields: ['status'],
    });
    for (const hook of this.hooks) await hook.after?.(transition);
    if (CLOSES_ORDER.includes(to)) {
      await this.db.afterCommit(() => Promise.resolve(this.metrics.repairOrdersClosed.inc()));
    }
  }
}
