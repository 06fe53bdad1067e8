import { Injectable } from '@nestjs/common';
import {
  AuditTrail,
  isPostgresError,
  offsetOf,
  Page,
  PageQuery,
  pageOf,
  PG_UNIQUE_VIOLATION,
  resolveSort,
  TenantDatabase,
} from '@pitlane/core';
import { Principal } from '@pitlane/identity';
import { randomUUID } from 'node:crypto';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';
import { RepairOrderRepository } from '../orders/repair-order.repository';
import { StockLedger } from '../stock/stock-ledger';
import { CreatePartDto } from './dto/create-part.dto';
import { ListPartsQuery } from './dto/list-parts.query';
import { RecordMovementDto } from './dto/record-movement.dto';
import { UpdatePartDto } from './dto/update-part.dto';
import { Part } from './part.entity';
import { PartRepository } from './part.repository';
import { PartResponse, presentMovement, presentPart, StockMovementResponse } from './part.response';

/** `?sort=` fields (API name -> column), for `resolveSort` and the OpenAPI document. */
export const PART_SORTS = {
  partNumber: 'part.partNumberKey',
  name: 'part.name',
  brand: 'part.brand',
  priceMinor: 'part.priceMinor',
  onHand: 'stock.onHand',
  createdAt: 'part.createdAt',
  updatedAt: 'part.updatedAt',
} as const;

/** Fields a PATCH may not clear. */
const REQUIRED: readonly (keyof UpdatePartDto)[] = [
  'partNumber',
  'name',
  'costMinor',
  'priceMinor',
  'vatRateBp',
  'reorderPoint',
  'active',
];

export function partNumberKey(partNumber: string): string {
  return partNumber.toUpperCase().replace(/[\s-]+/g, '');
}

