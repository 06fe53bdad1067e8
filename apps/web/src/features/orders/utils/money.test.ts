import { describe, expect, it } from 'vitest';
import { formatMoney, formatVatRate, minorToDecimal } from './money';

/** Intl separates groups and currency with no-break spaces; the tests read them as spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('minorToDecimal', () => {
  it.each([
    [0, 2, '0.00'],
    [5, 2, '0.05'],
    [-99, 2, '-0.99'],
    [33_603, 2, '336.03'],
    [Number.MAX_SAFE_INTEGER, 2, '90071992547409.91'],
    [2300, 4, '0.2300'],
    [1234, 0, '1234'],
  ])('%p minor units with %p digits is %p, exactly', (minor, digits, decimal) => {
    expect(minorToDecimal(minor, digits)).toBe(decimal);
  });

  it('refuses a fraction of a minor unit rather than rounding it', () => {
    expect(() => minorToDecimal(10.5, 2)).toThrow(RangeError);
  });
});

describe('formatMoney shows the API integer minor units in the person’s language', () => {
  it.each([
    ['pl', 'PLN', 33_603, '336,03 zł'],
    ['pl', 'PLN', 12_345_605, '123 456,05 zł'],
    ['da', 'DKK', 12_345_605, '123.456,05 kr.'],
    ['en', 'EUR', 12_345_605, '€123,456.05'],
    ['en', 'PLN', -99, '-PLN 0.99'],
  ])('%s %s %p -> %p', (language, currency, minor, expected) => {
    expect(plain(formatMoney(minor, currency, language))).toBe(expected);
  });

  it('keeps every digit of amounts a float would round (beyond 2^53 / 100)', () => {
    expect(plain(formatMoney(Number.MAX_SAFE_INTEGER, 'PLN', 'pl'))).toBe('90 071 992 547 409,91 zł');
  });
});

describe('formatVatRate', () => {
  it.each([
    ['pl', 2300, '23%'],
    ['pl', 850, '8,5%'],
    ['da', 2500, '25 %'],
    ['en', 800, '8%'],
  ])('%s %p basis points -> %p', (language, basisPoints, expected) => {
    expect(plain(formatVatRate(basisPoints, language))).toBe(expected);
  });
});
