import { Injectable } from '@nestjs/common';
import { TenantRepository } from '@pitlane/core';
import { SelectQueryBuilder } from 'typeorm';
import { RepairsError } from '../errors/repairs.error';
import { PartStock } from '../stock/part-stock.entity';
import { StockMovement } from '../stock/stock-movement.entity';
import { Part } from './part.entity';

export type NewPart = Omit<Part, 'tenantId' | 'version' | 'createdAt' | 'updatedAt'>;
export type PartChanges = Partial<
  Pick<
    Part,
    | 'partNumber'
    | 'partNumberKey'
    | 'name'
    | 'brand'
    | 'costMinor'
    | 'priceMinor'
    | 'vatRateBp'
    | 'reorderPoint'
    | 'location'
    | 'active'
  >
>;
export type NewStockMovement = Omit<StockMovement, 'tenantId' | 'createdAt'>;

/** A ledger entry as the part page lists it: with who recorded it and its order's number. */
export type StockMovementRow = StockMovement & {
  readonly actorName: string | null;
  readonly repairOrderNumber: number | null;
};

interface RawMovementRow {
  readonly id: string;
  readonly part_id: string;
  readonly kind: StockMovement['kind'];
  readonly quantity: number;
  readonly balance_after: number;
  readonly reason: string | null;
  readonly unit_cost_minor: string | number | null;
  readonly repair_order_id: string | null;
  readonly line_id: string | null;
  readonly actor_user_id: string | null;
  readonly created_at: Date;
  readonly actor_name: string | null;
  readonly repair_order_number: string | number | null;
}

/**
 * Ledger entries with who recorded them and the number of the order they went to or came back
 * from. The order is joined within the entry's tenant; the name comes from `users`, which is not
 * a tenant table (actor_user_id is always one of this workshop's staff, from the acting principal).
 * Callers bind the tenant as $1 in their `where`.
 */
const MOVEMENTS = `
  select m.id, m.part_id, m.kind, m.quantity, m.balance_after, m.reason, m.unit_cost_minor, m.repair_order_id,
         m.line_id, m.actor_user_id, m.created_at, u.name as actor_name, o.number as repair_order_number
    from stock_movements m
    left join users u on u.id = m.actor_user_id
    left join repair_orders o on o.tenant_id = m.tenant_id and o.id = m.repair_order_id`;

/** A part with its stock on hand, as lists read it. */
export type PartWithStock = Part & { stock: PartStock };

export interface PartFilter {
  /** Upper-cased part number prefix, LIKE-escaped, with its `%`. */
  readonly numberPrefix?: string;
  /** A lower-cased word of the name, LIKE-escaped, with its `%`s. */
  readonly nameWord?: string;
  readonly active?: boolean;
}

/**
 * The parts aggregate: the catalogue (parts), the running balance (part_stock) and the
 * append-only ledger behind it (stock_movements). The only place with SQL for those tables;
 * every statement names the tenant of the open transaction first.
 */
@Injectable()
export class PartRepository extends TenantRepository {
  /** A new part with an empty stock row. */
  async insert(part: NewPart): Promise<void> {
    await this.repository(Part).insert({ ...part, tenantId: this.tenantId });
    await this.repository(PartStock).insert({
      tenantId: this.tenantId,
      partId: part.id,
      onHand: 0,
      updatedAt: new Date(),
    });
  }

