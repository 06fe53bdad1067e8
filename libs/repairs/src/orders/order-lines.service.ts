import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantDatabase } from '@pitlane/core';
import { Principal } from '@pitlane/identity';
import { randomUUID } from 'node:crypto';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';
import { changesApprovedTerms } from '../estimates/line-approval';
import { mechanicNotAssigned } from '../mechanics/order-mechanics';
import { lineNetMinor, toHundredths } from '../money/order-totals';
import { PartsService } from '../parts/parts.service';
import { StockLedger } from '../stock/stock-ledger';
import { LineTime } from '../time/line-time';
import { AddLineDto } from './dto/add-line.dto';
import { UpdateLineDto } from './dto/update-line.dto';
import { RepairOrder } from './repair-order.entity';
import { RepairOrderStore } from './repair-order-store';
import { RepairOrderRepository } from './repair-order.repository';
import { RepairOrderResponse } from './repair-order.response';
import { LINES_EDITABLE } from './status-workflow';

/**
 * The lines of a repair order. A part line from inventory takes its units from stock when added
 * (a `use` movement, refused with 409 when there are not enough), takes or gives back the
 * difference when its quantity changes, and gives them back when removed, all in the
 * transaction that changes the line.
 */
@Injectable()
export class OrderLinesService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly orders: RepairOrderRepository,
    private readonly store: RepairOrderStore,
    private readonly parts: PartsService,
    private readonly ledger: StockLedger,
    private readonly lineTime: LineTime,
    private readonly audit: AuditTrail,
  ) {}

  add(actor: Principal, orderId: string, input: AddLineDto): Promise<RepairOrderResponse> {
    if (input.partId != null && input.kind !== 'part') {
      throw RepairsError.invalid('partId', 'is only for a line of kind "part"');
    }
    if (input.mechanicUserId != null && input.kind !== 'labour') {
      throw RepairsError.invalid('mechanicUserId', 'is only for a line of kind "labour"');
    }
    const partId = input.partId ?? null;
    const mechanicUserId = input.mechanicUserId ?? null;
    return this.db.transaction(async () => {
      const order = await this.editable(orderId);
      const quantityHundredths = toHundredths(input.quantity);
      let description = input.description ?? undefined;
      let unitPriceMinor = input.unitPriceMinor ?? undefined;
      let vatRateBp = input.vatRateBp ?? undefined;
      if (partId !== null) {
        const part = await this.parts.require(partId).catch((error: unknown) => {
          throw error instanceof RepairsError ? RepairsError.partNotFound('partId') : error;
        });
        if (!part.active) throw RepairsError.invalid('partId', 'names a part that is no longer active');
        wholeUnits(quantityHundredths);
        description ??= `${part.name} (${part.partNumber})`;
        unitPriceMinor ??= part.priceMinor;
        vatRateBp ??= part.vatRateBp;
      }
      if (description === undefined) throw RepairsError.invalid('description', 'is required');
      if (unitPriceMinor === undefined) throw RepairsError.invalid('unitPriceMinor', 'is required');
      if (vatRateBp === undefined) throw RepairsError.invalid('vatRateBp', 'is required');
      if (mechanicUserId !== null && !(await this.orders.isAssigned(orderId, mechanicUserId))) {
        throw mechanicNotAssigned('mechanicUserId');
      }

      const id = randomUUID();
      await this.orders.insertLine({
        id,
        orderId,
        position: (await this.orders.lastLinePosition(orderId)) + 1,
        kind: input.kind,
        description,
        partId,
        mechanicUserId,
        quantityHundredths,
        unitPriceMinor,
        vatRateBp,
        netMinor: lineNetMinor({ quantityHundredths, unitPriceMinor }),
      });
      if (partId !== null) {
        await this.ledger.record({
          partId,
          kind: 'use',
          quantity: -quantityHundredths / 100,
          repairOrderId: orderId,
          lineId: id,
          actorUserId: actor.userId,
        });
      }
      await this.changed(order, 'repair_order.line_added', Object.keys(input));
      return this.store.present(orderId);
    });
  }

  update(actor: Principal, orderId: string, lineId: string, input: UpdateLineDto): Promise<RepairOrderResponse> {
    return this.db.transaction(async () => {
      const order = await this.editable(orderId);
      const line = await this.orders.requireLine(orderId, lineId);
      const changed = Object.keys(input).filter((key) => input[key as keyof UpdateLineDto] !== undefined);
      if (changed.length === 0) return this.store.present(orderId);
      const quantityHundredths = input.quantity != null ? toHundredths(input.quantity) : line.quantityHundredths;
      const unitPriceMinor = input.unitPriceMinor ?? line.unitPriceMinor;
      if (input.mechanicUserId !== undefined && input.mechanicUserId !== null) {
        if (line.kind !== 'labour') throw RepairsError.invalid('mechanicUserId', 'is only for a line of kind "labour"');
        if (!(await this.orders.isAssigned(orderId, input.mechanicUserId))) throw mechanicNotAssigned('mechanicUserId');
      }
      if (line.partId !== null && quantityHundredths !== line.quantityHundredths) {
        wholeUnits(quantityHundredths);
        const delta = (quantityHundredths - line.quantityHundredths) / 100;
        await this.ledger.record({
          partId: line.partId,
          kind: delta > 0 ? 'use' : 'return',
          quantity: -delta,
          repairOrderId: orderId,
          lineId,
          actorUserId: actor.userId,
        });
      }
      const terms = {
        description: input.description ?? line.description,
        quantityHundredths,
        unitPriceMinor,
        vatRateBp: input.vatRateBp ?? line.vatRateBp,
      };
      await this.orders.updateLine(lineId, {
        ...terms,
        // What the customer approved (or declined) is no longer what the line says.
        ...(changesApprovedTerms(line, terms) ? { approval: 'pending' as const } : {}),
        ...(input.mechanicUserId !== undefined ? { mechanicUserId: input.mechanicUserId } : {}),
        netMinor: lineNetMinor({ quantityHundredths, unitPriceMinor }),
      });
      await this.changed(order, 'repair_order.line_changed', changed);
      return this.store.present(orderId);
    });
  }

  remove(actor: Principal, orderId: string, lineId: string): Promise<void> {
    return this.db.transaction(async () => {
      const order = await this.editable(orderId);
      const line = await this.orders.requireLine(orderId, lineId);
      await this.lineTime.refuseIfClocked(orderId, lineId);
      if (line.partId !== null) {
        await this.ledger.record({
          partId: line.partId,
          kind: 'return',
          quantity: line.quantityHundredths / 100,
          repairOrderId: orderId,
          lineId,
          actorUserId: actor.userId,
        });
      }
      await this.orders.deleteLine(lineId);
      await this.changed(order, 'repair_order.line_removed', ['lines']);
    });
  }

  /** The order, locked, or 404; 409 when its lines are frozen. */
  private async editable(orderId: string): Promise<RepairOrder> {
    const order = await this.orders.require(orderId, true);
    if (!LINES_EDITABLE.includes(order.status)) {
      throw new RepairsError(
        RepairsErrorCode.OrderNotEditable,
        `The lines of a repair order that is ${order.status} cannot change.`,
        undefined,
        { editableIn: LINES_EDITABLE },
      );
    }
    return order;
  }

  private async changed(order: RepairOrder, action: string, fields: string[]): Promise<void> {
    await this.orders.touch(order);
    await this.audit.record({ action, entityType: 'repair_order', entityId: order.id, changedFields: fields });
  }
}

function wholeUnits(quantityHundredths: number): void {
  if (quantityHundredths % 100 !== 0) {
    throw RepairsError.invalid('quantity', 'must be a whole number of units for a part from inventory');
  }
}
