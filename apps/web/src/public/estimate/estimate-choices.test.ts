import { describe, expect, it } from 'vitest';
import type { EstimateLine } from '../api/public-api';
import {
  agreedOf,
  approvedTotals,
  chooseAll,
  type Choices,
  openLines,
  totalsOf,
  unanswered,
  verdictOf,
} from './estimate-choices';

function line(id: string, netMinor: number, vatRateBp: number, approval = 'pending'): EstimateLine {
  return {
    id,
    position: 1,
    kind: 'labour',
    description: id,
    quantity: 1,
    unitPriceMinor: netMinor,
    vatRateBp,
    netMinor,
    approval: approval as EstimateLine['approval'],
  };
}

// The order-page fixture: 1.5 h × 180.00 at 23 % and 2 × 39.99 at 8 %.
const LABOUR = line('labour', 27_000, 2300);
const PARTS = line('parts', 7_998, 800);
const FEE = line('fee', 1_001, 2300);
const LINES = [LABOUR, PARTS, FEE];

describe('the live total of what is approved', () => {
  it('is zero before any answer', () => {
    expect(approvedTotals(LINES, {})).toEqual({ netMinor: 0, vatMinor: 0, grossMinor: 0, vat: [] });
  });

  it('counts only the approved lines, VAT per rate rounded once per rate, lowest rate first', () => {
    const totals = approvedTotals(LINES, { labour: 'approve', parts: 'approve', fee: 'decline' });
    expect(totals).toEqual({
      netMinor: 34_998,
      vatMinor: 6_850,
      grossMinor: 41_848,
      vat: [
        { vatRateBp: 800, netMinor: 7_998, vatMinor: 640 },
        { vatRateBp: 2300, netMinor: 27_000, vatMinor: 6_210 },
      ],
    });
  });

  it('rounds a rate’s VAT on the sum of its lines, not line by line (the API’s rule)', () => {
    // 0.23 × 1 001 = 230.23 and 0.23 × 27 000 = 6 210: per line 230 + 6 210; on the sum 6 440.23 → 6 440.
    expect(totalsOf([LABOUR, FEE]).vatMinor).toBe(6_440);
    // Two lines of 0.05 at 10 %: 0.5 + 0.5 per line would round to 2; on the sum, 1.
    expect(totalsOf([line('a', 5, 1000), line('b', 5, 1000)]).vatMinor).toBe(1);
    // Half a minor unit rounds up.
    expect(totalsOf([line('c', 5, 1000)]).vatMinor).toBe(1);
  });

  it('follows every change of answer', () => {
    let choices: Choices = chooseAll(LINES, 'approve');
    expect(approvedTotals(LINES, choices).grossMinor).toBe(41_848 + 1_001 + 230);
    choices = { ...choices, parts: 'decline' };
    expect(approvedTotals(LINES, choices).grossMinor).toBe(27_000 + 1_001 + 6_440);
    expect(approvedTotals(LINES, chooseAll(LINES, 'decline')).grossMinor).toBe(0);
  });
});

describe('the decision sent', () => {
  it('is one word when every line got the same answer', () => {
    expect(verdictOf(LINES, chooseAll(LINES, 'approve'))).toEqual({ decision: 'approve' });
    expect(verdictOf(LINES, chooseAll(LINES, 'decline'))).toEqual({ decision: 'decline' });
  });

  it('names each line when the answers differ', () => {
    expect(verdictOf(LINES, { labour: 'approve', parts: 'decline', fee: 'approve' })).toEqual({
      lines: [
        { lineId: 'labour', approved: true },
        { lineId: 'parts', approved: false },
        { lineId: 'fee', approved: true },
      ],
    });
  });

  it('cannot be made while a line has no answer', () => {
    const partial: Choices = { labour: 'approve' };
    expect(unanswered(LINES, partial).map((each) => each.id)).toEqual(['parts', 'fee']);
    expect(() => verdictOf(LINES, partial)).toThrow();
  });

  it('asks only about the lines this version asks about', () => {
    const earlier = line('earlier', 500, 2300, 'approved');
    expect(openLines([earlier, ...LINES]).map((each) => each.id)).toEqual(['labour', 'parts', 'fee']);
  });
});

describe('the receipt', () => {
  it('shows exactly what the recorded decision approved and declined, and their totals', () => {
    const agreed = agreedOf(LINES, [
      { lineId: 'labour', approved: true },
      { lineId: 'parts', approved: false },
      { lineId: 'fee', approved: true },
    ]);
    expect(agreed.approved.map((each) => each.id)).toEqual(['labour', 'fee']);
    expect(agreed.declined.map((each) => each.id)).toEqual(['parts']);
    expect(agreed.totals.grossMinor).toBe(27_000 + 1_001 + 6_440);
  });

  it('leaves out lines the decision did not cover (decided on an earlier version)', () => {
    const earlier = line('earlier', 500, 2300, 'approved');
    const agreed = agreedOf([earlier, LABOUR], [{ lineId: 'labour', approved: true }]);
    expect(agreed.approved.map((each) => each.id)).toEqual(['labour']);
    expect(agreed.declined).toEqual([]);
  });
});
