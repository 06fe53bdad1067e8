import { TZDate } from '@date-fns/tz';

/**
 * A `datetime-local` value ("2026-12-06T08:30") read as wall-clock time in the workshop's zone,
 * as an ISO instant with offset. Undefined when it is not such a value.
 */
export function wallClockToInstant(value: string, timeZone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  return new TZDate(year, month - 1, day, hour, minute, timeZone).toISOString();
}

/** An instant as the `datetime-local` value of the workshop's wall clock. */
export function instantToWallClock(iso: string, timeZone: string): string {
  const date = new TZDate(iso, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
