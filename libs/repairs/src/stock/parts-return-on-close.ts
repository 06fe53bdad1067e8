import { Injectable } from '@nestjs/common';
import type { OrderTransition, OrderTransitionHook } from '../orders/order-transition-hook';
import { RepairOrderRepository } from '../orders/repair-order.repository';
import { RETURNS_PARTS } from '../orders/status-workflow';
import { StockLedger } from './stock-ledger';

/** An order that is declined or cancelled gives every inventory part on it back to stock. */
@Injectable()
export class PartsReturnOnClose implements OrderTransitionHook {
  constructor(
    private readonly orders: RepairOrderRepository,
    private readonly ledger: StockLedger,
  ) {}

  async before({ actor, order, to }: OrderTransition): Promise<void> {
    if (!RETURNS_PARTS.includes(to)) return;
    const lines = (await this.orders.linesOf([order.id])).get(order.id) ?? [];
    // Parts in one fixed order, so two orders giving back the same parts never deadlock.
    lines.sort((a, b) => (a.partId ?? '').localeCompare(b.partId ?? '') || a.position - b.position);
    for (const line of lines) {
      if (line.partId === null) continue;
      await this.ledger.record({
        partId: line.partId,
        kind: 'return',
        quantity: line.quantityHundredths / 100,
        reason: `repair order ${to}`,
        repairOrderId: order.id,
        lineId: line.id,
        actorUserId: actor?.userId ?? null,
      });
    }
  }
}
