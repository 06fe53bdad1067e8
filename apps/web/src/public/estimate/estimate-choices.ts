import type { EstimateDecision, EstimateLine } from '../api/public-api';

/** What the customer picked for one line; nothing until they pick. */
export type Choice = 'approve' | 'decline';
export type Choices = Readonly<Record<string, Choice>>;

export interface VatGroup {
  readonly vatRateBp: number;
  readonly netMinor: number;
  readonly vatMinor: number;
}

export interface Totals {
  readonly netMinor: number;
  readonly vatMinor: number;
  readonly grossMinor: number;
  /** One entry per VAT rate, lowest first. */
  readonly vat: readonly VatGroup[];
}

/** The lines this version asks about; the others were decided on an earlier version. */
export function openLines(lines: readonly EstimateLine[]): EstimateLine[] {
  return lines.filter((line) => line.approval === 'pending');
}

/** Every line given the same answer: the "approve all" and "decline all" buttons. */
export function chooseAll(lines: readonly EstimateLine[], choice: Choice): Choices {
  return Object.fromEntries(lines.map((line) => [line.id, choice]));
}

/** The lines still without an answer, in the estimate's order. */
export function unanswered(lines: readonly EstimateLine[], choices: Choices): EstimateLine[] {
  return lines.filter((line) => choices[line.id] === undefined);
}

/**
 * The totals of the given lines, by the API's rule (libs/repairs money/order-totals): line nets
 * summed per VAT rate, each rate's VAT rounded half-up once, gross = net + VAT. So the live total
 * on the page is, to the minor unit, what the workshop's order will show.
 */
export function totalsOf(lines: readonly Pick<EstimateLine, 'netMinor' | 'vatRateBp'>[]): Totals {
  const netByRate = new Map<number, number>();
  for (const line of lines) netByRate.set(line.vatRateBp, (netByRate.get(line.vatRateBp) ?? 0) + line.netMinor);
  const vat = [...netByRate.entries()]
    .sort(([a], [b]) => a - b)
    .map(([vatRateBp, netMinor]) => ({ vatRateBp, netMinor, vatMinor: vatOf(netMinor, vatRateBp) }));
  const netMinor = vat.reduce((sum, group) => sum + group.netMinor, 0);
  const vatMinor = vat.reduce((sum, group) => sum + group.vatMinor, 0);
  return { netMinor, vatMinor, grossMinor: netMinor + vatMinor, vat };
}

/** round-half-up(net × rate / 10 000) in integers (amounts are never negative). */
function vatOf(netMinor: number, vatRateBp: number): number {
  const product = BigInt(netMinor) * BigInt(vatRateBp);
  return Number((product * 2n + 10_000n) / 20_000n);
}

/** The live total: only the lines the customer approves now. */
export function approvedTotals(lines: readonly EstimateLine[], choices: Choices): Totals {
  return totalsOf(lines.filter((line) => choices[line.id] === 'approve'));
}

/**
 * The verdict the API takes: one word when every line got the same answer, else each line.
 * Only called once every line is answered.
 */
export function verdictOf(
  lines: readonly EstimateLine[],
  choices: Choices,
): Pick<EstimateDecision, 'decision' | 'lines'> {
  const answers = lines.map((line) => choices[line.id]);
  if (answers.some((answer) => answer === undefined)) throw new Error('every line needs an answer first');
  if (answers.every((answer) => answer === 'approve')) return { decision: 'approve' };
  if (answers.every((answer) => answer === 'decline')) return { decision: 'decline' };
  return { lines: lines.map((line) => ({ lineId: line.id, approved: choices[line.id] === 'approve' })) };
}

/** What a recorded decision agreed to: the lines it approved and declined, and their totals. */
export function agreedOf(
  lines: readonly EstimateLine[],
  decided: readonly { readonly lineId: string; readonly approved: boolean }[],
): { approved: EstimateLine[]; declined: EstimateLine[]; totals: Totals } {
  const approvedIds = new Set(decided.filter((line) => line.approved).map((line) => line.lineId));
  const decidedIds = new Set(decided.map((line) => line.lineId));
  const asked = lines.filter((line) => decidedIds.has(line.id));
  const approved = asked.filter((line) => approvedIds.has(line.id));
  return { approved, declined: asked.filter((line) => !approvedIds.has(line.id)), totals: totalsOf(approved) };
}
