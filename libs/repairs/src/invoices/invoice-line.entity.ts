import { TenantEntity } from '@pitlane/core';
import { Column, Entity } from 'typeorm';
import { BIGINT_NUMBER } from '../money/bigint-number';
import type { LineKind } from '../orders/repair-order-line.entity';

/** A line of an issued invoice, copied from the order (negated quantity and net on a credit note). */
@Entity('invoice_lines')
export class InvoiceLine extends TenantEntity {
  @Column('uuid', { name: 'invoice_id' }) invoiceId!: string;
  @Column('integer') position!: number;
  @Column('text') kind!: LineKind;
  @Column('text') description!: string;
  @Column('uuid', { name: 'part_id', nullable: true }) partId!: string | null;
  @Column('uuid', { name: 'mechanic_user_id', nullable: true }) mechanicUserId!: string | null;
  @Column('integer', { name: 'quantity_hundredths' }) quantityHundredths!: number;
  @Column('bigint', { name: 'unit_price_minor', transformer: BIGINT_NUMBER }) unitPriceMinor!: number;
  @Column('integer', { name: 'vat_rate_bp' }) vatRateBp!: number;
  @Column('bigint', { name: 'net_minor', transformer: BIGINT_NUMBER }) netMinor!: number;
}
