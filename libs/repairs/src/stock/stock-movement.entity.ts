import { TenantEntity } from '@pitlane/core';
import { Column, Entity } from 'typeorm';
import { BIGINT_NUMBER } from '../money/bigint-number';

export const STOCK_MOVEMENT_KINDS = ['receive', 'use', 'return', 'adjust'] as const;
export type StockMovementKind = (typeof STOCK_MOVEMENT_KINDS)[number];

/** One entry of the append-only stock ledger: never updated, never deleted. */
@Entity('stock_movements')
export class StockMovement extends TenantEntity {
  @Column('uuid', { name: 'part_id' })
  partId!: string;

  @Column('text')
  kind!: StockMovementKind;

  /** The signed change: positive in, negative out. */
  @Column('integer')
  quantity!: number;

  @Column('integer', { name: 'balance_after' })
  balanceAfter!: number;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('bigint', { name: 'unit_cost_minor', nullable: true, transformer: BIGINT_NUMBER })
  unitCostMinor!: number | null;

  @Column('uuid', { name: 'repair_order_id', nullable: true })
  repairOrderId!: string | null;

  @Column('uuid', { name: 'line_id', nullable: true })
  lineId!: string | null;

  @Column('uuid', { name: 'actor_user_id', nullable: true })
  actorUserId!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
