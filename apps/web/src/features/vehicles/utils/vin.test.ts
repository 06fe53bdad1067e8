import { describe, expect, it } from 'vitest';
import { expectedCheckDigit, isAcceptableVin, normalizeVin, vinFeedback } from './vin';

// The same VINs as libs/crypto/src/validation/vin.spec.ts, whose check digits are worked by hand
// there: the field must accept and refuse exactly what the API does.
describe('normalizeVin', () => {
  it('trims, upper-cases ASCII letters and drops spaces, hyphens and dots', () => {
    expect(normalizeVin(' wvw-zzz 1jz xw000001 ')).toBe('WVWZZZ1JZXW000001');
    expect(normalizeVin('WVW.ZZZ.1JZ.XW000001')).toBe('WVWZZZ1JZXW000001');
    expect(normalizeVin('wvwzzz1jzxw0000ß')).toBe('WVWZZZ1JZXW0000ß');
  });
});

describe('expectedCheckDigit', () => {
  it.each([
    ['1M8GDM9AXKP042788', 'X'],
    ['1HGCM82633A004352', '3'],
    ['11111111111111111', '1'],
    ['WVWZZZ1JZXW000001', '0'],
  ])('%s has check digit %s', (vin, digit) => {
    expect(expectedCheckDigit(vin)).toBe(digit);
  });
});

describe('vinFeedback', () => {
  it('says nothing for an empty field', () => {
    expect(vinFeedback('  ')).toEqual({ kind: 'empty' });
  });

  it('counts the characters while the VIN is still short or too long', () => {
    expect(vinFeedback('wvw zzz')).toEqual({ kind: 'short', normalized: 'WVWZZZ', length: 6 });
    expect(vinFeedback('WVWZZZ1JZXW0000011')).toMatchObject({ kind: 'long', length: 18 });
  });

  it('names the characters a VIN never has as soon as they are typed', () => {
    expect(vinFeedback('WVWZZZIJZ')).toEqual({ kind: 'characters', normalized: 'WVWZZZIJZ', invalid: ['I'] });
    expect(vinFeedback('wvwzzz1jzxw0000oq')).toMatchObject({ kind: 'characters', invalid: ['O', 'Q'] });
    expect(vinFeedback('WVWZZZ1JZXW00000*Ä*')).toMatchObject({ kind: 'characters', invalid: ['*', 'Ä'] });
  });

  it('accepts a North American VIN whose check digit matches', () => {
    expect(vinFeedback('1M8GDM9AXKP042788')).toEqual({
      kind: 'valid',
      normalized: '1M8GDM9AXKP042788',
      checkDigit: 'valid',
    });
    expect(vinFeedback('1hgcm8-2633a-004352')).toMatchObject({ kind: 'valid', checkDigit: 'valid' });
  });

  it('refuses a North American VIN whose check digit does not match, naming the expected one', () => {
    expect(vinFeedback('1M8GDM9A1KP042788')).toEqual({
      kind: 'check_digit',
      normalized: '1M8GDM9A1KP042788',
      expected: 'X',
    });
    expect(vinFeedback('21111111111111111')).toMatchObject({ kind: 'check_digit', expected: '9' });
  });

  it('accepts a mismatching check digit outside North America as not applicable', () => {
    expect(vinFeedback('WVWZZZ1JZXW000001')).toMatchObject({ kind: 'valid', checkDigit: 'not_applicable' });
    expect(vinFeedback('JHGCM82693A004352')).toMatchObject({ kind: 'valid', checkDigit: 'not_applicable' });
    expect(vinFeedback('WVWZZZ1J0XW000001')).toMatchObject({ kind: 'valid', checkDigit: 'valid' });
  });
});

describe('isAcceptableVin', () => {
  it('is what the API accepts: empty (no VIN) or valid', () => {
    expect(isAcceptableVin('')).toBe(true);
    expect(isAcceptableVin('WVWZZZ1JZXW000001')).toBe(true);
    expect(isAcceptableVin('1M8GDM9AXKP042788')).toBe(true);
    expect(isAcceptableVin('1M8GDM9A1KP042788')).toBe(false);
    expect(isAcceptableVin('WVWZZZ1JZXW00000')).toBe(false);
    expect(isAcceptableVin('WVWZZZ1JZXW00000O')).toBe(false);
  });
});
