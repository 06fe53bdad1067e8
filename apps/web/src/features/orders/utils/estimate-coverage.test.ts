import { describe, expect, it } from 'vitest';
import { linesNeedingNewEstimate } from './estimate-coverage';
import { FEE, LABOUR, ORDER, PART } from './order.fixture';

type Version = Parameters<typeof linesNeedingNewEstimate>[1][number];

/** A version as the API lists it, asking about `lines` as they were when it was sent. */
function version(state: Version['state'], lines: (typeof ORDER.lines)[number][]): Version {
  return {
    state,
    snapshot: {
      schema: 'pitlane/estimate/v2',
      version: 1,
      currency: 'PLN',
      issuedAt: '2026-12-06T08:00:00.000Z',
      message: null,
      workshop: { name: 'Warsztat' },
      vehicle: { make: 'Skoda', model: 'Octavia', plate: 'WX 12345', year: null },
      lines: lines.map(
        ({ id, position, kind, description, quantity, unitPriceMinor, vatRateBp, netMinor, approval }) => ({
          id,
          position,
          kind,
          description,
          quantity,
          unitPriceMinor,
          vatRateBp,
          netMinor,
          approval,
        }),
      ),
      totals: ORDER.totals,
      openTotals: ORDER.totals,
    },
  };
}

describe('linesNeedingNewEstimate', () => {
  it('is empty before any estimate was sent: the first one is not a "new" one', () => {
    expect(linesNeedingNewEstimate(ORDER, [])).toEqual([]);
  });

  it('is empty while the open version asks about exactly the pending lines', () => {
    expect(linesNeedingNewEstimate(ORDER, [version('open', [LABOUR, PART, FEE])])).toEqual([]);
  });

  it('names an approved line edited after the decision: it is pending again and no open version asks', () => {
    const edited = { ...LABOUR, quantity: 2, netMinor: 24_000, approval: 'pending' as const };
    const order = { lines: [edited, { ...PART, approval: 'declined' as const }] };
    const decided = version('decided', [LABOUR, PART]);
    expect(linesNeedingNewEstimate(order, [decided]).map((line) => line.description)).toEqual([LABOUR.description]);
  });

  it('names every pending line when one changed after the open version was sent (its decision would be refused)', () => {
    const sent = version('open', [LABOUR, PART, FEE]);
    const order = { lines: [LABOUR, { ...PART, unitPriceMinor: 4_500 }, FEE] };
    expect(linesNeedingNewEstimate(order, [sent]).map((line) => line.id)).toEqual([PART.id, FEE.id]);
  });

  it('names a line added after the open version was sent', () => {
    const sent = version('open', [LABOUR, PART]);
    expect(linesNeedingNewEstimate(ORDER, [sent])).toHaveLength(2);
  });

  it('is empty when nothing waits for approval, whatever was sent', () => {
    const approved = { lines: ORDER.lines.map((line) => ({ ...line, approval: 'approved' as const })) };
    expect(linesNeedingNewEstimate(approved, [version('decided', ORDER.lines)])).toEqual([]);
  });
});
