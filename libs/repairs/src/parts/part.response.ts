import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@pitlane/core';
import { STOCK_MOVEMENT_KINDS, StockMovement } from '../stock/stock-movement.entity';
import { Part } from './part.entity';

export class PartResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() partNumber!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) brand!: string | null;
  @ApiProperty({ type: 'integer' }) costMinor!: number;
  @ApiProperty({ type: 'integer' }) priceMinor!: number;
  @ApiProperty({ type: 'integer' }) vatRateBp!: number;
  @ApiProperty({ type: 'integer' }) reorderPoint!: number;
  @ApiProperty({ nullable: true, type: String }) location!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: 'integer', description: 'Units on hand, the sum of the ledger' }) onHand!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class PartPageResponse extends PageResponse {
  @ApiProperty({ type: [PartResponse] }) items!: PartResponse[];
}

export class StockMovementResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) partId!: string;
  @ApiProperty({ enum: STOCK_MOVEMENT_KINDS, enumName: 'StockMovementKind' }) kind!: string;
  @ApiProperty({ type: 'integer', description: 'Signed change in units' }) quantity!: number;
  @ApiProperty({ type: 'integer' }) balanceAfter!: number;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) unitCostMinor!: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) repairOrderId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) lineId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) actorUserId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Who recorded it; null for a movement without a person' })
  actorName!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: "The order's number, with `repairOrderId`" })
  repairOrderNumber!: number | null;
  @ApiProperty() createdAt!: string;
}

export class StockMovementPageResponse extends PageResponse {
  @ApiProperty({ type: [StockMovementResponse] }) items!: StockMovementResponse[];
}

export function presentPart(part: Part, onHand: number): PartResponse {
  return {
    id: part.id,
    partNumber: part.partNumber,
    name: part.name,
    brand: part.brand,
    costMinor: part.costMinor,
    priceMinor: part.priceMinor,
    vatRateBp: part.vatRateBp,
    reorderPoint: part.reorderPoint,
    location: part.location,
    active: part.active,
    onHand,
    createdAt: part.createdAt.toISOString(),
    updatedAt: part.updatedAt.toISOString(),
  };
}

/** A ledger entry; `actorName` and `repairOrderNumber` come with a listed one (null when unknown). */
export function presentMovement(
  movement: StockMovement & { readonly actorName?: string | null; readonly repairOrderNumber?: number | null },
): StockMovementResponse {
  return {
    id: movement.id,
    partId: movement.partId,
    kind: movement.kind,
    quantity: movement.quantity,
    balanceAfter: movement.balanceAfter,
    reason: movement.reason,
    unitCostMinor: movement.unitCostMinor,
    repairOrderId: movement.repairOrderId,
    lineId: movement.lineId,
    actorUserId: movement.actorUserId,
    actorName: movement.actorName ?? null,
    repairOrderNumber: movement.repairOrderNumber ?? null,
    createdAt: movement.createdAt.toISOString(),
  };
}
