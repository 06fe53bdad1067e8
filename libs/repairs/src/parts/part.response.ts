import { ApiProperty } from '@nestjs/swagger';
import { StockMovement } from '../stock/stock-movement.entity';
import { Part } from './part.entity';

export class PartResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() partNumber!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) brand!: string | null;
  @ApiProperty() costMinor!: number;
  @ApiProperty() priceMinor!: number;
  @ApiProperty() vatRateBp!: number;
  @ApiProperty() reorderPoint!: number;
  @ApiProperty({ nullable: true, type: String }) location!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'Units on hand, the sum of the ledger' }) onHand!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class PartPageResponse {
  @ApiProperty({ type: [PartResponse] }) items!: PartResponse[];
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() total!: number;
}

export class StockMovementResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) partId!: string;
  @ApiProperty({ enum: ['receive', 'use', 'return', 'adjust'] }) kind!: string;
  @ApiProperty({ description: 'Signed change in units' }) quantity!: number;
  @ApiProperty() balanceAfter!: number;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ nullable: true, type: Number }) unitCostMinor!: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) repairOrderId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) lineId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) actorUserId!: string | null;
  @ApiProperty() createdAt!: string;
}

export class StockMovementPageResponse {
  @ApiProperty({ type: [StockMovementResponse] }) items!: StockMovementResponse[];
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() total!: number;
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

export function presentMovement(movement: StockMovement): StockMovementResponse {
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
    createdAt: movement.createdAt.toISOString(),
  };
}
