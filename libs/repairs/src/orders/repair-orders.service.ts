import { Injectable } from '@nestjs/common';
import { AuditTrail, offsetOf, Page, pageOf, resolveSort, TenantDatabase } from '@pitlane/core';
import { VehicleMileageService } from '@pitlane/garage';
import { Principal, WorkshopProfileService } from '@pitlane/identity';
import { BusinessMetrics } from '@pitlane/observability';
import { randomUUID } from 'node:crypto';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';
import { CreateRepairOrderDto } from './dto/create-repair-order.dto';
import { ListRepairOrdersQuery } from './dto/list-repair-orders.query';
import { UpdateRepairOrderDto } from './dto/update-repair-order.dto';
import { OrderPartiesCheck } from './order-parties';
import { RepairOrderStore } from './repair-order-store';
import { RepairOrderRepository } from './repair-order.repository';
import { presentOrder, RepairOrderResponse } from './repair-order.response';
import { HEADER_FROZEN } from './status-workflow';

/** `?sort=` fields (API name -> column), for `resolveSort` and the OpenAPI document. */
export const REPAIR_ORDER_SORTS = {
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
    private readonly orders: RepairOrderRepository,
    private readonly store: RepairOrderStore,
    private readonly parties: OrderPartiesCheck,
    private readonly workshops: WorkshopProfileService,
    private readonly audit: AuditTrail,
    private readonly metrics: BusinessMetrics,
    private readonly mileage: VehicleMileageService,
  ) {}

  create(actor: Principal, input: CreateRepairOrderDto): Promise<RepairOrderResponse> {
    return this.db.transaction(async () => {
      const parties = await this.parties.resolve(actor, input);
      const { currency } = await this.workshops.current();
      const id = randomUUID();
      // Last before the insert: it holds the workshop's counter row until commit.
      const number = await this.orders.nextNumber();
      await this.orders.insert({
        id,
        number,
        ...parties,
        status: 'draft',
        currency,
        mileageIn: input.mileageIn ?? null,
        complaint: input.complaint || null,
        notes: input.notes || null,
        promisedAt: input.promisedAt ? new Date(input.promisedAt) : null,
        statusChangedAt: new Date(),
      });
      if (input.mileageIn !== undefined && input.mileageIn !== null) {
        await this.mileage.recordOrderIntake(actor, {
          vehicleId: parties.vehicleId,
          repairOrderId: id,
          repairOrderNumber: number,
          mileageKm: input.mileageIn,
        });
      }
      await this.audit.record({
        action: 'repair_order.created',
        entityType: 'repair_order',
        entityId: id,
        changedFields: Object.keys(input),
      });
      await this.db.afterCommit(() => Promise.resolve(this.metrics.repairOrdersOpened.inc()));
      return this.store.present(id);
    });
  }

  get(id: string): Promise<RepairOrderResponse> {
    return this.db.transaction(() => this.store.present(id));
  }

  list(query: ListRepairOrdersQuery): Promise<Page<RepairOrderResponse>> {
    const order = resolveSort(query.sort, REPAIR_ORDER_SORTS, { column: 'ro.createdAt', direction: 'DESC' });
    return this.db.transaction(async () => {
      const [orders, total] = await this.orders.page(
        { number: query.number, status: query.status, vehicleId: query.vehicleId, clientId: query.clientId },
        order,
        { take: query.limit, skip: offsetOf(query) },
      );
      const ids = orders.map((o) => o.id);
      const lines = await this.orders.linesOf(ids);
      const mechanics = await this.orders.mechanicsOf(ids);
      return pageOf(
        orders.map((o) => presentOrder(o, lines.get(o.id) ?? [], mechanics.get(o.id) ?? [])),
        total,
        query,
      );
    });
  }

  update(actor: Principal, id: string, input: UpdateRepairOrderDto): Promise<RepairOrderResponse> {
    return this.db.transaction(async () => {
      const order = await this.orders.require(id, true);
      if (HEADER_FROZEN.includes(order.status)) {
        throw new RepairsError(
          RepairsErrorCode.OrderNotEditable,
          `A repair order that is ${order.status} cannot be changed.`,
        );
      }
      const changed = Object.keys(input).filter((key) => input[key as keyof UpdateRepairOrderDto] !== undefined);
      if (changed.length > 0) {
        await this.orders.update(order, {
          ...(input.mileageIn !== undefined ? { mileageIn: input.mileageIn } : {}),
          ...(input.complaint !== undefined ? { complaint: input.complaint || null } : {}),
          ...(input.notes !== undefined ? { notes: input.notes || null } : {}),
          ...(input.promisedAt !== undefined
            ? { promisedAt: input.promisedAt ? new Date(input.promisedAt) : null }
            : {}),
        });
        if (input.mileageIn !== undefined && input.mileageIn !== order.mileageIn) {
          await this.mileage.recordOrderIntake(actor, {
            vehicleId: order.vehicleId,
            repairOrderId: id,
            repairOrderNumber: order.number,
            mileageKm: input.mileageIn,
          });
        }
        await this.audit.record({
          action: 'repair_order.updated',
          entityType: 'repair_order',
          entityId: id,
          changedFields: changed,
        });
      }
      return this.store.present(id);
    });
  }
}
