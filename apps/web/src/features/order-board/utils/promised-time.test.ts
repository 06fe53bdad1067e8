import { describe, expect, it } from 'vitest';
import { promisedInstant } from './promised-time';

describe('promised time', () => {
  it("reads the typed time in the workshop's zone, whatever the browser's", () => {
    expect(promisedInstant('2026-12-07T16:00', 'Europe/Warsaw')).toBe('2026-12-07T15:00:00.000Z');
    expect(promisedInstant('2026-07-07T16:00', 'Europe/Copenhagen')).toBe('2026-07-07T14:00:00.000Z');
  });

  it('answers nothing for an empty or broken value', () => {
    expect(promisedInstant('', 'Europe/Warsaw')).toBeUndefined();
    expect(promisedInstant('tomorrow', 'Europe/Warsaw')).toBeUndefined();
  });
});
