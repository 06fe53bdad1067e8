import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { RepairsError } from '../errors/repairs.error';
import { PartRepository } from '../parts/part.repository';
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
  constructor(private readonly parts: PartRepository) {}

  async record(input: MovementInput): Promise<StockMovement> {
    const balanceAfter = await this.parts.moveStock(input.partId, input.quantity);
    if (balanceAfter === undefined) {
      const onHand = (await this.parts.onHand([input.partId])).get(input.partId);
      if (onHand === undefined) throw RepairsError.partNotFound('partId');
      throw RepairsError.insufficientStock(onHand, -input.quantity);
    }
    const movement: StockMovement = Object.assign(new StockMovement(), {
      id: randomUUID(),
      partId: input.partId,
      kind: input.kind,
      quantity: input.quantity,
      balanceAfter,
      reason: input.reason ?? null,
      unitCostMinor: input.unitCostMinor ?? null,
      repairOrderId: input.repairOrderId ?? null,
      lineId: input.lineId ?? null,
      actorUserId: input.actorUserId,
    });
    movement.createdAt = await this.parts.insertMovement(movement);
    return movement;
  }
}
