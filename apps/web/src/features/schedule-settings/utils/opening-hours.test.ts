import { describe, expect, it } from 'vitest';
import {
  addRange,
  changeRange,
  copyMondayToWeekdays,
  fromApi,
  MAX_RANGES,
  rangeProblems,
  removeRange,
  setOpen,
  toApi,
  toFieldTime,
  type OpeningHours,
} from './opening-hours';

const week = (): OpeningHours =>
  fromApi({
    mon: [
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ],
    tue: [{ start: '09:00', end: '15:00' }],
    sat: [],
  });

describe('opening hours editor', () => {
  it('fills in the days the API left out as closed', () => {
    const hours = week();
    expect(hours.sun).toEqual([]);
    expect(hours.wed).toEqual([]);
  });

  it('adds a second range after the last one, an hour after it ends', () => {
    const hours = addRange(week(), 'tue');
    expect(hours.tue).toEqual([
      { start: '09:00', end: '15:00' },
      { start: '16:00', end: '20:00' },
    ]);
  });

  it('adds 08:00–17:00 to a closed day', () => {
    expect(addRange(week(), 'sat').sat).toEqual([{ start: '08:00', end: '17:00' }]);
  });

  it('never adds past midnight, nor a seventh range', () => {
    const late = changeRange(week(), 'tue', 0, { start: '18:00', end: '22:00' });
    expect(addRange(late, 'tue').tue[1]).toEqual({ start: '23:00', end: '24:00' });
    const untilMidnight = changeRange(week(), 'tue', 0, { end: '24:00' });
    expect(addRange(untilMidnight, 'tue')).toBe(untilMidnight);
    let full = week();
    for (let i = 0; i < 10; i += 1) full = addRange(full, 'wed');
    expect(full.wed.length).toBeLessThanOrEqual(MAX_RANGES);
  });

  it('removes one range and leaves the others', () => {
    expect(removeRange(week(), 'mon', 0).mon).toEqual([{ start: '13:00', end: '17:00' }]);
  });

  it('closing a day empties it; opening it again gives a working day', () => {
    const closed = setOpen(week(), 'mon', false);
    expect(closed.mon).toEqual([]);
    expect(setOpen(closed, 'mon', true).mon).toEqual([{ start: '08:00', end: '17:00' }]);
    const open = week();
    expect(setOpen(open, 'mon', true)).toBe(open);
  });

  it('copies Monday to Tuesday–Friday, leaving the weekend and Monday alone', () => {
    const source = week();
    const copied = copyMondayToWeekdays(source);
    for (const day of ['tue', 'wed', 'thu', 'fri'] as const) expect(copied[day]).toEqual(source.mon);
    expect(copied.sat).toEqual([]);
    // Copies, not shared objects: editing Tuesday leaves Monday as it was.
    const edited = changeRange(copied, 'tue', 0, { start: '07:00' });
    expect(edited.mon[0]?.start).toBe('08:00');
  });

  it.each([
    ['an end before its start', [{ start: '12:00', end: '08:00' }], [[0, 'order']]],
    ['an end equal to its start', [{ start: '12:00', end: '12:00' }], [[0, 'order']]],
    [
      'two ranges that overlap',
      [
        { start: '08:00', end: '12:00' },
        { start: '11:00', end: '15:00' },
      ],
      [[1, 'overlap']],
    ],
    [
      'an overlap typed out of order',
      [
        { start: '11:00', end: '15:00' },
        { start: '08:00', end: '12:00' },
      ],
      [[0, 'overlap']],
    ],
    ['a time left empty', [{ start: '', end: '12:00' }], [[0, 'missing']]],
    [
      'ranges that touch',
      [
        { start: '08:00', end: '12:00' },
        { start: '12:00', end: '16:00' },
      ],
      [],
    ],
    ['a range until midnight (00:00)', [{ start: '18:00', end: '00:00' }], []],
  ])('finds %s', (_name, ranges, problems) => {
    expect([...rangeProblems(ranges)]).toEqual(problems);
  });

  it('sends each day by start, with a 00:00 end as 24:00, and shows 24:00 as 00:00', () => {
    const hours = changeRange(
      fromApi({
        fri: [
          { start: '18:00', end: '00:00' },
          { start: '08:00', end: '12:00' },
        ],
      }),
      'fri',
      1,
      {},
    );
    expect(toApi(hours).fri).toEqual([
      { start: '08:00', end: '12:00' },
      { start: '18:00', end: '24:00' },
    ]);
    expect(toFieldTime('24:00')).toBe('00:00');
  });
});
