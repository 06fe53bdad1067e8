import { describe, expect, it } from 'vitest';
import { formatMoney, formatVatRate } from './money';

// Intl separates thousands and the currency with (narrow) no-break spaces: compare with plain ones.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/**
 * A fixture with two VAT rates, as an invoice of the API shows it (STANDARD_LINES of the API's
 * invoice tests): labour and parts at 23 %, a disposal fee at 8 %.
 */
const FIXTURE = {
  vat: [
    { vatRateBp: 2300, netMinor: 54_690, vatMinor: 12_579 },
    { vatRateBp: 800, netMinor: 1_999, vatMinor: 160 },
  ],
  netMinor: 56_689,
  vatMinor: 12_739,
  grossMinor: 69_428,
};

describe('formatMoney: integer minor units as the language writes money', () => {
  it.each([
    ['pl', 'PLN', FIXTURE.grossMinor, '694,28 zł'],
    ['en', 'PLN', FIXTURE.grossMinor, 'PLN 694.28'],
    ['da', 'DKK', FIXTURE.grossMinor, '694,28 kr.'],
    ['pl', 'PLN', 123_456_789, '1 234 567,89 zł'],
    ['en', 'DKK', 123_456_789, 'DKK 1,234,567.89'],
    ['da', 'DKK', 123_456_789, '1.234.567,89 kr.'],
    ['pl', 'PLN', 5, '0,05 zł'],
    ['pl', 'PLN', -69_428, '-694,28 zł'],
    ['en', 'JPY', 1234, 'JP¥1,234'],
  ])('%s %s %i -> %s', (language, currency, minor, expected) => {
    expect(plain(formatMoney(minor, currency, language))).toBe(expected);
  });

  it('never loses a minor unit to floating point on amounts past 2^53 / 100', () => {
    expect(plain(formatMoney(9_007_199_254_740_991, 'PLN', 'pl'))).toBe('90 071 992 547 409,91 zł');
  });

  it('refuses a fraction of a minor unit instead of rounding it away', () => {
    expect(() => formatMoney(1.5, 'PLN', 'pl')).toThrow(RangeError);
  });

  it.each([
    ['pl', ['23%', '8%'], ['546,90 zł', '19,99 zł'], ['125,79 zł', '1,60 zł'], '694,28 zł'],
    ['da', ['23 %', '8 %'], ['546,90 kr.', '19,99 kr.'], ['125,79 kr.', '1,60 kr.'], '694,28 kr.'],
    ['en', ['23%', '8%'], ['PLN 546.90', 'PLN 19.99'], ['PLN 125.79', 'PLN 1.60'], 'PLN 694.28'],
  ])('the VAT summary of a two-rate invoice in %s', (language, rates, nets, vats, gross) => {
    const currency = language === 'da' ? 'DKK' : 'PLN';
    const rows = FIXTURE.vat.map((row) => [
      plain(formatVatRate(row.vatRateBp, language)),
      plain(formatMoney(row.netMinor, currency, language)),
      plain(formatMoney(row.vatMinor, currency, language)),
    ]);
    expect(rows).toEqual(rates.map((rate, i) => [rate, nets[i], vats[i]]));
    expect(plain(formatMoney(FIXTURE.grossMinor, currency, language))).toBe(gross);
    // The summary adds up to the total, in minor units.
    const sum = FIXTURE.vat.reduce((total, row) => total + row.netMinor + row.vatMinor, 0);
    expect(sum).toBe(FIXTURE.grossMinor);
  });

  it('writes a fractional VAT rate in the language', () => {
    expect(formatVatRate(550, 'pl')).toBe('5,5%');
    expect(formatVatRate(550, 'en')).toBe('5.5%');
  });
});
