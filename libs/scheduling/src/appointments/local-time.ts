import { DateTime, Zone } from 'luxon';
import { rememberedZone } from '../availability/remembered-zone';

/** An instant as ISO 8601 in `zone`, with that zone's offset ("2026-03-30T08:00:00+02:00"). */
export function inZone(instant: Date, zone: string): string {
  return (
    DateTime.fromJSDate(instant, { zone: rememberedZone(zone) }).toISO({ suppressMilliseconds: true }) ??
    instant.toISOString()
  );
}

/**
 * Writes many instants of one zone as ISO 8601 with their offsets (a page of free slots), with
 * the offsets luxon finds for the zone (remembered: see `rememberedZone`).
 */
export class ZoneWriter {
  private readonly zone: Zone;

  constructor(zone: string) {
    this.zone = rememberedZone(zone);
  }

  iso(instant: Date): string {
    const ms = instant.getTime();
    const offset = this.zone.offset(ms);
    const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
    const sign = offset < 0 ? '-' : '+';
    const minutes = Math.abs(offset);
    const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
    const mm = String(minutes % 60).padStart(2, '0');
    return `${local}${sign}${hh}:${mm}`;
  }
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
