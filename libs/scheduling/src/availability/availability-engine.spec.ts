import { DateTime } from 'luxon';
import { availableSlots, checkSlot, Occupancy, OpeningHours, ScheduleRules } from './availability-engine';

const WEEKDAY_HOURS: OpeningHours = {
  mon: [
    { start: '08:00', end: '12:00' },
    { start: '13:00', end: '17:00' },
  ],
  tue: [{ start: '08:00', end: '17:00' }],
  wed: [{ start: '08:00', end: '17:00' }],
  thu: [{ start: '08:00', end: '17:00' }],
  fri: [{ start: '08:00', end: '17:00' }],
  sat: [{ start: '09:00', end: '13:00' }],
  sun: [],
};

function rules(overrides: Partial<ScheduleRules> = {}): ScheduleRules {
  return {
    timeZone: 'Europe/Warsaw',
    openingHours: WEEKDAY_HOURS,
    closedDates: [],
    slotMinutes: 60,
    bays: 2,
    bufferMinutes: 0,
    minNoticeMinutes: 0,
    horizonDays: 365,
    ...overrides,
  };
}

const at = (iso: string) => new Date(iso);
const local = (slot: { start: Date }, zone = 'Europe/Warsaw') =>
  DateTime.fromJSDate(slot.start, { zone }).toISO({ suppressMilliseconds: true });
const NOW = at('2026-03-01T00:00:00Z');

