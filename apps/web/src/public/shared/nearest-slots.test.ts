import { describe, expect, it } from 'vitest';
import { nearestSlots, offeredSlots } from './nearest-slots';

const at = (time: string) => ({ start: `2026-03-30T${time}:00+02:00`, end: `2026-03-30T${time}:59+02:00` });

describe('nearestSlots', () => {
  const free = ['08:00', '08:30', '09:00', '11:00', '11:30', '14:00', '16:00'].map(at);

  it('offers the closest starts either side of the taken one, in time order', () => {
    expect(nearestSlots(free, at('10:00').start, 4).map((slot) => slot.start.slice(11, 16))).toEqual([
      '08:30',
      '09:00',
      '11:00',
      '11:30',
    ]);
  });

  it('never offers the taken start itself', () => {
    expect(nearestSlots(free, at('11:00').start).map((slot) => slot.start)).not.toContain(at('11:00').start);
  });

  it('breaks a tie in distance by the earlier start', () => {
    expect(nearestSlots([at('09:00'), at('11:00')], at('10:00').start, 1).map((slot) => slot.start)).toEqual([
      at('09:00').start,
    ]);
  });

  it('compares instants, not strings: the same time in another offset is the same start', () => {
    const sameInUtc = '2026-03-30T09:00:00Z'; // 11:00 in Warsaw
    expect(nearestSlots(free, sameInUtc, 2).map((slot) => slot.start.slice(11, 16))).toEqual(['09:00', '11:30']);
  });

  it('answers nothing when nothing is free', () => {
    expect(nearestSlots([], at('10:00').start)).toEqual([]);
  });
});

describe('offeredSlots', () => {
  it("prefers the problem's nearestSlots, then its alternatives", () => {
    expect(offeredSlots({ nearestSlots: [at('09:00')], alternatives: [at('11:00')] })).toEqual([at('09:00')]);
    expect(offeredSlots({ nearestSlots: [], alternatives: [at('11:00')] })).toEqual([at('11:00')]);
  });

  it('ignores a problem without well-formed slots', () => {
    expect(offeredSlots(undefined)).toBeUndefined();
    expect(offeredSlots({ nearestSlots: [{ start: 1 }] })).toBeUndefined();
  });
});
