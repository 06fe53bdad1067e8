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
import { EntityManager } from 'typeorm';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';
import { PartStock } from '../stock/part-stock.entity';
import { StockLedger } from '../stock/stock-ledger';
import { StockMovement } from '../stock/stock-movement.entity';
import { CreatePartDto } from './dto/create-part.dto';
import { ListPartsQuery } from './dto/list-parts.query';
import { RecordMovementDto } from './dto/record-movement.dto';
import { UpdatePartDto } from './dto/update-part.dto';
import { Part } from './part.entity';
import { PartResponse, presentMovement, presentPart, StockMovementResponse } from './part.response';

const SORTABLE = {
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
    private readonly ledger: StockLedger,
    private readonly audit: AuditTrail,
  ) {}

  create(actor: Principal, input: CreatePartDto): Promise<PartResponse> {
    return this.unique(() =>
      this.db.transaction(async (manager) => {
        const id = randomUUID();
        await manager.getRepository(Part).insert({
          tenantId: actor.tenantId,
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
        await manager
          .getRepository(PartStock)
          .insert({ tenantId: actor.tenantId, partId: id, onHand: 0, updatedAt: new Date() });
        await this.audit.record(manager, {
          action: 'part.created',
          entityType: 'part',
          entityId: id,
          changedFields: Object.keys(input),
        });
        return presentPart(await this.require(manager, id), 0);
      }),
    );
  }

  get(id: string): Promise<PartResponse> {
    return this.db.transaction(async (manager) => this.present(manager, await this.require(manager, id)));
  }

  list(query: ListPartsQuery): Promise<Page<PartResponse>> {
    const order = resolveSort(query.sort, SORTABLE, { column: 'part.partNumberKey', direction: 'ASC' });
    return this.db.transaction(async (manager) => {
      const builder = this.withStock(manager);
      if (query.q !== undefined && query.q.trim() !== '') {
        const q = query.q.trim();
        builder.andWhere(`(part.partNumberKey LIKE :prefix ESCAPE '\\' OR lower(part.name) LIKE :word ESCAPE '\\')`, {
          prefix: `${escapeLike(this.keyOf(q))}%`,
          word: `%${escapeLike(q.toLowerCase())}%`,
        });
      }
      if (query.active !== undefined) builder.andWhere('part.active = :active', { active: query.active });
      return this.page(builder, order, query);
    });
  }

  /** Active parts at or below their reorder point, the emptiest (relative to it) first. */
  lowStock(query: PageQuery): Promise<Page<PartResponse>> {
    if (query.sort !== undefined) throw RepairsError.invalid('sort', 'low stock is always ordered by shortfall');
    return this.db.transaction(async (manager) => {
      const builder = this.withStock(manager)
        .andWhere('part.active')
        .andWhere('stock.onHand <= part.reorderPoint')
        .orderBy('stock.on_hand - part.reorder_point', 'ASC')
        .addOrderBy('part.partNumberKey', 'ASC');
      return this.page(builder, undefined, query);
    });
  }

  update(id: string, input: UpdatePartDto): Promise<PartResponse> {
    for (const field of REQUIRED) {
      if (input[field] === null) throw RepairsError.invalid(field, 'may not be null');
    }
    return this.unique(() =>
      this.db.transaction(async (manager) => {
        const part = await this.require(manager, id, true);
        const changed = Object.keys(input).filter((key) => input[key as keyof UpdatePartDto] !== undefined);
        if (changed.length > 0) {
          await manager.getRepository(Part).update(
            { tenantId: part.tenantId, id },
            {
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
              version: part.version + 1,
            },
          );
          await this.audit.record(manager, {
            action: 'part.updated',
            entityType: 'part',
            entityId: id,
            changedFields: changed,
          });
        }
        return this.present(manager, await this.require(manager, id));
      }),
    );
  }

  /** Only a part that never moved: one with a history is deactivated instead (409 says so). */
  delete(id: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      const part = await this.require(manager, id, true);
      const moved = await manager.getRepository(StockMovement).exists({ where: { partId: id } });
      const onLines = await manager.query<unknown[]>(`select 1 from repair_order_lines where part_id = $1 limit 1`, [
        id,
      ]);
      if (moved || onLines.length > 0) {
        throw new RepairsError(
          RepairsErrorCode.PartHasMovements,
          'This part has stock movements or order lines; set active to false instead of deleting it.',
        );
      }
      await manager.getRepository(Part).delete({ tenantId: part.tenantId, id });
      await this.audit.record(manager, { action: 'part.deleted', entityType: 'part', entityId: id });
    });
  }

  movements(id: string, query: PageQuery): Promise<Page<StockMovementResponse>> {
    return this.db.transaction(async (manager) => {
      await this.require(manager, id);
      const [movements, total] = await manager.getRepository(StockMovement).findAndCount({
        where: { partId: id },
        order: { createdAt: 'DESC', id: 'ASC' },
        take: query.limit,
        skip: offsetOf(query),
      });
      return pageOf(movements.map(presentMovement), total, query);
    });
  }

  /** A delivery or a count correction, by hand. */
  recordMovement(actor: Principal, id: string, input: RecordMovementDto): Promise<StockMovementResponse> {
    if (input.kind === 'receive' && input.quantity <= 0) throw RepairsError.invalid('quantity', 'must be at least 1');
    if (input.kind === 'adjust' && input.quantity === 0) throw RepairsError.invalid('quantity', 'may not be 0');
    if (input.kind === 'adjust' && !input.reason) throw RepairsError.invalid('reason', 'is required for an adjustment');
    if (input.kind === 'adjust' && input.unitCostMinor !== undefined) {
      throw RepairsError.invalid('unitCostMinor', 'is only for a receipt');
    }
    return this.db.transaction(async (manager) => {
      await this.require(manager, id);
      const movement = await this.ledger.record(manager, {
        partId: id,
        kind: input.kind,
        quantity: input.quantity,
        reason: input.reason ?? null,
        unitCostMinor: input.unitCostMinor ?? null,
        actorUserId: actor.userId,
      });
      await this.audit.record(manager, {
        action: input.kind === 'receive' ? 'part.stock_received' : 'part.stock_adjusted',
        entityType: 'part',
        entityId: id,
        changedFields: ['onHand'],
      });
      return presentMovement(movement);
    });
  }

  /** The part, or 404 (also for another workshop's: row-level security hides it). */
  async require(manager: EntityManager, id: string, lock = false): Promise<Part> {
    const part = await manager.getRepository(Part).findOne({
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!part) throw RepairsError.partNotFound();
    return part;
  }

  private keyOf(partNumber: string): string {
    const key = partNumberKey(partNumber);
    if (key === '') throw RepairsError.invalid('partNumber', 'must contain more than spaces and dashes');
    return key;
  }

  private withStock(manager: EntityManager) {
    return manager
      .getRepository(Part)
      .createQueryBuilder('part')
      .innerJoinAndMapOne(
        'part.stock',
        PartStock,
        'stock',
        'stock.partId = part.id AND stock.tenantId = part.tenantId',
      );
  }

  private async page(
    builder: ReturnType<PartsService['withStock']>,
    order: { column: string; direction: 'ASC' | 'DESC' } | undefined,
    query: PageQuery,
  ): Promise<Page<PartResponse>> {
    if (order) builder.orderBy(order.column, order.direction, 'NULLS LAST').addOrderBy('part.id');
    // One stock row per part: plain LIMIT/OFFSET is exact.
    const [parts, total] = await builder.limit(query.limit).offset(offsetOf(query)).getManyAndCount();
    return pageOf(
      parts.map((part) => presentPart(part, (part as Part & { stock: PartStock }).stock.onHand)),
      total,
      query,
    );
  }

  private async present(manager: EntityManager, part: Part): Promise<PartResponse> {
    const onHand = await this.ledger.onHand(manager, [part.id]);
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
