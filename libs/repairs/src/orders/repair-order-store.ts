import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RepairOrderLine } from './repair-order-line.entity';
import { RepairOrder } from './repair-order.entity';
import { RepairOrderRepository } from './repair-order.repository';
import { presentOrder, RepairOrderResponse } from './repair-order.response';

/**
 * An order as the API shows it (header, lines, mechanics), read in the open tenant transaction.
 * The manager-first methods are what the time and invoice services still call: the manager they
 * pass is ignored (the repository reads the ambient transaction, which is the same one).
 */
@Injectable()
export class RepairOrderStore {
  constructor(private readonly orders: RepairOrderRepository) {}

  async present(id: string): Promise<RepairOrderResponse>;
  /** @deprecated drop the manager: `present(id)` reads the open tenant transaction. */
  async present(manager: EntityManager, id: string): Promise<RepairOrderResponse>;
  async present(first: EntityManager | string, second?: string): Promise<RepairOrderResponse> {
    const id = typeof first === 'string' ? first : second!;
    const order = await this.orders.require(id);
    const lines = (await this.orders.linesOf([id])).get(id) ?? [];
    const mechanics = (await this.orders.mechanicsOf([id])).get(id) ?? [];
    return presentOrder(order, lines, mechanics);
  }

  /** @deprecated use RepairOrderRepository.require(id, lock) (the manager is ignored). */
  require(_manager: EntityManager, id: string, lock = false): Promise<RepairOrder> {
    return this.orders.require(id, lock);
  }

  /** @deprecated use RepairOrderRepository.requireLine(orderId, lineId) (the manager is ignored). */
  requireLine(_manager: EntityManager, orderId: string, lineId: string): Promise<RepairOrderLine> {
    return this.orders.requireLine(orderId, lineId);
  }

  /** @deprecated use RepairOrderRepository.linesOf(orderIds) (the manager is ignored). */
  linesOf(_manager: EntityManager, orderIds: readonly string[]): Promise<Map<string, RepairOrderLine[]>> {
    return this.orders.linesOf(orderIds);
  }
}
