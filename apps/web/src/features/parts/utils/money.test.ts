import { describe, expect, it } from 'vitest';
import {
  decimalSeparatorOf,
  formatMinor,
  minorToInput,
  parseMoneyToMinor,
  parseQuantity,
  parseReorderPoint,
  parseVatRateBp,
  vatRateToInput,
} from './money';

describe('money typed as a decimal becomes integer minor units', () => {
  it.each([
    ['12', 1200],
    ['12,5', 1250],
    ['12.50', 1250],
    ['0,05', 5],
    [' 1 234,56 ', 123456],
    ['1\u00a0234,56', 123456],
    ['1.234,56', 123456],
    ['1,234.56', 123456],
    ['0', 0],
    ['10000000', 1_000_000_000],
  ])('%j → %i', (text, minor) => {
    expect(parseMoneyToMinor(text)).toBe(minor);
  });

  it.each([
    '',
    ' ',
    '-1',
    '12,345',
    '1.500',
    '1,500',
    '1,234,56',
    '12.3.4',
    'abc',
    '12 zł',
    '1e3',
    '10000000,01',
    '0x10',
  ])('%j is refused', (text) => {
    expect(parseMoneyToMinor(text)).toBeUndefined();
  });

  it('a field starts from minor units in the language’s separator, and reads back the same', () => {
    expect(minorToInput(1250, ',')).toBe('12,50');
    expect(minorToInput(5, '.')).toBe('0.05');
    expect(parseMoneyToMinor(minorToInput(123456, ','))).toBe(123456);
    expect(decimalSeparatorOf('pl-PL')).toBe(',');
    expect(decimalSeparatorOf('en-GB')).toBe('.');
  });

  it('formats minor units in the workshop’s currency per language', () => {
    expect(formatMinor(12345678, 'PLN', 'pl-PL').replace(/\s/g, ' ')).toBe('123 456,78 zł');
    expect(formatMinor(3900, 'DKK', 'da-DK').replace(/\s/g, ' ')).toBe('39,00 kr.');
    expect(formatMinor(3900, 'EUR', 'en-GB')).toBe('€39.00');
  });
});

describe('quantities are whole units', () => {
  it('a receipt takes a positive whole number', () => {
    expect(parseQuantity('12', { signed: false })).toBe(12);
    expect(parseQuantity('+3', { signed: false })).toBe(3);
    expect(parseQuantity('-3', { signed: false })).toBeUndefined();
    expect(parseQuantity('0', { signed: false })).toBeUndefined();
    expect(parseQuantity('1,5', { signed: false })).toBeUndefined();
    expect(parseQuantity('', { signed: false })).toBeUndefined();
    expect(parseQuantity('1000001', { signed: false })).toBeUndefined();
  });

  it('an adjustment is signed and never zero', () => {
    expect(parseQuantity('-3', { signed: true })).toBe(-3);
    expect(parseQuantity('\u22123', { signed: true })).toBe(-3);
    expect(parseQuantity('+2', { signed: true })).toBe(2);
    expect(parseQuantity('-0', { signed: true })).toBeUndefined();
    expect(parseQuantity('--1', { signed: true })).toBeUndefined();
  });

  it('a reorder point is zero or more; empty means zero', () => {
    expect(parseReorderPoint('')).toBe(0);
    expect(parseReorderPoint('5')).toBe(5);
    expect(parseReorderPoint('-1')).toBeUndefined();
    expect(parseReorderPoint('2.5')).toBeUndefined();
  });

  it('a VAT rate in percent becomes basis points and back', () => {
    expect(parseVatRateBp('23')).toBe(2300);
    expect(parseVatRateBp('8,5')).toBe(850);
    expect(parseVatRateBp('25 %')).toBe(2500);
    expect(parseVatRateBp('101')).toBeUndefined();
    expect(parseVatRateBp('')).toBeUndefined();
    expect(vatRateToInput(2300, ',')).toBe('23');
    expect(vatRateToInput(850, ',')).toBe('8,5');
    expect(vatRateToInput(1234, '.')).toBe('12.34');
  });
});
