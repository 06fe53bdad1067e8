import { orderTotals, OrderTotals } from '../money/order-totals';
import type { InvoiceKind } from './invoice.entity';

interface SnapshotLine {
  readonly quantityHundredths: number;
  readonly unitPriceMinor: number;
  readonly vatRateBp: number;
}

/**
 * Totals and VAT per rate of an invoice's lines, by the one rounding rule of order-totals.ts. A
 * credit note's lines carry negated quantities: its totals are the invoice's, negated, so the
 * pair sums to exactly zero (rounding a negative amount separately could be a cent off).
 */
export function invoiceTotals(kind: InvoiceKind, lines: readonly SnapshotLine[]): OrderTotals {
  const positive = orderTotals(
    lines.map((line) => ({ ...line, quantityHundredths: Math.abs(line.quantityHundredths) })),
  );
  if (kind === 'invoice') return positive;
  return {
    netMinor: -positive.netMinor,
    vatMinor: -positive.vatMinor,
    grossMinor: -positive.grossMinor,
    vat: positive.vat.map((group) => ({ ...group, netMinor: -group.netMinor, vatMinor: -group.vatMinor })),
  };
}
