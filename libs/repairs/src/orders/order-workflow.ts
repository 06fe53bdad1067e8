import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantDatabase } from '@pitlane/core';
import { Principal } from '@pitlane/identity';
import { BusinessMetrics } from '@pitlane/observability';
import { EntityManager } from 'typeorm';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';
import { StockLedger } from '../stock/stock-ledger';
import { RepairOrder } from './repair-order.entity';
import { RepairOrderStore } from './repair-order-store';
import { presentOrder, RepairOrderResponse } from './repair-order.response';
import {
  apiTransitions,
  CLOSES_ORDER,
  INVOICE_ONLY,
  MECHANIC_TARGETS,
  RepairOrderStatus,
  RETURNS_PARTS,
  transitionsFor,
} from './status-workflow';

/** Moves repair orders through the workflow table (status-workflow.ts), one audited step at a time. */
@Injectable()
export class OrderWorkflow {
  constructor(
    private readonly db: TenantDatabase,
    private readonly store: RepairOrderStore,
    private readonly ledger: StockLedger,
    private readonly audit: AuditTrail,
    private readonly metrics: BusinessMetrics,
  ) {}

  /**
   * Moves the order along the workflow table. 409 with `allowed` when the table (or the
   * invoice-only rule) forbids it, 403 when a mechanic asks for a move only owners and managers
   * make. Declining or cancelling gives the order's inventory parts back to stock.
   */
  transition(actor: Principal, id: string, to: RepairOrderStatus): Promise<RepairOrderResponse> {
    return this.db.transaction(async (manager) => {
      const order = await this.store.require(manager, id, true);
      const allowed = apiTransitions(order.status);
      if (!allowed.includes(to)) {
        const reserved = INVOICE_ONLY.includes(to) ? ' Only issuing or paying an invoice gets it there.' : '';
        throw new RepairsError(
          RepairsErrorCode.InvalidTransition,
          `A repair order that is ${order.status} cannot become ${to}.${reserved}`,
          undefined,
          { allowed },
        );
      }
      if (actor.role === 'mechanic' && !MECHANIC_TARGETS.includes(to)) {
        throw new RepairsError(
          RepairsErrorCode.RoleForbidden,
          `A mechanic may move a repair order only to ${MECHANIC_TARGETS.join(', ')}.`,
          undefined,
          { allowed: transitionsFor(order.status, actor.role) },
        );
      }
      if (RETURNS_PARTS.includes(to)) await this.returnParts(manager, actor, order, to);
      await manager
        .getRepository(RepairOrder)
        .update(
          { tenantId: order.tenantId, id },
          { status: to, statusChangedAt: new Date(), version: order.version + 1 },
        );
      await this.audit.record(manager, {
        action: `repair_order_status.${to}`,
        entityType: 'repair_order',
        entityId: id,
        changedFields: ['status'],
      });
      if (CLOSES_ORDER.includes(to)) {
        await this.db.afterCommit(() => Promise.resolve(this.metrics.repairOrdersClosed.inc()));
      }
      const lines = (await this.store.linesOf(manager, [id])).get(id) ?? [];
      return presentOrder(await this.store.require(manager, id), lines);
    });
  }

  private async returnParts(
    manager: EntityManager,
    actor: Principal,
    order: RepairOrder,
    to: RepairOrderStatus,
  ): Promise<void> {
    const lines = (await this.store.linesOf(manager, [order.id])).get(order.id) ?? [];
    // Parts in one fixed order, so two orders giving back the same parts never deadlock.
    lines.sort((a, b) => (a.partId ?? '').localeCompare(b.partId ?? '') || a.position - b.position);
    for (const line of lines) {
      if (line.partId === null) continue;
      await this.ledger.record(manager, {
        partId: line.partId,
        kind: 'return',
        quantity: line.quantityHundredths / 100,
        reason: `repair order ${to}`,
        repairOrderId: order.id,
        lineId: line.id,
        actorUserId: actor.userId,
      });
    }
  }
}
