import { lineNetMinor, orderTotals, PricedLine, toHundredths } from './order-totals';

/** [hours or units, unit price minor, VAT bp] */
type Row = readonly [number, number, number];

const lines = (rows: readonly Row[]): PricedLine[] =>
  rows.map(([quantity, unitPriceMinor, vatRateBp]) => ({
    quantityHundredths: toHundredths(quantity),
    unitPriceMinor,
    vatRateBp,
  }));

/**
 * Computed by hand (docs/repairs.md shows the working): line nets rounded half up, VAT per rate
 * on the rate's summed net, rounded half up once.
 */
const FIXTURES: readonly {
  name: string;
  rows: readonly Row[];
  net: number;
  vat: number;
  gross: number;
  groups: readonly [number, number, number][];
}[] = [
  {
    name: 'brake job: labour, parts, a reduced-rate fee',
    rows: [
      [1.5, 12_000, 2300], // 18 000
      [2, 3_999, 2300], // 7 998
      [1, 1_500, 800], // 1 500
    ],
    // 23 %: 25 998 x 0.23 = 5 979.54 -> 5 980; 8 %: 1 500 x 0.08 = 120
    net: 27_498,
    vat: 6_100,
    gross: 33_598,
    groups: [
      [800, 1_500, 120],
      [2300, 25_998, 5_980],
    ],
  },
  {
    name: 'fractional hours round the line net half up',
    rows: [
      [0.33, 10_001, 2300], // 3 300.33 -> 3 300
      [3, 333, 2300], // 999
    ],
    // 4 299 x 0.23 = 988.77 -> 989
    net: 4_299,
    vat: 989,
    gross: 5_288,
    groups: [[2300, 4_299, 989]],
  },
  {
    name: 'exact halves go up, per line',
    rows: [
      [0.5, 1, 2300], // 0.5 -> 1
      [0.25, 2, 2300], // 0.5 -> 1
    ],
    // 2 x 0.23 = 0.46 -> 0
    net: 2,
    vat: 0,
    gross: 2,
    groups: [[2300, 2, 0]],
  },
  {
    name: 'VAT is rounded once per rate, not per line',
    rows: [
      [1, 10, 500],
      [1, 10, 500],
      [1, 10, 500],
    ],
    // per line 0.5 each would make 3; per rate 30 x 0.05 = 1.5 -> 2
    net: 30,
    vat: 2,
    gross: 32,
    groups: [[500, 30, 2]],
  },
  {
    name: 'a zero rate is its own group',
    rows: [
      [1, 5_000, 0],
      [1, 5_000, 2300],
    ],
    net: 10_000,
    vat: 1_150,
    gross: 11_150,
    groups: [
      [0, 5_000, 0],
      [2300, 5_000, 1_150],
    ],
  },
  {
    name: 'half a cent of VAT goes up',
    rows: [[1, 50, 100]], // 50 x 0.01 = 0.5 -> 1
    net: 50,
    vat: 1,
    gross: 51,
    groups: [[100, 50, 1]],
  },
  {
    name: 'the largest line the API accepts stays exact',
    rows: [[10_000, 1_000_000_000, 2300]],
    net: 10_000_000_000_000,
    vat: 2_300_000_000_000,
    gross: 12_300_000_000_000,
    groups: [[2300, 10_000_000_000_000, 2_300_000_000_000]],
  },
  { name: 'no lines', rows: [], net: 0, vat: 0, gross: 0, groups: [] },
];

describe('repair order totals', () => {
  it.each(FIXTURES)('$name', ({ rows, net, vat, gross, groups }) => {
    expect(orderTotals(lines(rows))).toEqual({
      netMinor: net,
      vatMinor: vat,
      grossMinor: gross,
      vat: groups.map(([vatRateBp, netMinor, vatMinor]) => ({ vatRateBp, netMinor, vatMinor })),
    });
  });

  it('rounds a line net half up and never below the exact product', () => {
    expect(lineNetMinor({ quantityHundredths: 149, unitPriceMinor: 1 })).toBe(1); // 1.49
    expect(lineNetMinor({ quantityHundredths: 150, unitPriceMinor: 1 })).toBe(2); // 1.50
    expect(lineNetMinor({ quantityHundredths: 151, unitPriceMinor: 1 })).toBe(2); // 1.51
  });

  it('leaves declined lines out of every total and VAT group (the brake job with its fee declined)', () => {
    const [labour, part, fee] = lines([
      [1.5, 12_000, 2300],
      [2, 3_999, 2300],
      [1, 1_500, 800],
    ]);
    const totals = orderTotals([
      { ...labour!, approval: 'approved' },
      { ...part!, approval: 'pending' },
      { ...fee!, approval: 'declined' },
    ]);
    expect(totals).toEqual({
      netMinor: 25_998,
      vatMinor: 5_980,
      grossMinor: 31_978,
      vat: [{ vatRateBp: 2300, netMinor: 25_998, vatMinor: 5_980 }],
    });
  });

  it('takes decimal quantities to hundredths without float drift', () => {
    expect([0.1, 0.29, 1.15, 4.35, 9999.99].map(toHundredths)).toEqual([10, 29, 115, 435, 999_999]);
  });
});
