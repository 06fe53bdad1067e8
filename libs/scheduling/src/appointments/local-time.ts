import { DateTime, Zone } from 'luxon';

/** An instant as ISO 8601 in `zone`, with that zone's offset ("2026-03-30T08:00:00+02:00"). */
export function inZone(instant: Date, zone: string | Zone): string {
  return DateTime.fromJSDate(instant, { zone }).toISO({ suppressMilliseconds: true }) ?? instant.toISOString();
}

/** A local date "YYYY-MM-DD" (or a date-time with an offset, read in `zone`) to the zone's date. */
export function localDateOf(input: string, zone: string): string | null {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(input)
    ? DateTime.fromISO(input, { zone })
    : DateTime.fromISO(input, { setZone: true }).setZone(zone);
  return parsed.isValid ? parsed.toISODate() : null;
}

/** Parses an ISO 8601 date-time that names its offset; the instant it names, or null. */
export function instantOf(input: string): Date | null {
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(input)) return null;
  const parsed = DateTime.fromISO(input, { setZone: true });
  return parsed.isValid ? parsed.toJSDate() : null;
}
