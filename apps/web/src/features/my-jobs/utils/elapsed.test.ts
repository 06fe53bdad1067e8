import { describe, expect, it } from 'vitest';
import { elapsedParts, elapsedSeconds, formatElapsed, liveLineSeconds } from './elapsed';

const START = '2026-12-06T08:00:00.000Z';
const at = (iso: string) => Date.parse(iso);

describe('elapsedSeconds', () => {
  it.each([
    ['counts whole seconds since the start', '2026-12-06T08:01:05.900Z', 65],
    ['is zero at the start', START, 0],
    ['is zero, not negative, when the phone runs behind the database', '2026-12-06T07:59:57.000Z', 0],
    ['counts past a day', '2026-12-07T09:00:00.000Z', 25 * 3600],
  ])('%s', (_rule, now, expected) => {
    expect(elapsedSeconds(START, at(now))).toBe(expected);
  });

  it('is zero for a start that is not a time', () => {
    expect(elapsedSeconds('not a date', at(START))).toBe(0);
  });
});

describe('liveLineSeconds', () => {
  const readAt = at('2026-12-06T10:00:00.000Z');

  it.each([
    ['is the figure read when nothing runs, however long ago', 1.5, 0, '2026-12-06T11:00:00.000Z', 5400],
    ['adds the time since the read for a running clock', 0.25, 1, '2026-12-06T10:00:42.000Z', 900 + 42],
    ['adds it once per running clock (two mechanics on one line)', 1, 2, '2026-12-06T10:01:00.000Z', 3600 + 120],
    ['does not count back when the phone clock jumps behind the read', 1, 1, '2026-12-06T09:59:00.000Z', 3600],
    ['rounds hundredths of an hour to whole seconds', 0.01, 0, '2026-12-06T10:00:00.000Z', 36],
  ])('%s', (_rule, clockedHours, running, now, expected) => {
    expect(liveLineSeconds(clockedHours, running, readAt, at(now))).toBe(expected);
  });
});

describe('formatElapsed', () => {
  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [65, '1:05'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [3723, '1:02:03'],
    [36_000 + 61, '10:01:01'],
    [12.9, '0:12'],
    [-4, '0:00'],
  ])('%d s reads %s', (seconds, expected) => {
    expect(formatElapsed(seconds)).toBe(expected);
  });
});

describe('elapsedParts', () => {
  it.each([
    [59, { hours: 0, minutes: 0 }],
    [3723, { hours: 1, minutes: 2 }],
    [-1, { hours: 0, minutes: 0 }],
  ])('%d s is %o', (seconds, expected) => {
    expect(elapsedParts(seconds)).toEqual(expected);
  });
});
