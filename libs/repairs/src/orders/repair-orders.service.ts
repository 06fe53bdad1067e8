import { Injectable } from '@nestjs/common';
import { AuditTrail, offsetOf, Page, pageOf, resolveSort, TenantDatabase } from '@pitlane/core';
import { ClientsService, VehiclesService } from '@pitlane/garage';
import { Principal, WorkshopProfileService } from '@pitlane/identity';
import { AppointmentsService } from '@pitlane/scheduling';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';
import { StockLedger } from '../stock/stock-ledger';
import { CreateRepairOrderDto } from './dto/create-repair-order.dto';
import { ListRepairOrdersQuery } from './dto/list-repair-orders.query';
import { UpdateRepairOrderDto } from './dto/update-repair-order.dto';
import { RepairOrder } from './repair-order.entity';
import { RepairOrderStore } from './repair-order-store';
import { presentOrder, RepairOrderResponse } from './repair-order.response';
import {
  apiTransitions,
  HEADER_FROZEN,
  INVOICE_ONLY,
  MECHANIC_TARGETS,
  RepairOrderStatus,
  RETURNS_PARTS,
  transitionsFor,
} from './status-workflow';

const SORTABLE = {
  createdAt: 'ro.createdAt',
  updatedAt: 'ro.updatedAt',
  status: 'ro.status',
  statusChangedAt: 'ro.statusChangedAt',
  mileageIn: 'ro.mileageIn',
} as const;

/**
 * Repair orders: open one for a vehicle of the workshop, change its header, move it through
 * the status workflow. Vehicles, clients and appointments are checked through their own
 * contexts' services; every change is in the audit trail.
 */
@Injectable()
export class RepairOrdersService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly store: RepairOrderStore,
    private readonly vehicles: VehiclesService,
    private readonly clients: ClientsService,
    private readonly appointments: AppointmentsService,
    private readonly workshops: WorkshopProfileService,
    private readonly ledger: StockLedger,
    private readonly audit: AuditTrail,
  ) {}

  create(actor: Principal, input: CreateRepairOrderDto): Promise<RepairOrderResponse> {
    return this.db.transaction(async (manager) => {
      const vehicle = await this.vehicles.get(actor, input.vehicleId);
      const clientId = input.clientId ?? vehicle.clientId;
      if (clientId === null) throw RepairsError.invalid('clientId', 'is required: the vehicle has no owner on file');
      const client = await this.clients.require(manager, clientId);
      if (input.appointmentId !== undefined) await this.appointments.require(manager, input.appointmentId);
      const { currency } = await this.workshops.current();
      const id = randomUUID();
      await manager.getRepository(RepairOrder).insert({
        tenantId: actor.tenantId,
        id,
        vehicleId: vehicle.id,
        clientId: client.id,
        appointmentId: input.appointmentId ?? null,
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
      return pageOf(
        orders.map((o) => presentOrder(o, lines.get(o.id) ?? [])),
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