/** The workshop's parts catalogue, its stock on hand and the ledger behind it. */
@Injectable()
export class PartsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly parts: PartRepository,
    private readonly orders: RepairOrderRepository,
    private readonly ledger: StockLedger,
    private readonly audit: AuditTrail,
  ) {}

  create(input: CreatePartDto): Promise<PartResponse> {
    return this.unique(() =>
      this.db.transaction(async () => {
        const id = randomUUID();
        await this.parts.insert({
          id,
          partNumber: input.partNumber,
          partNumberKey: this.keyOf(input.partNumber),
          name: input.name,
          brand: input.brand ?? null,
          costMinor: input.costMinor,
          priceMinor: input.priceMinor,
          vatRateBp: input.vatRateBp,
          reorderPoint: input.reorderPoint ?? 0,
          location: input.location ?? null,
          active: input.active ?? true,
        });
        await this.audit.record({
          action: 'part.created',
          entityType: 'part',
          entityId: id,
          changedFields: Object.keys(input),
        });
        return presentPart(await this.parts.require(id), 0);
      }),
    );
  }

  get(id: string): Promise<PartResponse> {
    return this.db.transaction(async () => this.present(await this.parts.require(id)));
  }

  list(query: ListPartsQuery): Promise<Page<PartResponse>> {
    const order = resolveSort(query.sort, PART_SORTS, { column: 'part.partNumberKey', direction: 'ASC' });
    const q = query.q?.trim() ?? '';
    return this.db.transaction(async () => {
      const [parts, total] = await this.parts.page(
        {
          ...(q !== ''
            ? { numberPrefix: `${escapeLike(this.keyOf(q))}%`, nameWord: `%${escapeLike(q.toLowerCase())}%` }
            : {}),
          ...(query.active !== undefined ? { active: query.active } : {}),
        },
        order,
        { take: query.limit, skip: offsetOf(query) },
      );
      return pageOf(
        parts.map((part) => presentPart(part, part.stock.onHand)),
        total,
        query,
      );
    });
  }

  /** Active parts at or below their reorder point, the emptiest (relative to it) first. */
  lowStock(query: PageQuery): Promise<Page<PartResponse>> {
    if (query.sort !== undefined) throw RepairsError.invalid('sort', 'low stock is always ordered by shortfall');
    return this.db.transaction(async () => {
      const [parts, total] = await this.parts.lowStock({ take: query.limit, skip: offsetOf(query) });
      return pageOf(
        parts.map((part) => presentPart(part, part.stock.onHand)),
        total,
        query,
      );
    });
  }

  update(id: string, input: UpdatePartDto): Promise<PartResponse> {
    for (const field of REQUIRED) {
      if (input[field] === null) throw RepairsError.invalid(field, 'may not be null');
    }
    return this.unique(() =>
      this.db.transaction(async () => {
        const part = await this.parts.require(id, true);
        const changed = Object.keys(input).filter((key) => input[key as keyof UpdatePartDto] !== undefined);
        if (changed.length > 0) {
          await this.parts.update(part, {
            ...(input.partNumber !== undefined
              ? { partNumber: input.partNumber, partNumberKey: this.keyOf(input.partNumber) }
              : {}),
            ...(input.name !== undefined ? { name: input.name } : {}),
            ...(input.brand !== undefined ? { brand: input.brand } : {}),
            ...(input.costMinor !== undefined ? { costMinor: input.costMinor } : {}),
            ...(input.priceMinor !== undefined ? { priceMinor: input.priceMinor } : {}),
            ...(input.vatRateBp !== undefined ? { vatRateBp: input.vatRateBp } : {}),
            ...(input.reorderPoint !== undefined ? { reorderPoint: input.reorderPoint } : {}),
            ...(input.location !== undefined ? { location: input.location } : {}),
            ...(input.active !== undefined ? { active: input.active } : {}),
          });
          await this.audit.record({
            action: 'part.updated',
            entityType: 'part',
            entityId: id,
            changedFields: changed,
          });
        }
        return this.present(await this.parts.require(id));
      }),
    );
  }

  /** Only a part that never moved: one with a history is deactivated instead (409 says so). */
  delete(id: string): Promise<void> {
    return this.db.transaction(async () => {
      await this.parts.require(id, true);
      if ((await this.parts.hasMovements(id)) || (await this.orders.anyLineUsesPart(id))) {
        throw new RepairsError(
          RepairsErrorCode.PartHasMovements,
          'This part has stock movements or order lines; set active to false instead of deleting it.',
        );
      }
      await this.parts.delete(id);
      await this.audit.record({ action: 'part.deleted', entityType: 'part', entityId: id });
    });
  }

  movements(id: string, query: PageQuery): Promise<Page<StockMovementResponse>> {
    return this.db.transaction(async () => {
      await this.parts.require(id);
      const [movements, total] = await this.parts.movements(id, { take: query.limit, skip: offsetOf(query) });
      return pageOf(movements.map(presentMovement), total, query);
    });
  }

  /** A delivery or a count correction, by hand; answered as the ledger lists it. */
  recordMovement(actor: Principal, id: string, input: RecordMovementDto): Promise<StockMovementResponse> {
    if (input.kind === 'receive' && input.quantity <= 0) throw RepairsError.invalid('quantity', 'must be at least 1');
    if (input.kind === 'adjust' && input.quantity === 0) throw RepairsError.invalid('quantity', 'may not be 0');
    if (input.kind === 'adjust' && !input.reason) throw RepairsError.invalid('reason', 'is required for an adjustment');
    if (input.kind === 'adjust' && input.unitCostMinor !== undefined && input.unitCostMinor !== null) {
      throw RepairsError.invalid('unitCostMinor', 'is only for a receipt');
    }
    return this.db.transaction(async () => {
      await this.parts.require(id);
      const movement = await this.ledger.record({
        partId: id,
        kind: input.kind,
        quantity: input.quantity,
        reason: input.reason ?? null,
        unitCostMinor: input.unitCostMinor ?? null,
        actorUserId: actor.userId,
      });
      await this.audit.record({
        action: input.kind === 'receive' ? 'part.stock_received' : 'part.stock_adjusted',
        entityType: 'part',
        entityId: id,
        changedFields: ['onHand'],
      });
      return presentMovement((await this.parts.movement(movement.id)) ?? movement);
    });
  }

  /** The part, or 404 (another workshop's included), in the caller's tenant transaction. */
  require(id: string): Promise<Part> {
    return this.parts.require(id);
  }

  private keyOf(partNumber: string): string {
    const key = partNumberKey(partNumber);
    if (key === '') throw RepairsError.invalid('partNumber', 'must contain more than spaces and dashes');
    return key;
  }

  private async present(part: Part): Promise<PartResponse> {
    const onHand = await this.parts.onHand([part.id]);
    return presentPart(part, onHand.get(part.id) ?? 0);
  }

  private async unique<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isPostgresError(error, PG_UNIQUE_VIOLATION, 'parts_number_key')) {
        throw new RepairsError(
          RepairsErrorCode.DuplicatePartNumber,
          'This workshop already has a part with this number.',
          [{ field: 'partNumber', message: 'is already taken in this workshop' }],
        );
      }
      throw error;
    }
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}
