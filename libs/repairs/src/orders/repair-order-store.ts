import { Injectable } from '@nestjs/common';
import { RepairOrderRepository } from './repair-order.repository';
import { presentOrder, RepairOrderResponse } from './repair-order.response';

/** An order as the API shows it (header, lines, mechanics), read in the open tenant transaction. */
@Injectable()
export class RepairOrderStore {
  constructor(private readonly orders: RepairOrderRepository) {}

  async present(id: string): Promise<RepairOrderResponse> {
    const order = await this.orders.require(id);
    const lines = (await this.orders.linesOf([id])).get(id) ?? [];
    const mechanics = (await this.orders.mechanicsOf([id])).get(id) ?? [];
    return presentOrder(order, lines, mechanics);
  }
}
