import { ValidationFailedError } from '@pitlane/core';

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Today as a UTC calendar day, "YYYY-MM-DD": the rollup's and the charts' day. */
export function utcDay(at: Date = new Date()): string {
  return at.toISOString().slice(0, 10);
}

/** Every UTC day from `from` to `to`, both included; a 400 for a bad day, a reversed or too long range. */
export function dayRange(from: string, to: string, maxDays: number): string[] {
  const start = parseDay(from, 'from');
  const end = parseDay(to, 'to');
  const count = Math.round((end - start) / DAY_MS) + 1;
  if (count < 1) throw new ValidationFailedError([{ field: 'to', message: 'must not be before from' }]);
  if (count > maxDays)
    throw new ValidationFailedError([{ field: 'to', message: `at most ${maxDays} days after from` }]);
  return Array.from({ length: count }, (_, index) => utcDay(new Date(start + index * DAY_MS)));
}

function parseDay(value: string, field: string): number {
  const time = ISO_DAY.test(value) ? Date.parse(`${value}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(time) || utcDay(new Date(time)) !== value) {
    throw new ValidationFailedError([{ field, message: 'must be a day, YYYY-MM-DD' }]);
  }
  return time;
}
