import { TZDate } from '@date-fns/tz';
import { addDays, format, parseISO, startOfISOWeek } from 'date-fns';
import type { CalendarView } from './calendar-search';

/**
 * The calendar's geometry: local dates and wall-clock minutes in the workshop's zone (never the
 * browser's), the time axis of a range, blocks placed on it and pointer offsets snapped back to
 * instants. Wall-clock minutes keep one axis for every day of a week; on a day the clocks change,
 * an hour that does not exist simply has no instants on it and a doubled hour is read once.
 */

const MINUTES_PER_DAY = 24 * 60;

/** The local date ("2026-03-30") of `instant` in `zone`. */
export function localDate(instant: Date | number, zone: string): string {
  return format(new TZDate(typeof instant === 'number' ? instant : instant.getTime(), zone), 'yyyy-MM-dd');
}

/** Wall-clock minutes since local midnight of `instant` in `zone` (08:30 → 510). */
export function minuteOfDay(instant: Date | number, zone: string): number {
  const local = new TZDate(typeof instant === 'number' ? instant : instant.getTime(), zone);
  return local.getHours() * 60 + local.getMinutes();
}

/**
 * The instant at wall-clock `minute` of local `date` in `zone`. A time the clocks skip (02:30 on
 * the spring-forward night) is read as the same distance after the jump, as the zone database does.
 */
export function instantAt(date: string, minute: number, zone: string): Date {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const hours = Math.floor(minute / 60);
  return new Date(new TZDate(year, month - 1, day, hours, minute - hours * 60, zone).getTime());
}

/** An ISO 8601 instant with the zone's offset, as the API wants it ("2026-03-30T08:00:00+02:00"). */
export function isoInZone(instant: Date, zone: string): string {
  return format(new TZDate(instant.getTime(), zone), "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/** The local dates a view shows around `date`: the day, or its ISO week (Monday first). */
export function rangeOf(view: CalendarView, date: string): string[] {
  const day = parseISO(date);
  if (view === 'day') return [format(day, 'yyyy-MM-dd')];
  const monday = startOfISOWeek(day);
  return Array.from({ length: 7 }, (_, index) => format(addDays(monday, index), 'yyyy-MM-dd'));
}

/** The date `view` moves to from `date` by `step` (-1 back, +1 on). */
export function shiftDate(view: CalendarView, date: string, step: number): string {
  return format(addDays(parseISO(date), step * (view === 'day' ? 1 : 7)), 'yyyy-MM-dd');
}

export interface TimeRange {
  readonly start: string;
  readonly end: string;
}

export interface Axis {
  /** Wall-clock minute of the axis' top. */
  readonly start: number;
  /** Wall-clock minute of its bottom. */
  readonly end: number;
}

/** Default hours of an axis when no day of the range has any (a closed week). */
const FALLBACK_AXIS: Axis = { start: 8 * 60, end: 17 * 60 };

/**
 * The axis of a range: from the earliest opening to the latest closing of its days, widened to
 * every block (a walk-in after hours stays visible) and to whole slots.
 */
export function axisOf(
  days: readonly { readonly date: string; readonly open: readonly TimeRange[] }[],
  blocks: readonly TimeRange[],
  zone: string,
  slotMinutes: number,
): Axis {
  const hasHours = days.some((day) => day.open.length > 0);
  // A range without opening hours (a closed week, a Sunday on the TV) still shows a working day.
  let start = hasHours ? Number.POSITIVE_INFINITY : FALLBACK_AXIS.start;
  let end = hasHours ? Number.NEGATIVE_INFINITY : FALLBACK_AXIS.end;
  const widen = (range: TimeRange, date: string) => {
    const [from, to] = wallSpan(range, date, zone);
    start = Math.min(start, from);
    end = Math.max(end, to);
  };
  for (const day of days) for (const range of day.open) widen(range, day.date);
  const dates = new Set(days.map((day) => day.date));
  for (const block of blocks) {
    const date = localDate(parseISO(block.start), zone);
    if (dates.has(date)) widen(block, date);
  }
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return FALLBACK_AXIS;
  return {
    start: Math.max(0, Math.floor(start / slotMinutes) * slotMinutes),
    end: Math.min(MINUTES_PER_DAY, Math.ceil(end / slotMinutes) * slotMinutes),
  };
}

/**
 * A range's wall-clock minutes on local `date`: its start, and its end (1440 when it ends at or
 * after the next midnight, so a block running past midnight is cut at the day's foot).
 */
export function wallSpan(range: TimeRange, date: string, zone: string): [number, number] {
  const start = parseISO(range.start);
  const end = parseISO(range.end);
  const from = localDate(start, zone) === date ? minuteOfDay(start, zone) : 0;
  const to = localDate(end, zone) === date ? minuteOfDay(end, zone) : MINUTES_PER_DAY;
  return [from, Math.max(from, to)];
}

export interface Placement {
  /** Pixels from the top of the lane. */
  readonly top: number;
  readonly height: number;
}

/** Where a range sits in a lane of `axis` on `date`, at `pxPerMinute`. */
export function place(range: TimeRange, date: string, axis: Axis, zone: string, pxPerMinute: number): Placement {
  const [from, to] = wallSpan(range, date, zone);
  const top = Math.max(from, axis.start) - axis.start;
  const bottom = Math.min(to, axis.end) - axis.start;
  return { top: top * pxPerMinute, height: Math.max(0, bottom - top) * pxPerMinute };
}

/** The slots of an axis: the wall-clock minute each starts at. */
export function slotsOf(axis: Axis, slotMinutes: number): number[] {
  const slots: number[] = [];
  for (let minute = axis.start; minute < axis.end; minute += slotMinutes) slots.push(minute);
  return slots;
}

/** `minutes` to the nearest multiple of `slotMinutes`. */
export function snap(minutes: number, slotMinutes: number): number {
  return Math.round(minutes / slotMinutes) * slotMinutes;
}

/** A wall-clock minute, bounded so a block of `duration` stays on the axis. */
export function clampToAxis(minute: number, duration: number, axis: Axis): number {
  return Math.min(Math.max(minute, axis.start), Math.max(axis.start, axis.end - duration));
}

/** Minutes between two instants. */
export function minutesBetween(start: string | Date, end: string | Date): number {
  const from = typeof start === 'string' ? parseISO(start) : start;
  const to = typeof end === 'string' ? parseISO(end) : end;
  return Math.round((to.getTime() - from.getTime()) / 60_000);
}
