import { describe, expect, it } from 'vitest';
import { isCompleteCode, normaliseOneTimeCode, normaliseRecoveryCode } from './one-time-code';

describe('normaliseOneTimeCode', () => {
  it.each([
    ['123456', '123456'],
    ['123 456', '123456'],
    ['123-456', '123456'],
    [' 123456\n', '123456'],
    ['12 34 56', '123456'],
    ['Your code: 042917', '042917'],
    ['1234567', '123456'],
    ['12a', '12'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normaliseOneTimeCode(input)).toBe(expected);
  });

  it('keeps leading zeros', () => {
    expect(normaliseOneTimeCode('000 001')).toBe('000001');
  });
});

describe('isCompleteCode', () => {
  it('is true for exactly six digits', () => {
    expect(isCompleteCode('123456')).toBe(true);
    expect(isCompleteCode('12345')).toBe(false);
    expect(isCompleteCode('12345a')).toBe(false);
  });
});

describe('normaliseRecoveryCode', () => {
  it('lower-cases and drops spaces, keeping the dash', () => {
    expect(normaliseRecoveryCode(' K7PM-3XQ9 ')).toBe('k7pm-3xq9');
    expect(normaliseRecoveryCode('k7pm 3xq9')).toBe('k7pm3xq9');
  });
});
