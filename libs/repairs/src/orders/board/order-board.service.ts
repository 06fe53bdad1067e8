import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { GarageLabels } from '@pitlane/garage';
import { Principal, WorkshopProfileService } from '@pitlane/identity';
import { RepairsError } from '../../errors/repairs.error';
import { EstimateRepository } from '../../estimates/estimate.repository';
import { TimeEntryRepository } from '../../time/time-entry.repository';
import { RepairOrder } from '../repair-order.entity';
import { RepairOrderRepository } from '../repair-order.repository';
import { REPAIR_ORDER_STATUSES, transitionsFor } from '../status-workflow';
import { BoardQuery } from './dto/board.query';
import { BoardCardResponse, OrderBoardResponse } from './order-board.response';

const DEFAULT_PER_COLUMN = 100;

/**
 * The repair-order board: a column per status with its count and cards carrying all a card
 * shows (vehicle, client, promised time, mechanics, approval/parts/clock flags and the moves the
 * caller may make). A fixed number of batched statements whatever the number of cards.
 */
@Injectable()
export class OrderBoardService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly orders: RepairOrderRepository,
    private readonly estimates: EstimateRepository,
    private readonly time: TimeEntryRepository,
    private readonly garage: GarageLabels,
    private readonly workshops: WorkshopProfileService,
  ) {}

  board(actor: Principal, query: BoardQuery): Promise<OrderBoardResponse> {
    if (query.mine && query.mechanicId !== undefined && query.mechanicId !== actor.userId) {
      throw RepairsError.invalid('mechanicId', 'cannot be another person together with mine=true');
    }
    if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
      throw RepairsError.invalid('to', 'must not be before from');
    }
    return this.db.transaction(async () => {
      const { timeZone } = await this.workshops.current();
      const byStatus = await this.orders.board(
        {
          mechanicId: query.mine ? actor.userId : query.mechanicId,
          dateField: query.dateField ?? 'promised',
          from: query.from,
          to: query.to,
          timeZone,
        },
        query.perColumn ?? DEFAULT_PER_COLUMN,
      );
      const all = [...byStatus.values()].flatMap((column) => column.orders);
      const ids = all.map((order) => order.id);
      // One after another: they share the transaction's connection.
      const mechanics = await this.orders.mechanicsOf(ids);
      const awaiting = await this.estimates.awaitingDecision(ids);
      const clocks = await this.time.ordersWithRunningClock(ids);
      const vehicles = await this.garage.vehicleLabels(all.map((order) => order.vehicleId));
      const clients = await this.garage.clientNames(all.flatMap((order) => (order.clientId ? [order.clientId] : [])));
      const card = (order: RepairOrder): BoardCardResponse => {
        const vehicle = vehicles.get(order.vehicleId);
        return {
          id: order.id,
          number: order.number,
          status: order.status,
          allowedTransitions: transitionsFor(order.status, actor.role),
          vehicleId: order.vehicleId,
          plate: vehicle?.plate ?? null,
          make: vehicle?.make ?? '',
          model: vehicle?.model ?? '',
          clientName: order.clientId ? (clients.get(order.clientId) ?? null) : null,
          promisedAt: order.promisedAt?.toISOString() ?? null,
          mechanics: mechanics.get(order.id) ?? [],
          pendingApproval: awaiting.has(order.id),
          waitingParts: order.status === 'waiting_parts',
          clockRunning: clocks.has(order.id),
          statusChangedAt: order.statusChangedAt.toISOString(),
          createdAt: order.createdAt.toISOString(),
        };
      };
      return {
        columns: REPAIR_ORDER_STATUSES.map((status) => {
          const column = byStatus.get(status);
          return { status, count: column?.total ?? 0, cards: (column?.orders ?? []).map(card) };
        }),
        timeZone,
        generatedAt: new Date().toISOString(),
      };
    });
  }
}
