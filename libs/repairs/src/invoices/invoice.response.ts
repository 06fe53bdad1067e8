import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@pitlane/core';
import type { MailDeliveryState } from '@pitlane/mail';
import { LINE_KINDS } from '../orders/repair-order-line.entity';
import { presentPricedLine, RepairOrderTotalsResponse } from '../orders/repair-order.response';
import type { InvoiceLine } from './invoice-line.entity';
import { INVOICE_KINDS, Invoice, PAYMENT_METHODS } from './invoice.entity';
import { invoiceTotals } from './invoice-totals';

export class InvoiceSellerResponse {
  @ApiProperty() legalName!: string;
  @ApiProperty({ type: [String] }) addressLines!: string[];
  @ApiProperty() taxId!: string;
  @ApiProperty({ nullable: true, type: String }) bankName!: string | null;
  @ApiProperty() bankAccount!: string;
  @ApiProperty({ type: 'integer' }) paymentTermsDays!: number;
  @ApiProperty({ nullable: true, type: String }) footer!: string | null;
}

export class InvoiceBuyerResponse {
  @ApiProperty({ nullable: true, type: String, description: 'null when the client was erased before issue' })
  name!: string | null;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
}

export class InvoiceVehicleResponse {
  @ApiProperty({ nullable: true, type: String }) plate!: string | null;
  @ApiProperty() make!: string;
  @ApiProperty() model!: string;
  @ApiProperty({ type: 'integer', nullable: true }) year!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) mileageKm!: number | null;
}

export class InvoiceLineResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer' }) position!: number;
  @ApiProperty({ enum: LINE_KINDS, enumName: 'LineKind' }) kind!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) partId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) mechanicUserId!: string | null;
  @ApiProperty({ description: 'Hours or units; negative on a credit note' }) quantity!: number;
  @ApiProperty({ type: 'integer' }) unitPriceMinor!: number;
  @ApiProperty({ type: 'integer' }) vatRateBp!: number;
  @ApiProperty({ type: 'integer', description: 'Negative on a credit note' }) netMinor!: number;
}

export const INVOICE_MAIL_STATUSES = ['queued', 'sent', 'failed'] as const;

export class InvoiceMailResponse {
  @ApiProperty({ enum: INVOICE_MAIL_STATUSES, enumName: 'InvoiceMailStatus' }) status!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) sentAt!: string | null;
}

export class InvoiceResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: INVOICE_KINDS, enumName: 'InvoiceKind' }) kind!: string;
  @ApiProperty({ example: '2026/000123' }) number!: string;
  @ApiProperty({ format: 'uuid' }) repairOrderId!: string;
  @ApiProperty({
    nullable: true,
    type: 'integer',
    example: 1042,
    description: 'The repair order number printed on it; null on documents issued before orders had numbers',
  })
  repairOrderNumber!: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Credit note: the invoice it reverses' })
  correctsInvoiceId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Invoice: the credit note reversing it' })
  creditNoteId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) clientId!: string | null;
  @ApiProperty({ format: 'uuid' }) vehicleId!: string;
  @ApiProperty({ example: 'PLN' }) currency!: string;
  @ApiProperty({ enum: ['en', 'pl', 'da'], enumName: 'Locale' }) locale!: string;
  @ApiProperty() issuedAt!: string;
  @ApiProperty({ format: 'date', description: 'In the workshop time zone' }) issueDate!: string;
  @ApiProperty({ format: 'date', description: 'The day the work was completed' }) saleDate!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ type: InvoiceSellerResponse }) seller!: InvoiceSellerResponse;
  @ApiProperty({ type: InvoiceBuyerResponse }) buyer!: InvoiceBuyerResponse;
  @ApiProperty({ type: InvoiceVehicleResponse }) vehicle!: InvoiceVehicleResponse;
  @ApiProperty({ type: [InvoiceLineResponse] }) lines!: InvoiceLineResponse[];
  @ApiProperty({ type: RepairOrderTotalsResponse, description: 'Negative on a credit note' })
  totals!: RepairOrderTotalsResponse;
  @ApiProperty({ nullable: true, type: String, description: 'Credit note: why' }) reason!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) paidOn!: string | null;
  @ApiProperty({ nullable: true, enum: PAYMENT_METHODS, enumName: 'PaymentMethod' }) paymentMethod!: string | null;
  @ApiProperty({ description: 'Invoice: unpaid, not credited and past its due date (workshop time)' })
  overdue!: boolean;
  @ApiProperty({
    type: InvoiceMailResponse,
    nullable: true,
    description: 'The mail of the invoice to the buyer; null when none was sent (no address, or a credit note)',
  })
  mail!: InvoiceMailResponse | null;
}

export class InvoicePageResponse extends PageResponse {
  @ApiProperty({ type: [InvoiceResponse] }) items!: InvoiceResponse[];
}

export function presentInvoice(
  invoice: Invoice,
  lines: readonly InvoiceLine[],
  creditNoteId: string | null,
  state: { readonly today: string; readonly mail: MailDeliveryState | null },
): InvoiceResponse {
  const totals = invoiceTotals(invoice.kind, lines);
  return {
    id: invoice.id,
    kind: invoice.kind,
    number: invoice.number,
    repairOrderId: invoice.repairOrderId,
    repairOrderNumber: invoice.repairOrderNumber,
    correctsInvoiceId: invoice.correctsInvoiceId,
    creditNoteId,
    clientId: invoice.clientId,
    vehicleId: invoice.vehicleId,
    currency: invoice.currency,
    locale: invoice.locale,
    issuedAt: invoice.issuedAt.toISOString(),
    issueDate: invoice.issueDate,
    saleDate: invoice.saleDate,
    dueDate: invoice.dueDate,
    seller: { ...invoice.seller, addressLines: [...invoice.seller.addressLines] },
    buyer: { ...invoice.buyer },
    vehicle: { ...invoice.vehicle },
    lines: lines.map(presentPricedLine),
    // The stored totals are the frozen ones; the VAT groups are recomputed by the same rule.
    totals: {
      netMinor: invoice.netMinor,
      vatMinor: invoice.vatMinor,
      grossMinor: invoice.grossMinor,
      vat: [...totals.vat],
    },
    reason: invoice.reason,
    paidOn: invoice.paidOn,
    paymentMethod: invoice.paymentMethod,
    overdue:
      invoice.kind === 'invoice' && invoice.paidOn === null && creditNoteId === null && invoice.dueDate < state.today,
    mail: state.mail ? { status: state.mail.status, sentAt: state.mail.sentAt?.toISOString() ?? null } : null,
  };
}