describe('availability engine', () => {
  it('offers every slot of the opening hours, several ranges a day, none past closing', () => {
    // Monday 2026-03-02: 08-12 and 13-17, 60-minute jobs: 4 + 4 slots.
    const slots = availableSlots(rules(), [], { from: '2026-03-02', to: '2026-03-02', durationMinutes: 60, now: NOW });
    expect(slots.map((slot) => local(slot))).toEqual([
      '2026-03-02T08:00:00+01:00',
      '2026-03-02T09:00:00+01:00',
      '2026-03-02T10:00:00+01:00',
      '2026-03-02T11:00:00+01:00',
      '2026-03-02T13:00:00+01:00',
      '2026-03-02T14:00:00+01:00',
      '2026-03-02T15:00:00+01:00',
      '2026-03-02T16:00:00+01:00',
    ]);
    expect(slots[0]?.freeBays).toEqual([1, 2]);
    // A 90-minute job does not start at 11:00 (it would run past noon).
    const long = availableSlots(rules(), [], { from: '2026-03-02', to: '2026-03-02', durationMinutes: 90, now: NOW });
    expect(long.map((slot) => local(slot))).not.toContain('2026-03-02T11:00:00+01:00');
    expect(long.map((slot) => local(slot))).toContain('2026-03-02T10:00:00+01:00');
  });

  describe('daylight saving in Europe/Warsaw', () => {
    const allDay = rules({
      openingHours: {
        ...WEEKDAY_HOURS,
        sun: [{ start: '00:00', end: '24:00' }],
        sat: [{ start: '08:00', end: '12:00' }],
      },
    });

    it('the last Sunday of March has 23 hours: no slot inside the missing hour, the offset changes at 02:00', () => {
      const slots = availableSlots(allDay, [], { from: '2026-03-29', to: '2026-03-29', durationMinutes: 60, now: NOW });
      const starts = slots.map((slot) => local(slot));
      expect(starts).toHaveLength(23);
      expect(starts.slice(0, 4)).toEqual([
        '2026-03-29T00:00:00+01:00',
        '2026-03-29T01:00:00+01:00',
        '2026-03-29T03:00:00+02:00',
        '2026-03-29T04:00:00+02:00',
      ]);
      expect(starts.some((start) => start?.startsWith('2026-03-29T02:'))).toBe(false);
      expect(new Set(slots.map((slot) => slot.start.getTime())).size).toBe(23);
    });

    it('the last Sunday of October has 25 hours: 02:00 comes twice, as two different instants', () => {
      const slots = availableSlots(allDay, [], { from: '2026-10-25', to: '2026-10-25', durationMinutes: 60, now: NOW });
      const starts = slots.map((slot) => local(slot));
      expect(starts).toHaveLength(25);
      expect(starts.slice(0, 5)).toEqual([
        '2026-10-25T00:00:00+02:00',
        '2026-10-25T01:00:00+02:00',
        '2026-10-25T02:00:00+02:00',
        '2026-10-25T02:00:00+01:00',
        '2026-10-25T03:00:00+01:00',
      ]);
      expect(new Set(slots.map((slot) => slot.start.getTime())).size).toBe(25);
    });

    it('ordinary opening hours keep their local times on both sides of each change', () => {
      const march = availableSlots(rules(), [], {
        from: '2026-03-27',
        to: '2026-03-30',
        durationMinutes: 60,
        now: NOW,
      });
      const firsts = (day: string) => march.filter((slot) => local(slot)?.startsWith(day)).map((slot) => local(slot));
      expect(firsts('2026-03-27')[0]).toBe('2026-03-27T08:00:00+01:00'); // Friday, winter time
      expect(firsts('2026-03-28')[0]).toBe('2026-03-28T09:00:00+01:00'); // Saturday
      expect(firsts('2026-03-29')).toEqual([]); // Sunday: closed
      expect(firsts('2026-03-30')[0]).toBe('2026-03-30T08:00:00+02:00'); // Monday, summer time
      expect(march.find((slot) => local(slot) === '2026-03-30T08:00:00+02:00')?.start.toISOString()).toBe(
        '2026-03-30T06:00:00.000Z',
      );
      const october = availableSlots(rules(), [], {
        from: '2026-10-24',
        to: '2026-10-26',
        durationMinutes: 60,
        now: NOW,
      });
      expect(october.map((slot) => local(slot)).filter((s) => s?.startsWith('2026-10-24'))).toHaveLength(4);
      expect(october.map((slot) => local(slot)).filter((s) => s?.startsWith('2026-10-26'))[0]).toBe(
        '2026-10-26T08:00:00+01:00',
      );
      expect(october.map((slot) => local(slot)).filter((s) => s?.startsWith('2026-10-26'))).toHaveLength(8);
    });

    it('a request in another offset is the same instant in the workshop zone', () => {
      // 07:00 in London (UTC+1 in summer) is 08:00 in Warsaw on Monday 30 March.
      const verdict = checkSlot(rules(), [], at('2026-03-30T07:00:00+01:00'), 60, NOW);
      expect(verdict).toEqual({ ok: true, freeBays: [1, 2] });
      // 08:00 "in London" is 09:00 in Warsaw, also a slot; 08:30 there is misaligned here.
      expect(checkSlot(rules(), [], at('2026-03-30T08:30:00+01:00'), 60, NOW)).toEqual({
        ok: false,
        rule: 'slot_alignment',
      });
    });
  });

  it('never offers past slots, and honours the minimum notice and the horizon', () => {
    const now = at('2026-03-02T09:30:00+01:00');
    const slots = availableSlots(rules({ minNoticeMinutes: 120, horizonDays: 1 }), [], {
      from: '2026-03-01',
      to: '2026-03-04',
      durationMinutes: 60,
      now,
    });
    const starts = slots.map((slot) => local(slot));
    expect(starts[0]).toBe('2026-03-02T13:00:00+01:00'); // 11:00 is before 09:30 + 2 h
    expect(starts.every((start) => (start ?? '') < '2026-03-03T09:30')).toBe(true);
    expect(checkSlot(rules(), [], at('2026-03-02T09:00:00+01:00'), 60, now)).toEqual({ ok: false, rule: 'past' });
    expect(checkSlot(rules({ minNoticeMinutes: 120 }), [], at('2026-03-02T11:00:00+01:00'), 60, now)).toEqual({
      ok: false,
      rule: 'minimum_notice',
    });
    expect(checkSlot(rules({ horizonDays: 1 }), [], at('2026-03-04T09:00:00+01:00'), 60, now)).toEqual({
      ok: false,
      rule: 'booking_horizon',
    });
  });

  it('skips closed dates and refuses slots outside opening hours', () => {
    const closed = rules({ closedDates: ['2026-03-03'] });
    const slots = availableSlots(closed, [], { from: '2026-03-03', to: '2026-03-03', durationMinutes: 60, now: NOW });
    expect(slots).toEqual([]);
    expect(checkSlot(closed, [], at('2026-03-03T09:00:00+01:00'), 60, NOW)).toEqual({ ok: false, rule: 'closed_date' });
    expect(checkSlot(rules(), [], at('2026-03-02T12:00:00+01:00'), 60, NOW)).toEqual({
      ok: false,
      rule: 'outside_opening_hours',
    });
    expect(checkSlot(rules(), [], at('2026-03-08T10:00:00+01:00'), 60, NOW)).toEqual({
      ok: false,
      rule: 'outside_opening_hours',
    });
  });

  it('a bay is taken for the appointment and its buffer; a slot disappears only when every bay is', () => {
    const busy: Occupancy[] = [
      {
        bay: 1,
        start: at('2026-03-03T08:00:00+01:00'),
        end: at('2026-03-03T09:00:00+01:00'),
        occupiedUntil: at('2026-03-03T09:30:00+01:00'),
      },
    ];
    const withBuffer = rules({ bufferMinutes: 30, slotMinutes: 30 });
    const day = { from: '2026-03-03', to: '2026-03-03', durationMinutes: 60, now: NOW };
    const slots = availableSlots(withBuffer, busy, day);
    const nine = slots.find((slot) => local(slot) === '2026-03-03T09:00:00+01:00');
    expect(nine?.freeBays).toEqual([2]);
    expect(slots.find((slot) => local(slot) === '2026-03-03T09:30:00+01:00')?.freeBays).toEqual([1, 2]);
    // With bay 2 also busy until 09:00 (+ buffer), 09:00 is gone only because of buffers.
    const both: Occupancy[] = [
      ...busy,
      {
        bay: 2,
        start: at('2026-03-03T08:00:00+01:00'),
        end: at('2026-03-03T09:00:00+01:00'),
        occupiedUntil: at('2026-03-03T09:30:00+01:00'),
      },
    ];
    expect(availableSlots(withBuffer, both, day).map((slot) => local(slot))).not.toContain('2026-03-03T09:00:00+01:00');
    expect(checkSlot(withBuffer, both, at('2026-03-03T09:00:00+01:00'), 60, NOW)).toEqual({
      ok: false,
      rule: 'buffer',
    });
    expect(checkSlot(withBuffer, both, at('2026-03-03T08:00:00+01:00'), 60, NOW)).toEqual({ ok: false, rule: 'taken' });
    // The new job's own buffer counts too: 07:30 does not exist, but 10:00 before a 11:00 booking
    // with a 30-minute buffer does not fit a 60-minute job on that bay.
    const later: Occupancy[] = [
      {
        bay: 1,
        start: at('2026-03-03T11:00:00+01:00'),
        end: at('2026-03-03T12:00:00+01:00'),
        occupiedUntil: at('2026-03-03T12:30:00+01:00'),
      },
    ];
    expect(checkSlot(withBuffer, later, at('2026-03-03T10:00:00+01:00'), 60, NOW)).toEqual({ ok: true, freeBays: [2] });
  });

  it('is deterministic: the same input gives the same slots', () => {
    const busy: Occupancy[] = [
      {
        bay: 2,
        start: at('2026-03-04T10:00:00+01:00'),
        end: at('2026-03-04T11:00:00+01:00'),
        occupiedUntil: at('2026-03-04T11:00:00+01:00'),
      },
    ];
    const query = { from: '2026-03-02', to: '2026-03-15', durationMinutes: 60, now: NOW };
    expect(availableSlots(rules(), busy, query)).toEqual(availableSlots(rules(), busy, query));
  });
});
