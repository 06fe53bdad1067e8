import { TenantEntity } from '@pitlane/core';
import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';
import { BIGINT_NUMBER } from '../money/bigint-number';

export const LINE_KINDS = ['labour', 'part', 'fee'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

export const LINE_APPROVALS = ['pending', 'approved', 'declined'] as const;
/** The customer's say on a line: declined lines stay listed but count in no total and no invoice. */
export type LineApproval = (typeof LINE_APPROVALS)[number];

/** Labour (quantity = hours, unit price = hourly rate), a part (from inventory or ad hoc) or a fee. */
@Entity('repair_order_lines')
export class RepairOrderLine extends TenantEntity {
  @Column('uuid', { name: 'order_id' })
  orderId!: string;

  @Column('integer')
  position!: number;

  @Column('text')
  kind!: LineKind;

  @Column('text')
  description!: string;

  @Column('uuid', { name: 'part_id', nullable: true })
  partId!: string | null;

  /** Labour only: the assigned mechanic who answers for the work (sold hours per mechanic). */
  @Column('uuid', { name: 'mechanic_user_id', nullable: true })
  mechanicUserId!: string | null;

  @Column('integer', { name: 'quantity_hundredths' })
  quantityHundredths!: number;

  @Column('bigint', { name: 'unit_price_minor', transformer: BIGINT_NUMBER })
  unitPriceMinor!: number;

  @Column('integer', { name: 'vat_rate_bp' })
  vatRateBp!: number;

  /** Kept for reports; always lineNetMinor(quantity, unit price). */
  @Column('bigint', { name: 'net_minor', transformer: BIGINT_NUMBER })
  netMinor!: number;

  /** Back to pending whenever its description, quantity, price or VAT changes (docs/repairs-estimates.md). */
  @Column('text', { default: 'pending' })
  approval!: LineApproval;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
