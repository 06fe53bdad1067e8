import { describe, expect, it } from 'vitest';
import { addDays, addMonths, isIsoDate, monthGrid, todayIn } from './calendar-dates';

describe('calendar dates of the workshop', () => {
  it("takes today in the workshop's zone, not the browser's", () => {
    const lateEvening = new Date('2026-03-30T22:30:00Z');
    expect(todayIn('Europe/Warsaw', lateEvening)).toBe('2026-03-31');
    expect(todayIn('America/New_York', lateEvening)).toBe('2026-03-30');
  });

  it('adds days across a DST change and a year end without drifting', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
  });

  it('lays a month out in Monday-first weeks', () => {
    const march = monthGrid('2026-03'); // 1 March 2026 is a Sunday
    expect(march[0]).toEqual([null, null, null, null, null, null, '2026-03-01']);
    expect(march.flat().filter(Boolean)).toHaveLength(31);
    expect(march.every((week) => week.length === 7)).toBe(true);
  });

  it('accepts only real dates from the address', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});
