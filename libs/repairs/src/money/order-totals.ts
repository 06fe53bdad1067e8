/**
 * The one place repair-order money is computed. All amounts are integers in minor units of
 * the order's currency; quantities are integers in hundredths (1.25 h = 125).
 *
 * Rounding rule (docs/repairs.md):
 * 1. line net = round-half-up(quantity x unit price), i.e. (hundredths x unit price) / 100;
 * 2. lines are grouped by VAT rate; VAT of a group = round-half-up(sum of the group's line
 *    nets x rate / 10 000) (rates in basis points, 2300 = 23 %);
 * 3. order net = sum of line nets, VAT = sum of the groups' VAT, gross = net + VAT.
 * Lines the customer declined are left out of every step.
 * Amounts are never negative, so half-up and half-away-from-zero agree. BigInt throughout, so
 * no intermediate product loses precision.
 */

export interface PricedLine {
  readonly quantityHundredths: number;
  readonly unitPriceMinor: number;
  readonly vatRateBp: number;
  /** A line the customer declined stays on the order but counts in no total (and no invoice). */
  readonly approval?: 'pending' | 'approved' | 'declined';
}

export interface VatGroup {
  readonly vatRateBp: number;
  readonly netMinor: number;
  readonly vatMinor: number;
}

export interface OrderTotals {
  readonly netMinor: number;
  readonly vatMinor: number;
  readonly grossMinor: number;
  /** One entry per VAT rate present, lowest rate first. */
  readonly vat: readonly VatGroup[];
}

/** round-half-up(numerator / denominator) for a non-negative numerator. */
function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (numerator < 0n) throw new RangeError('money amounts are never negative');
  return (numerator * 2n + denominator) / (denominator * 2n);
}

function toSafeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('amount exceeds the safe integer range');
  return Number(value);
}

export function lineNetMinor(line: Pick<PricedLine, 'quantityHundredths' | 'unitPriceMinor'>): number {
  return toSafeNumber(divideHalfUp(BigInt(line.quantityHundredths) * BigInt(line.unitPriceMinor), 100n));
}

/** Declined lines are skipped: the totals are what the customer is (or would be) charged. */
export function orderTotals(lines: readonly PricedLine[]): OrderTotals {
  const netByRate = new Map<number, bigint>();
  for (const line of lines) {
    if (line.approval === 'declined') continue;
    const net = BigInt(lineNetMinor(line));
    netByRate.set(line.vatRateBp, (netByRate.get(line.vatRateBp) ?? 0n) + net);
  }
  const groups = [...netByRate.entries()]
    .sort(([a], [b]) => a - b)
    .map(([rate, net]) => ({ rate, net, vat: divideHalfUp(net * BigInt(rate), 10_000n) }));
  const net = groups.reduce((sum, group) => sum + group.net, 0n);
  const vat = groups.reduce((sum, group) => sum + group.vat, 0n);
  return {
    netMinor: toSafeNumber(net),
    vatMinor: toSafeNumber(vat),
    grossMinor: toSafeNumber(net + vat),
    vat: groups.map((group) => ({
      vatRateBp: group.rate,
      netMinor: toSafeNumber(group.net),
      vatMinor: toSafeNumber(group.vat),
    })),
  };
}

/** 1.25 -> 125. The DTOs allow at most two decimals; rounding only absorbs float noise. */
export function toHundredths(quantity: number): number {
  return Math.round(quantity * 100);
}

export function fromHundredths(hundredths: number): number {
  return hundredths / 100;
}
