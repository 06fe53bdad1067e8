import { describe, expect, it } from 'vitest';
import {
  defaultGranularity,
  presetDates,
  rangeProblem,
  reportSearchSchema,
  resolveRange,
  searchForPreset,
  todayIn,
} from './report-range';

describe('todayIn: the workshop day, not the browser day', () => {
  it.each([
    ['Warsaw is already on 1 January at 23:30 UTC', 'Europe/Warsaw', '2026-01-01'],
    ['New York is still on 31 December', 'America/New_York', '2025-12-31'],
    ['UTC itself', 'UTC', '2025-12-31'],
  ])('%s', (_rule, zone, day) => {
    expect(todayIn(zone, new Date('2025-12-31T23:30:00Z'))).toBe(day);
  });
});

describe('presets resolve against the workshop today and never run past it', () => {
  it.each([
    ['this week starts on Monday (today a Sunday)', 'this-week', '2026-03-01', '2026-02-23', '2026-03-01'],
    ['this week on a Monday is that Monday alone', 'this-week', '2026-03-02', '2026-03-02', '2026-03-02'],
    ['this month from the first', 'this-month', '2026-12-06', '2026-12-01', '2026-12-06'],
    ['last month is whole, February of a common year', 'last-month', '2026-03-15', '2026-02-01', '2026-02-28'],
    ['last month in January is December of last year', 'last-month', '2027-01-10', '2026-12-01', '2026-12-31'],
    ['last month of a leap March ends on 29 February', 'last-month', '2028-03-01', '2028-02-01', '2028-02-29'],
    ['this year from 1 January', 'this-year', '2026-12-06', '2026-01-01', '2026-12-06'],
  ] as const)('%s', (_rule, preset, today, from, to) => {
    expect(presetDates(preset, today)).toEqual({ from, to });
  });
});

describe('granularity when the URL does not name one', () => {
  it.each([
    ['a month is read by day', '2026-03-01', '2026-03-31', 'day'],
    ['a quarter by week', '2026-01-01', '2026-03-31', 'week'],
    ['a year by month', '2026-01-01', '2026-12-31', 'month'],
  ] as const)('%s', (_rule, from, to, granularity) => {
    expect(defaultGranularity(from, to)).toBe(granularity);
  });
});

describe('the URL search', () => {
  it('keeps a preset and a granularity, and drops what is not one', () => {
    expect(reportSearchSchema.parse({ range: 'this-year', granularity: 'week', junk: 1 })).toEqual({
      range: 'this-year',
      granularity: 'week',
    });
    expect(reportSearchSchema.parse({ range: 'forever', granularity: 'hour', from: '1 March' })).toEqual({});
  });

  it('with nothing in it is this month by day', () => {
    expect(resolveRange({}, '2026-12-06')).toEqual({
      preset: 'this-month',
      from: '2026-12-01',
      to: '2026-12-06',
      granularity: 'day',
    });
  });

  it('a custom range uses its dates and the granularity the URL names', () => {
    expect(
      resolveRange({ range: 'custom', from: '2026-01-01', to: '2026-06-30', granularity: 'month' }, '2026-12-06'),
    ).toEqual({ preset: 'custom', from: '2026-01-01', to: '2026-06-30', granularity: 'month' });
  });

  it.each([
    ['no dates', undefined, undefined, 'missing'],
    ['a date that does not exist', '2026-02-30', '2026-03-31', 'missing'],
    ['to before from', '2026-03-31', '2026-03-01', 'order'],
    ['more than 366 days', '2026-01-01', '2027-01-02', 'too-long'],
  ] as const)('a custom range with %s is a problem, not a request', (_rule, from, to, problem) => {
    expect(rangeProblem(from, to)).toBe(problem);
    expect(resolveRange({ range: 'custom', from, to }, '2026-12-06')).toEqual({ problem });
  });

  it('a leap year is the longest custom range', () => {
    expect(rangeProblem('2028-01-01', '2028-12-31')).toBeUndefined();
  });

  it('switching to custom keeps the dates on screen; back to a preset drops them', () => {
    const shown = { from: '2026-12-01', to: '2026-12-06' };
    expect(searchForPreset('custom', shown, { granularity: 'week' })).toEqual({
      range: 'custom',
      from: '2026-12-01',
      to: '2026-12-06',
      granularity: 'week',
    });
    expect(searchForPreset('this-year', shown, { range: 'custom', from: 'x', to: 'y' })).toEqual({
      range: 'this-year',
      granularity: undefined,
    });
    expect(searchForPreset('this-month', shown, {})).toEqual({ range: undefined, granularity: undefined });
  });
});
