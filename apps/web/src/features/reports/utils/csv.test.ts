import { describe, expect, it } from 'vitest';
import { csvFileName, toCsv, type CsvColumn } from './csv';
import { bucketLabel } from './bucket-label';
import { formatMoney, formatMoneyCompact, minorToDecimal } from './report-money';

interface Row {
  readonly name: string;
  readonly grossMinor: number;
}
const columns: CsvColumn<Row>[] = [
  { header: 'Client', kind: 'text', value: (row) => row.name },
  { header: 'Gross (PLN)', kind: 'number', value: (row) => minorToDecimal(row.grossMinor, 'PLN') },
];
const body = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('CSV: RFC 4180, a header row, locale-independent numbers', () => {
  it('starts with a BOM and the header row, ends each line with CRLF', () => {
    const csv = toCsv(columns, [{ name: 'Anna', grossMinor: 69_428 }]);
    expect(csv.startsWith('\uFEFFClient,Gross (PLN)\r\n')).toBe(true);
    expect(body(csv)).toEqual(['Client,Gross (PLN)', 'Anna,694.28', '']);
  });

  it.each([
    ['a comma is quoted', 'Kowalski, Jan', '"Kowalski, Jan"'],
    ['a quote is doubled inside quotes', 'Auto "Max"', '"Auto ""Max"""'],
    ['a line break is quoted', 'line\none', '"line\none"'],
    ['a formula is defused', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['a leading minus in text is defused', '-2+3', "'-2+3"],
    ['Polish and Danish letters pass as they are', 'Łukasz Søren', 'Łukasz Søren'],
    ['leading space is kept by quoting', ' Anna', '" Anna"'],
  ])('%s', (_rule, name, cell) => {
    expect(body(toCsv(columns, [{ name, grossMinor: 0 }]))[1]).toBe(`${cell},0.00`);
  });

  it('negative money stays a number, not defused text', () => {
    expect(body(toCsv(columns, [{ name: 'Credit', grossMinor: -18_450 }]))[1]).toBe('Credit,-184.50');
  });

  it('refuses a number cell that is not a plain decimal (a locale-formatted amount)', () => {
    const bad: CsvColumn<Row>[] = [
      { header: 'Gross', kind: 'number', value: (row) => formatMoney(row.grossMinor, 'PLN', 'pl') },
    ];
    expect(() => toCsv(bad, [{ name: 'x', grossMinor: 69_428 }])).toThrow(RangeError);
  });

  it('names the file after the report and its range, or the snapshot day', () => {
    expect(csvFileName('revenue', { from: '2026-03-01', to: '2026-03-31' })).toBe(
      'pitlane-revenue-2026-03-01_2026-03-31.csv',
    );
    expect(csvFileName('open-orders', { asOf: '2026-12-06' })).toBe('pitlane-open-orders-2026-12-06.csv');
  });
});

describe('money from integer minor units', () => {
  it.each([
    ['en', 'PLN\u00a0694.28'],
    ['pl', '694,28\u00a0zł'],
    ['da', '694,28\u00a0PLN'],
  ])('%s writes 69 428 grosz as %s', (language, text) => {
    expect(formatMoney(69_428, 'PLN', language).replace(/\s/g, '\u00a0')).toBe(text);
  });

  it.each([
    [5, 'PLN', '0.05'],
    [-5, 'PLN', '-0.05'],
    [1_000_000_01, 'DKK', '1000000.01'],
    [1234, 'JPY', '1234'],
  ])('%i minor %s is %s in a file', (minor, currency, decimal) => {
    expect(minorToDecimal(minor, currency)).toBe(decimal);
  });
});

describe('bucket labels name the local days, in the language', () => {
  it.each([
    ['day', 'en', '6 Dec 2026'],
    ['month', 'pl', 'grudzień 2026'],
    ['month', 'da', 'december 2026'],
  ] as const)('%s in %s', (granularity, language, label) => {
    expect(bucketLabel({ from: '2026-12-06', to: '2026-12-06' }, granularity, language)).toBe(label);
  });

  it('a week names its first and last day inside the range', () => {
    expect(bucketLabel({ from: '2026-11-30', to: '2026-12-06' }, 'week', 'en')).toMatch(/^30 Nov.+6 Dec 2026$/);
  });
});

describe('axis money', () => {
  it.each([
    ['pl', 1_234_567, '12,3\u00a0tys.\u00a0zł'],
    ['en', 69_428, 'PLN\u00a0694.3'],
  ])('%s rounds %i grosz for a tick as %s', (language, minor, text) => {
    expect(formatMoneyCompact(minor, 'PLN', language).replace(/\s/g, '\u00a0')).toBe(text);
  });
});
