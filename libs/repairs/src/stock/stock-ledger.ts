import { Injectable } from '@nestjs/common';
import { TenantContext } from '@pitlane/core';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { RepairsError } from '../errors/repairs.error';
import { PartStock } from './part-stock.entity';
import { StockMovement, StockMovementKind } from './stock-movement.entity';

export interface MovementInput {
  readonly partId: string;
  readonly kind: StockMovementKind;
  /** Signed: positive into stock, negative out of it. */
  readonly quantity: number;
  readonly reason?: string | null;
  readonly unitCostMinor?: number | null;
  readonly repairOrderId?: string | null;
  readonly lineId?: string | null;
  readonly actorUserId: string | null;
}

/**
 * Writes the append-only stock ledger. Each movement moves the part's running balance with one
 * conditional UPDATE (`on_hand + delta >= 0`): the row lock makes concurrent movements of a
 * part take turns, and a movement that would take stock below zero changes nothing and is
 * refused. Must run inside the caller's tenant transaction, so a refused movement rolls back
 * whatever it belonged to.
 */
@Injectable()
export class StockLedger {
  constructor(private readonly tenantContext: TenantContext) {}

  async record(manager: EntityManager, input: MovementInput): Promise<StockMovement> {
    const tenantId = this.tenantContext.requireTenantId('a stock movement');
    const rows = await manager.query<[{ on_hand: number }[], number]>(
      `update part_stock set on_hand = on_hand + $2, updated_at = now()
        where tenant_id = $1 and part_id = $3 and on_hand + $2 >= 0
        returning on_hand`,
      [tenantId, input.quantity, input.partId],
    );
    const updated = rows[0][0];
    if (updated === undefined) {
      const stock = await manager.getRepository(PartStock).findOne({ where: { partId: input.partId } });
      if (!stock) throw RepairsError.partNotFound('partId');
      throw RepairsError.insufficientStock(stock.onHand, -input.quantity);
    }
    const movement: StockMovement = Object.assign(new StockMovement(), {
      tenantId,
      id: randomUUID(),
      partId: input.partId,
      kind: input.kind,
      quantity: input.quantity,
      balanceAfter: updated.on_hand,
      reason: input.reason ?? null,
      unitCostMinor: input.unitCostMinor ?? null,
      repairOrderId: input.repairOrderId ?? null,
      lineId: input.lineId ?? null,
      actorUserId: input.actorUserId,
    });
    // created_at is the database's clock_timestamp(): microseconds, so the ledger keeps the
    // order of several movements written by one transaction.
    const [inserted] = await manager.query<{ created_at: Date }[]>(
      `insert into stock_movements (tenant_id, id, part_id, kind, quantity, balance_after, reason, unit_cost_minor,
                                    repair_order_id, line_id, actor_user_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning created_at`,
      [
        movement.tenantId,
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
    movement.createdAt = inserted!.created_at;
    return movement;
  }

  async onHand(manager: EntityManager, partIds: readonly string[]): Promise<Map<string, number>> {
    if (partIds.length === 0) return new Map();
    const rows = await manager
      .getRepository(PartStock)
      .createQueryBuilder('stock')
      .where('stock.partId IN (:...partIds)', { partIds })
      .getMany();
    return new Map(rows.map((row) => [row.partId, row.onHand]));
  }
}
