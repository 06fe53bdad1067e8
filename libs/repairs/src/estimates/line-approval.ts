import type { RepairOrderLine } from '../orders/repair-order-line.entity';

/** What the customer's approval of a line covers: change any of it and the line needs a new approval. */
export type ApprovedTerms = Pick<
  RepairOrderLine,
  'description' | 'quantityHundredths' | 'unitPriceMinor' | 'vatRateBp'
>;

/**
 * True when `next` differs from what `line` says in anything the customer approves (or
 * declined): its description, quantity, price or VAT. Assigning a mechanic does not count.
 */
export function changesApprovedTerms(line: ApprovedTerms, next: ApprovedTerms): boolean {
  return (
    line.description !== next.description ||
    line.quantityHundredths !== next.quantityHundredths ||
    line.unitPriceMinor !== next.unitPriceMinor ||
    line.vatRateBp !== next.vatRateBp
  );
}