  /** The part, or 404 (another workshop's included). `lock` holds its row to the end of the transaction. */
  async require(id: string, lock = false): Promise<Part> {
    const part = await this.repository(Part).findOne({
      where: { tenantId: this.tenantId, id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!part) throw RepairsError.partNotFound();
    return part;
  }

  async update(part: Part, changes: PartChanges): Promise<void> {
    await this.repository(Part).update(
      { tenantId: this.tenantId, id: part.id },
      { ...changes, version: part.version + 1 },
    );
  }

  /** Only a part that never moved (the caller checks); its stock row goes with it. */
  async delete(id: string): Promise<void> {
    await this.repository(Part).delete({ tenantId: this.tenantId, id });
  }

  async page(
    filter: PartFilter,
    order: { readonly column: string; readonly direction: 'ASC' | 'DESC' },
    page: { readonly take: number; readonly skip: number },
  ): Promise<[PartWithStock[], number]> {
    const builder = this.withStock();
    if (filter.numberPrefix !== undefined && filter.nameWord !== undefined) {
      builder.andWhere(`(part.partNumberKey LIKE :prefix ESCAPE '\\' OR lower(part.name) LIKE :word ESCAPE '\\')`, {
        prefix: filter.numberPrefix,
        word: filter.nameWord,
      });
    }
    if (filter.active !== undefined) builder.andWhere('part.active = :active', { active: filter.active });
    builder.orderBy(order.column, order.direction, 'NULLS LAST').addOrderBy('part.id');
    return this.limit(builder, page);
  }

  /** Active parts at or below their reorder point, the emptiest (relative to it) first. */
  async lowStock(page: { readonly take: number; readonly skip: number }): Promise<[PartWithStock[], number]> {
    const builder = this.withStock()
      .andWhere('part.active')
      .andWhere('stock.onHand <= part.reorderPoint')
      .orderBy('stock.on_hand - part.reorder_point', 'ASC')
      .addOrderBy('part.partNumberKey', 'ASC');
    return this.limit(builder, page);
  }

  /** Stock on hand of each part asked about that exists. */
  async onHand(partIds: readonly string[]): Promise<Map<string, number>> {
    if (partIds.length === 0) return new Map();
    const rows = await this.repository(PartStock)
      .createQueryBuilder('stock')
      .where('stock.tenantId = :tenantId', { tenantId: this.tenantId })
      .andWhere('stock.partId IN (:...partIds)', { partIds })
      .getMany();
    return new Map(rows.map((row) => [row.partId, row.onHand]));
  }

  /**
   * Moves the part's running balance by `delta` unless that takes it below zero: the new balance,
   * or undefined when nothing changed (no such part, or not enough). The row lock makes
   * concurrent movements of a part take turns.
   */
  async moveStock(partId: string, delta: number): Promise<number | undefined> {
    const rows = await this.manager.query<[{ on_hand: number }[], number]>(
      `update part_stock set on_hand = on_hand + $2, updated_at = now()
        where tenant_id = $1 and part_id = $3 and on_hand + $2 >= 0
        returning on_hand`,
      [this.tenantId, delta, partId],
    );
    return rows[0][0]?.on_hand;
  }

  /**
   * Appends to the ledger; answers created_at, the database's clock_timestamp(): microseconds,
   * so the ledger keeps the order of several movements written by one transaction.
   */
  async insertMovement(movement: NewStockMovement): Promise<Date> {
    const [inserted] = await this.manager.query<{ created_at: Date }[]>(
      `insert into stock_movements (tenant_id, id, part_id, kind, quantity, balance_after, reason, unit_cost_minor,
                                    repair_order_id, line_id, actor_user_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning created_at`,
      [
        this.tenantId,
        movement.id,
        movement.partId,
        movement.kind,
        movement.quantity,
        movement.balanceAfter,
        movement.reason,
        movement.unitCostMinor,
        movement.repairOrderId,
        movement.lineId,
        movement.actorUserId,
      ],
    );
    return inserted!.created_at;
  }

  async hasMovements(partId: string): Promise<boolean> {
    return this.repository(StockMovement).exists({ where: { tenantId: this.tenantId, partId } });
  }

  /** Newest first, with who recorded each and its order's number. */
  async movements(
    partId: string,
    page: { readonly take: number; readonly skip: number },
  ): Promise<[StockMovementRow[], number]> {
    const rows = await this.manager.query<RawMovementRow[]>(
      `${MOVEMENTS} where m.tenant_id = $1 and m.part_id = $2 order by m.created_at desc, m.id asc limit $3 offset $4`,
      [this.tenantId, partId, page.take, page.skip],
    );
    const total = await this.repository(StockMovement).count({ where: { tenantId: this.tenantId, partId } });
    return [rows.map((row) => this.movementRow(row)), total];
  }

  /** One ledger entry as `movements` lists it. */
  async movement(id: string): Promise<StockMovementRow | undefined> {
    const [row] = await this.manager.query<RawMovementRow[]>(`${MOVEMENTS} where m.tenant_id = $1 and m.id = $2`, [
      this.tenantId,
      id,
    ]);
    return row ? this.movementRow(row) : undefined;
  }

  private movementRow(row: RawMovementRow): StockMovementRow {
    return {
      tenantId: this.tenantId,
      id: row.id,
      partId: row.part_id,
      kind: row.kind,
      quantity: row.quantity,
      balanceAfter: row.balance_after,
      reason: row.reason,
      unitCostMinor: row.unit_cost_minor === null ? null : Number(row.unit_cost_minor),
      repairOrderId: row.repair_order_id,
      lineId: row.line_id,
      actorUserId: row.actor_user_id,
      createdAt: row.created_at,
      actorName: row.actor_name,
      repairOrderNumber: row.repair_order_number === null ? null : Number(row.repair_order_number),
    };
  }

  private withStock(): SelectQueryBuilder<Part> {
    return this.repository(Part)
      .createQueryBuilder('part')
      .innerJoinAndMapOne(
        'part.stock',
        PartStock,
        'stock',
        'stock.tenantId = part.tenantId AND stock.partId = part.id AND stock.tenantId = :tenantId',
      )
      .where('part.tenantId = :tenantId', { tenantId: this.tenantId });
  }

  private async limit(
    builder: SelectQueryBuilder<Part>,
    page: { readonly take: number; readonly skip: number },
  ): Promise<[PartWithStock[], number]> {
    // One stock row per part: plain LIMIT/OFFSET is exact.
    const [parts, total] = await builder.limit(page.take).offset(page.skip).getManyAndCount();
    return [parts as PartWithStock[], total];
  }
}
