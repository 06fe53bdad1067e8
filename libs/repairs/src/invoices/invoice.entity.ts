import { TenantEntity } from '@pitlane/core';
import { Column, Entity } from 'typeorm';
import { BIGINT_NUMBER } from '../money/bigint-number';
import type { BuyerSnapshot, SellerSnapshot, VehicleSnapshot } from './invoice-parties';

export const INVOICE_KINDS = ['invoice', 'credit_note'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];

export const PAYMENT_METHODS = ['cash', 'card', 'transfer', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export type InvoiceLocale = 'en' | 'pl' | 'da';

/**
 * An issued invoice or credit note: a frozen snapshot (the database refuses every change but the
 * payment columns, see the invoices migration). Dates are calendar dates in the workshop's time
 * zone, as `YYYY-MM-DD`.
 */
@Entity('invoices')
export class Invoice extends TenantEntity {
  @Column('text') kind!: InvoiceKind;
  /** `YYYY/NNNNNN`, gapless per workshop and year. */
  @Column('text') number!: string;
  @Column('integer') year!: number;
  @Column('integer') sequence!: number;
  @Column('uuid', { name: 'repair_order_id' }) repairOrderId!: string;
  /** The order's number as printed on the document; null on documents issued before orders had numbers. */
  @Column('integer', { name: 'repair_order_number', nullable: true }) repairOrderNumber!: number | null;
  @Column('uuid', { name: 'corrects_invoice_id', nullable: true }) correctsInvoiceId!: string | null;
  @Column('uuid', { name: 'client_id', nullable: true }) clientId!: string | null;
  @Column('uuid', { name: 'vehicle_id' }) vehicleId!: string;
  @Column('char', { length: 3 }) currency!: string;
  @Column('text') locale!: InvoiceLocale;
  @Column('text', { name: 'time_zone' }) timeZone!: string;
  @Column('timestamptz', { name: 'issued_at' }) issuedAt!: Date;
  @Column('date', { name: 'issue_date' }) issueDate!: string;
  @Column('date', { name: 'sale_date' }) saleDate!: string;
  @Column('date', { name: 'due_date' }) dueDate!: string;
  @Column('bigint', { name: 'net_minor', transformer: BIGINT_NUMBER }) netMinor!: number;
  @Column('bigint', { name: 'vat_minor', transformer: BIGINT_NUMBER }) vatMinor!: number;
  @Column('bigint', { name: 'gross_minor', transformer: BIGINT_NUMBER }) grossMinor!: number;
  @Column('jsonb') seller!: SellerSnapshot;
  @Column('jsonb') buyer!: BuyerSnapshot;
  @Column('jsonb') vehicle!: VehicleSnapshot;
  /** Credit notes only: why the invoice was corrected. */
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('uuid', { name: 'issued_by', nullable: true }) issuedBy!: string | null;
  /** The start of `paidOn` in the workshop's time zone. */
  @Column('timestamptz', { name: 'paid_at', nullable: true }) paidAt!: Date | null;
  @Column('date', { name: 'paid_on', nullable: true }) paidOn!: string | null;
  @Column('text', { name: 'payment_method', nullable: true }) paymentMethod!: PaymentMethod | null;
  @Column('uuid', { name: 'paid_recorded_by', nullable: true }) paidRecordedBy!: string | null;
  @Column('timestamptz', { name: 'paid_recorded_at', nullable: true }) paidRecordedAt!: Date | null;
}
