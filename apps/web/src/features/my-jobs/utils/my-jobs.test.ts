import { describe, expect, it } from 'vitest';
import type { components } from '@/lib/api/schema.gen';
import { dayIn, isLate, jobsToDo, readyToday, type JobCard } from './my-jobs';

type Board = components['schemas']['OrderBoardResponse'];
type Status = components['schemas']['RepairOrderStatus'];

function card(number: number, status: Status, extra: Partial<JobCard> = {}): JobCard {
  return {
    id: `id-${number}`,
    number,
    status,
    allowedTransitions: [],
    vehicleId: `vehicle-${number}`,
    plate: null,
    make: 'Skoda',
    model: 'Octavia',
    clientName: null,
    promisedAt: null,
    mechanics: [],
    pendingApproval: false,
    waitingParts: status === 'waiting_parts',
    clockRunning: false,
    statusChangedAt: '2026-12-06T08:00:00.000Z',
    createdAt: '2026-12-01T08:00:00.000Z',
    ...extra,
  };
}

function board(cards: JobCard[], timeZone = 'Europe/Warsaw'): Board {
  const statuses = [...new Set(cards.map((one) => one.status))];
  return {
    columns: statuses.map((status) => {
      const inColumn = cards.filter((one) => one.status === status);
      return { status, count: inColumn.length, cards: inColumn };
    }),
    timeZone,
    generatedAt: '2026-12-06T12:00:00.000Z',
  };
}

describe('jobsToDo', () => {
  it('keeps approved, in-progress and waiting-for-parts orders and leaves the rest out', () => {
    const jobs = jobsToDo(
      board([
        card(1, 'draft'),
        card(2, 'approved'),
        card(3, 'in_progress'),
        card(4, 'waiting_parts'),
        card(5, 'completed'),
        card(6, 'estimate_sent'),
        card(7, 'invoiced'),
      ]),
    );
    expect(jobs.map((job) => job.number).sort()).toEqual([2, 3, 4]);
  });

  it('puts the earliest promise first, unpromised orders last, oldest number first among equals', () => {
    const jobs = jobsToDo(
      board([
        card(10, 'in_progress'),
        card(11, 'approved', { promisedAt: '2026-12-06T15:00:00.000Z' }),
        card(9, 'in_progress'),
        card(12, 'waiting_parts', { promisedAt: '2026-12-06T09:00:00.000Z' }),
      ]),
    );
    expect(jobs.map((job) => job.number)).toEqual([12, 11, 9, 10]);
  });
});

describe('readyToday', () => {
  const now = Date.parse('2026-12-06T12:00:00.000Z');

  it('lists orders completed today in the workshop zone, latest first', () => {
    const ready = readyToday(
      board([
        card(1, 'completed', { statusChangedAt: '2026-12-06T09:00:00.000Z' }),
        card(2, 'completed', { statusChangedAt: '2026-12-06T11:00:00.000Z' }),
        card(3, 'completed', { statusChangedAt: '2026-12-05T10:00:00.000Z' }),
        card(4, 'in_progress'),
      ]),
      now,
    );
    expect(ready.map((job) => job.number)).toEqual([2, 1]);
  });

  it("counts the workshop's midnight, not UTC's (past 23:00 UTC is the next day in Warsaw)", () => {
    const late = Date.parse('2026-12-06T23:30:00.000Z');
    const ready = readyToday(
      board([
        card(1, 'completed', { statusChangedAt: '2026-12-06T23:10:00.000Z' }),
        card(2, 'completed', { statusChangedAt: '2026-12-06T22:50:00.000Z' }),
      ]),
      late,
    );
    expect(ready.map((job) => job.number)).toEqual([1]);
  });
});

describe('dayIn', () => {
  it.each([
    ['2026-12-06T22:59:00.000Z', 'Europe/Warsaw', '2026-12-06'],
    ['2026-12-06T23:00:00.000Z', 'Europe/Warsaw', '2026-12-07'],
    ['2026-12-06T23:00:00.000Z', 'UTC', '2026-12-06'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(dayIn(instant, zone)).toBe(expected);
  });
});

describe('isLate', () => {
  const now = Date.parse('2026-12-06T12:00:00.000Z');
  it.each([
    ['a promise in the past is late', '2026-12-06T11:59:00.000Z', true],
    ['a promise ahead is not', '2026-12-06T12:01:00.000Z', false],
    ['no promise is never late', null, false],
  ])('%s', (_rule, promisedAt, expected) => {
    expect(isLate({ promisedAt }, now)).toBe(expected);
  });
});
