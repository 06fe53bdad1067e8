import { describe, expect, it } from 'vitest';
import { decimalMarkOf, fractionDigitsOf, minorToInput, parseMoney, parseVatPercent, vatToInput } from './money';

describe('parseMoney', () => {
  it.each([
    ['80', 8000],
    ['249,99', 24999],
    ['249.99', 24999],
    ['249.9', 24990],
    ['0,05', 5],
    ['1 250,50', 125050],
    ['1\u00a0250.00', 125000],
    [' 12 ', 1200],
    ['0', 0],
  ])('reads %p as %p minor units', (text, minor) => {
    expect(parseMoney(text)).toBe(minor);
  });

  it.each([[''], ['abc'], ['12,345'], ['1.250,50'], ['-5'], ['12,'], [',5'], ['1e3'], ['12.5.0']])(
    'refuses %p',
    (text) => {
      expect(parseMoney(text)).toBeNull();
    },
  );

  it('keeps whole units for a currency without decimals', () => {
    expect(parseMoney('1500', 0)).toBe(1500);
    expect(parseMoney('1500,5', 0)).toBeNull();
  });

  it('does not lose a cent to floating point', () => {
    expect(parseMoney('0.29')).toBe(29);
    expect(parseMoney('1.15')).toBe(115);
    expect(parseMoney('4.35')).toBe(435);
  });
});

describe('minorToInput', () => {
  it.each([
    [24999, '.', '249.99'],
    [24999, ',', '249,99'],
    [5, ',', '0,05'],
    [8000, '.', '80.00'],
    [0, '.', '0.00'],
  ])('shows %p with %p as %p', (minor, mark, text) => {
    expect(minorToInput(minor, 2, mark)).toBe(text);
  });

  it('round-trips through parseMoney', () => {
    for (const minor of [0, 1, 99, 100, 12345, 9_999_999]) {
      expect(parseMoney(minorToInput(minor, 2, ','))).toBe(minor);
    }
  });

  it('shows whole units for a currency without decimals', () => {
    expect(minorToInput(1500, 0)).toBe('1500');
  });
});

describe('currency and language', () => {
  it('knows the decimals of PLN, DKK and JPY', () => {
    expect([fractionDigitsOf('PLN'), fractionDigitsOf('DKK'), fractionDigitsOf('JPY')]).toEqual([2, 2, 0]);
  });

  it('knows the decimal mark of each app language', () => {
    expect([decimalMarkOf('en-GB'), decimalMarkOf('pl-PL'), decimalMarkOf('da-DK')]).toEqual(['.', ',', ',']);
  });
});

describe('VAT percent', () => {
  it.each([
    ['23', 2300],
    ['5,5', 550],
    ['0', 0],
    ['100', 10000],
  ])('reads %p %% as %p basis points', (text, bp) => {
    expect(parseVatPercent(text)).toBe(bp);
  });

  it.each([['101'], ['-1'], ['23 %'], ['']])('refuses %p', (text) => {
    expect(parseVatPercent(text)).toBeNull();
  });

  it('shows whole percentages without decimals', () => {
    expect([vatToInput(2300), vatToInput(550, ',')]).toEqual(['23', '5,50']);
  });
});
