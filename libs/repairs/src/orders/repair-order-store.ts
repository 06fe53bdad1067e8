import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { RepairsError } from '../errors/repairs.error';
import { mechanicsOf } from '../mechanics/order-mechanics';
import { RepairOrderLine } from './repair-order-line.entity';
import { RepairOrder } from './repair-order.entity';
import { presentOrder, RepairOrderResponse } from './repair-order.response';

/** Loads orders and their lines for the two services that change them. */
@Injectable()
export class RepairOrderStore {
  /** The order, or 404 (also for another workshop's: row-level security hides it). */
  async require(manager: EntityManager, id: string, lock = false): Promise<RepairOrder> {
    const order = await manager.getRepository(RepairOrder).findOne({
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!order) throw RepairsError.orderNotFound();
    return order;
  }

  /** The line of this order, or 404 (another order's or workshop's line included). */
  async requireLine(manager: EntityManager, orderId: string, lineId: string): Promise<RepairOrderLine> {
    const line = await manager.getRepository(RepairOrderLine).findOne({ where: { id: lineId, orderId } });
    if (!line) throw RepairsError.lineNotFound();
    return line;
  }

  async linesOf(manager: EntityManager, orderIds: readonly string[]): Promise<Map<string, RepairOrderLine[]>> {
    const byOrder = new Map<string, RepairOrderLine[]>(orderIds.map((id) => [id, []]));
    if (orderIds.length === 0) return byOrder;
    const lines = await manager.getRepository(RepairOrderLine).find({
      where: { orderId: In([...orderIds]) },
      order: { position: 'ASC' },
    });
    for (const line of lines) byOrder.get(line.orderId)?.push(line);
    return byOrder;
  }

  async present(manager: EntityManager, id: string): Promise<RepairOrderResponse> {
    const order = await this.require(manager, id);
    const mechanics = (await mechanicsOf(manager, [id])).get(id) ?? [];
    return presentOrder(order, (await this.linesOf(manager, [id])).get(id) ?? [], mechanics);
  }
}
