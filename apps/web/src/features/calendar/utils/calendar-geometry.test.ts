import { describe, expect, it } from 'vitest';
import {
  axisOf,
  clampToAxis,
  instantAt,
  isoInZone,
  localDate,
  minuteOfDay,
  place,
  rangeOf,
  shiftDate,
  slotsOf,
  snap,
} from './calendar-geometry';

const WARSAW = 'Europe/Warsaw';

describe('calendar geometry in the workshop zone', () => {
  it.each([
    ['a summer morning', '2026-06-10T08:30:00+02:00', '2026-06-10', 510],
    ['a winter morning', '2026-12-10T08:30:00+01:00', '2026-12-10', 510],
    ['the same instant written in UTC', '2026-12-10T07:30:00Z', '2026-12-10', 510],
    ['just after local midnight, still the day before in UTC', '2026-12-09T23:30:00Z', '2026-12-10', 30],
  ])('reads %s as local date and wall-clock minute', (_name, iso, date, minute) => {
    expect(localDate(new Date(iso), WARSAW)).toBe(date);
    expect(minuteOfDay(new Date(iso), WARSAW)).toBe(minute);
  });

  it('turns a wall-clock minute of a local date into the instant, with the offset of that day', () => {
    expect(isoInZone(instantAt('2026-06-10', 600, WARSAW), WARSAW)).toBe('2026-06-10T10:00:00+02:00');
    expect(isoInZone(instantAt('2026-12-10', 600, WARSAW), WARSAW)).toBe('2026-12-10T10:00:00+01:00');
    expect(instantAt('2026-12-10', 600, 'America/New_York').toISOString()).toBe('2026-12-10T15:00:00.000Z');
  });

  it('on the spring-forward day (29 March 2026) 03:00 is one real hour after 01:00', () => {
    const one = instantAt('2026-03-29', 60, WARSAW);
    const three = instantAt('2026-03-29', 180, WARSAW);
    expect(three.getTime() - one.getTime()).toBe(60 * 60_000);
    expect(isoInZone(three, WARSAW)).toBe('2026-03-29T03:00:00+02:00');
  });

  it('on the fall-back day (25 October 2026) both 02:30s sit at the same wall-clock minute', () => {
    expect(minuteOfDay(new Date('2026-10-25T02:30:00+02:00'), WARSAW)).toBe(150);
    expect(minuteOfDay(new Date('2026-10-25T02:30:00+01:00'), WARSAW)).toBe(150);
  });

  it('places a block across the skipped hour by its wall-clock times', () => {
    const axis = { start: 0, end: 6 * 60 };
    const block = { start: '2026-03-29T01:30:00+01:00', end: '2026-03-29T03:30:00+02:00' };
    expect(place(block, '2026-03-29', axis, WARSAW, 1)).toEqual({ top: 90, height: 120 });
  });

  it('spans the axis from the earliest opening to the latest closing of the range, and every block', () => {
    const days = [
      { date: '2026-03-30', open: [{ start: '2026-03-30T08:00:00+02:00', end: '2026-03-30T16:00:00+02:00' }] },
      { date: '2026-03-31', open: [{ start: '2026-03-31T09:00:00+02:00', end: '2026-03-31T18:00:00+02:00' }] },
      { date: '2026-04-01', open: [] },
    ];
    expect(axisOf(days, [], WARSAW, 30)).toEqual({ start: 480, end: 1080 });
    const late = { start: '2026-04-01T18:00:00+02:00', end: '2026-04-01T19:15:00+02:00' };
    expect(axisOf(days, [late], WARSAW, 30)).toEqual({ start: 480, end: 1170 });
    expect(axisOf([{ date: '2026-04-01', open: [] }], [], WARSAW, 30)).toEqual({ start: 480, end: 1020 });
    const evening = { start: '2026-04-05T18:00:00+02:00', end: '2026-04-05T19:00:00+02:00' };
    expect(axisOf([{ date: '2026-04-05', open: [] }], [evening], WARSAW, 30)).toEqual({ start: 480, end: 1140 });
  });

  it('places blocks on the axis, cut at its edges', () => {
    const axis = { start: 480, end: 1020 };
    const block = { start: '2026-03-30T09:00:00+02:00', end: '2026-03-30T10:30:00+02:00' };
    expect(place(block, '2026-03-30', axis, WARSAW, 2)).toEqual({ top: 120, height: 180 });
    const early = { start: '2026-03-30T07:00:00+02:00', end: '2026-03-30T09:00:00+02:00' };
    expect(place(early, '2026-03-30', axis, WARSAW, 1)).toEqual({ top: 0, height: 60 });
  });

  it('shows a day or its ISO week, and steps by a day or a week', () => {
    expect(rangeOf('day', '2026-04-01')).toEqual(['2026-04-01']);
    expect(rangeOf('week', '2026-04-01')).toEqual([
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-04',
      '2026-04-05',
    ]);
    expect(rangeOf('week', '2026-03-29')[0]).toBe('2026-03-23');
    expect(shiftDate('day', '2026-03-31', 1)).toBe('2026-04-01');
    expect(shiftDate('week', '2026-03-25', 1)).toBe('2026-04-01');
    expect(shiftDate('week', '2026-10-28', -1)).toBe('2026-10-21');
  });

  it('snaps to the slot grid and keeps a block on the axis', () => {
    expect(snap(44, 30)).toBe(30);
    expect(snap(46, 30)).toBe(60);
    expect(snap(-16, 15)).toBe(-15);
    expect(slotsOf({ start: 480, end: 600 }, 30)).toEqual([480, 510, 540, 570]);
    expect(clampToAxis(420, 60, { start: 480, end: 1020 })).toBe(480);
    expect(clampToAxis(1000, 60, { start: 480, end: 1020 })).toBe(960);
  });
});
