import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { fromHundredths } from '../money/order-totals';
import { RepairOrderRepository } from '../orders/repair-order.repository';
import { OrderTimeResponse } from './order-time.response';
import { TimeEntryRepository } from './time-entry.repository';

/**
 * Actual against estimated hours of an order, per labour line, per mechanic and in total,
 * computed in SQL over one instant (running clocks count up to it). A line the customer declined
 * is listed (time may have been clocked before the decision) but its hours are sold to nobody:
 * they count in no mechanic's sold hours and not in the estimated total.
 */
@Injectable()
export class OrderTimeService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly orders: RepairOrderRepository,
    private readonly entries: TimeEntryRepository,
  ) {}

  get(orderId: string): Promise<OrderTimeResponse> {
    return this.db.transaction(async () => {
      await this.orders.require(orderId);
      const at = await this.entries.now();
      const lines = await this.entries.labourLineTimes(orderId, at);
      const mechanics = await this.entries.mechanicTimes(orderId, at);
      // Rounded once over every entry, not the sum of the lines' rounded hours.
      const clocked = await this.entries.clockedOnOrder(orderId, at);
      // The labour lines above, less those the customer declined.
      const estimated = lines.reduce((sum, line) => (line.approval === 'declined' ? sum : sum + line.estimated), 0);
      return {
        orderId,
        asOf: at.toISOString(),
        lines: lines.map((line) => ({
          lineId: line.id,
          position: line.position,
          description: line.description,
          approval: line.approval,
          mechanicUserId: line.mechanic_user_id,
          estimatedHours: fromHundredths(line.estimated),
          clockedHours: fromHundredths(line.clocked),
          runningClocks: line.running,
        })),
        mechanics: mechanics.map((person) => ({
          userId: person.user_id,
          name: person.name,
          assigned: person.assigned,
          soldHours: fromHundredths(person.sold),
          clockedHours: fromHundredths(person.clocked),
          running: person.running,
        })),
        totals: { estimatedHours: fromHundredths(estimated), clockedHours: fromHundredths(clocked) },
      };
    });
  }
}
