import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Problem } from '@/lib/api/problem';
import { movedIn, type CalendarData } from '../api/calendar-queries';
import { refusalMessage } from './refusal-message';

const t = ((key: string) => `t:${key}`) as unknown as TFunction<'calendar'>;

function problem(extra: Partial<Problem>): Problem {
  return { type: 'https://pitlane.dev/problems/slot-taken', title: 'Conflict', status: 409, ...extra };
}

describe('what a refused change says', () => {
  it.each([
    ['bay_taken', 'refusal.bay_taken'],
    ['outside_opening_hours', 'refusal.outside_opening_hours'],
    ['closed_date', 'refusal.closed_date'],
    ['not_movable', 'refusal.not_movable'],
    ['invalid_status_transition', 'refusal.invalid_status_transition'],
  ] as const)('the reason %s in the person’s language', (reason, key) => {
    expect(refusalMessage(t, problem({ reason, detail: 'In English' }))).toBe(`t:${key}`);
  });

  it("another problem in the API's own words, and a network failure generically", () => {
    expect(refusalMessage(t, problem({ detail: 'The bay is out of range.' }))).toBe('The bay is out of range.');
    expect(refusalMessage(t, undefined)).toBe('t:refusal.other');
  });
});

describe('an optimistic move', () => {
  const block = {
    id: 'a',
    status: 'confirmed',
    source: 'staff',
    bay: 1,
    startsAt: '2026-03-30T09:00:00+02:00',
    endsAt: '2026-03-30T10:00:00+02:00',
    clientId: 'c',
    clientName: 'Maja Zielińska',
    vehicleId: null,
    vehicle: null,
    services: [],
    notes: null,
    cancellationReason: null,
    createdAt: '2026-03-01T00:00:00Z',
    updatedAt: '2026-03-01T00:00:00Z',
  } as const;
  const data: CalendarData = {
    timeZone: 'Europe/Warsaw',
    from: '2026-03-30',
    to: '2026-03-30',
    slotMinutes: 30,
    days: [],
    lanes: [
      { bay: 1, name: 'Bay 1', appointments: [{ ...block, services: [] }] },
      { bay: 2, name: 'Lift', appointments: [] },
    ],
  };

  it('takes the block out of its lane and puts it, retimed, in the new one', () => {
    const moved = movedIn(data, {
      id: 'a',
      bay: 2,
      startsAt: '2026-03-30T11:00:00+02:00',
      endsAt: '2026-03-30T12:30:00+02:00',
    });
    expect(moved.lanes[0]?.appointments).toEqual([]);
    expect(moved.lanes[1]?.appointments).toEqual([
      expect.objectContaining({
        id: 'a',
        bay: 2,
        startsAt: '2026-03-30T11:00:00+02:00',
        endsAt: '2026-03-30T12:30:00+02:00',
      }),
    ]);
    expect(data.lanes[0]?.appointments).toHaveLength(1);
  });
});
