import { Injectable } from '@nestjs/common';
import { AuditTrail, offsetOf, Page, pageOf, resolveSort, TenantDatabase } from '@pitlane/core';
import { Principal, WorkshopProfileService } from '@pitlane/identity';
import { BusinessMetrics } from '@pitlane/observability';
import { randomUUID } from 'node:crypto';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';
import { mechanicsOf } from '../mechanics/order-mechanics';
import { CreateRepairOrderDto } from './dto/create-repair-order.dto';
import { ListRepairOrdersQuery } from './dto/list-repair-orders.query';
import { UpdateRepairOrderDto } from './dto/update-repair-order.dto';
import { nextOrderNumber } from './order-numbering';
import { OrderPartiesCheck } from './order-parties';
import { RepairOrder } from './repair-order.entity';
import { RepairOrderStore } from './repair-order-store';
import { presentOrder, RepairOrderResponse } from './repair-order.response';
import { HEADER_FROZEN } from './status-workflow';

const SORTABLE = {
  number: 'ro.number',
  createdAt: 'ro.createdAt',
  updatedAt: 'ro.updatedAt',
  status: 'ro.status',
  statusChangedAt: 'ro.statusChangedAt',
  mileageIn: 'ro.mileageIn',
} as const;

/**
 * Repair orders: open one for a vehicle of the workshop, read and list them, change the
 * header. Lines are OrderLinesService's, status moves OrderWorkflow's. Every change is in the
 * audit trail.
 */
@Injectable()
export class RepairOrdersService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly store: RepairOrderStore,
    private readonly parties: OrderPartiesCheck,
    private readonly workshops: WorkshopProfileService,
    private readonly audit: AuditTrail,
    private readonly metrics: BusinessMetrics,
  ) {}

  create(actor: Principal, input: CreateRepairOrderDto): Promise<RepairOrderResponse> {
    return this.db.transaction(async (manager) => {
      const parties = await this.parties.resolve(manager, actor, input);
      const { currency } = await this.workshops.current();
      const id = randomUUID();
      // Last before the insert: it holds the workshop's counter row until commit.
      const number = await nextOrderNumber(manager, actor.tenantId);
      await manager.getRepository(RepairOrder).insert({
        tenantId: actor.tenantId,
        id,
        number,
        ...parties,
        status: 'draft',
        currency,
        mileageIn: input.mileageIn ?? null,
        complaint: input.complaint || null,
        notes: input.notes || null,
        statusChangedAt: new Date(),
      });
      await this.audit.record(manager, {
        action: 'repair_order.created',
        entityType: 'repair_order',
        entityId: id,
        changedFields: Object.keys(input),
      });
      await this.db.afterCommit(() => Promise.resolve(this.metrics.repairOrdersOpened.inc()));
      return this.store.present(manager, id);
    });
  }

  get(id: string): Promise<RepairOrderResponse> {
    return this.db.transaction((manager) => this.store.present(manager, id));
  }

  list(query: ListRepairOrdersQuery): Promise<Page<RepairOrderResponse>> {
    const order = resolveSort(query.sort, SORTABLE, { column: 'ro.createdAt', direction: 'DESC' });
    return this.db.transaction(async (manager) => {
      const builder = manager.getRepository(RepairOrder).createQueryBuilder('ro');
      if (query.number !== undefined) builder.andWhere('ro.number = :number', { number: query.number });
      if (query.status !== undefined) builder.andWhere('ro.status = :status', { status: query.status });
      if (query.vehicleId !== undefined) builder.andWhere('ro.vehicleId = :vehicleId', { vehicleId: query.vehicleId });
      if (query.clientId !== undefined) builder.andWhere('ro.clientId = :clientId', { clientId: query.clientId });
      const [orders, total] = await builder
        .orderBy(order.column, order.direction, 'NULLS LAST')
        .addOrderBy('ro.id')
        .take(query.limit)
        .skip(offsetOf(query))
        .getManyAndCount();
      const lines = await this.store.linesOf(
        manager,
        orders.map((o) => o.id),
      );
      const mechanics = await mechanicsOf(
        manager,
        orders.map((o) => o.id),
      );
      return pageOf(
        orders.map((o) => presentOrder(o, lines.get(o.id) ?? [], mechanics.get(o.id) ?? [])),
        total,
        query,
      );
    });
  }

  update(id: string, input: UpdateRepairOrderDto): Promise<RepairOrderResponse> {
    return this.db.transaction(async (manager) => {
      const order = await this.store.require(manager, id, true);
      if (HEADER_FROZEN.includes(order.status)) {
        throw new RepairsError(
          RepairsErrorCode.OrderNotEditable,
          `A repair order that is ${order.status} cannot be changed.`,
        );
      }
      const changed = Object.keys(input).filter((key) => input[key as keyof UpdateRepairOrderDto] !== undefined);
      if (changed.length > 0) {
        await manager.getRepository(RepairOrder).update(
          { tenantId: order.tenantId, id },
          {
            ...(input.mileageIn !== undefined ? { mileageIn: input.mileageIn } : {}),
            ...(input.complaint !== undefined ? { complaint: input.complaint || null } : {}),
            ...(input.notes !== undefined ? { notes: input.notes || null } : {}),
            version: order.version + 1,
          },
        );
        await this.audit.record(manager, {
          action: 'repair_order.updated',
          entityType: 'repair_order',
          entityId: id,
          changedFields: changed,
        });
      }
      return this.store.present(manager, id);
    });
  }
}
