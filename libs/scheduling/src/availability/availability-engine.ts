import { DateTime, Zone } from 'luxon';
import { rememberedZone } from './remembered-zone';

/** Weekdays as opening hours name them; index + 1 is ISO (and luxon) weekday number. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Wall-clock times in the workshop's zone, "HH:mm"; `end` may be "24:00". */
export interface TimeRange {
  readonly start: string;
  readonly end: string;
}

export type OpeningHours = Readonly<Record<Weekday, readonly TimeRange[]>>;

/** What the engine needs of a workshop's schedule settings. */
export interface ScheduleRules {
  readonly timeZone: string;
  readonly openingHours: OpeningHours;
  /** Local dates ("2026-12-24") the workshop is closed. */
  readonly closedDates: readonly string[];
  readonly slotMinutes: number;
  readonly bays: number;
  readonly bufferMinutes: number;
  readonly minNoticeMinutes: number;
  readonly horizonDays: number;
}

/** An existing, non-cancelled appointment: its bay is taken from `start` to `occupiedUntil`. */
export interface Occupancy {
  readonly bay: number;
  readonly start: Date;
  /** The end of the work itself. */
  readonly end: Date;
  /** `end` plus the buffer that followed it. */
  readonly occupiedUntil: Date;
}

export interface Slot {
  readonly start: Date;
  readonly end: Date;
  /** Bays free for the whole slot and its buffer, ascending. */
  readonly freeBays: readonly number[];
}

export interface AvailabilityRequest {
  /** First local date, "YYYY-MM-DD", in the workshop's zone. */
  readonly from: string;
  /** Last local date, inclusive. */
  readonly to: string;
  readonly durationMinutes: number;
  readonly now: Date;
}

/** The booking rule a requested slot breaks; `null` when it may be booked. */
export type SlotRule =
  | 'past'
  | 'minimum_notice'
  | 'booking_horizon'
  | 'closed_date'
  | 'outside_opening_hours'
  | 'slot_alignment'
  | 'buffer'
  | 'taken';

export type SlotVerdict =
  { readonly ok: true; readonly freeBays: readonly number[] } | { readonly ok: false; readonly rule: SlotRule };

const MINUTE = 60_000;

/**
 * The slots that may be booked between two local dates for a job of `durationMinutes`. Pure
 * and deterministic: the clock is an argument. Opening hours are wall-clock times in the
 * workshop's zone; each range is turned into instants once (so a day when clocks change has
 * 23 or 25 hours, never a missing or doubled slot) and slots are stepped in real time from the
 * range's opening. A slot is offered when it starts after now plus the notice, before the
 * horizon, fits before closing, and some bay is free for it and the buffer after it.
 */
export function availableSlots(
  rules: ScheduleRules,
  occupancy: readonly Occupancy[],
  query: AvailabilityRequest,
): Slot[] {
  const byBay = occupancyByBay(occupancy);
  const zone = zoneOf(rules);
  const first = localDate(query.from, zone);
  const last = localDate(query.to, zone);
  const earliest = query.now.getTime() + rules.minNoticeMinutes * MINUTE;
  const latest = horizonEnd(rules, query.now);
  const slots: Slot[] = [];
  for (let day = first; day <= last; day = day.plus({ days: 1 })) {
    if (rules.closedDates.includes(day.toISODate() ?? '')) continue;
    for (const start of candidateStarts(rules, day, query.durationMinutes)) {
      if (start <= query.now.getTime() || start < earliest || start >= latest) continue;
      const freeBays = freeBaysFor(rules, byBay, start, query.durationMinutes, rules.bufferMinutes);
      if (freeBays.length > 0) {
        slots.push({ start: new Date(start), end: new Date(start + query.durationMinutes * MINUTE), freeBays });
      }
    }
  }
  return slots;
}

/**
 * Why `start` cannot be booked for `durationMinutes`, or the bays it may go to. The same rules
 * as `availableSlots`, checked in an order that names the most useful one: time rules first,
 * then the calendar, then the bays (`buffer` when only a buffer is in the way).
 */
export function checkSlot(
  rules: ScheduleRules,
  occupancy: readonly Occupancy[],
  start: Date,
  durationMinutes: number,
  now: Date,
): SlotVerdict {
  const at = start.getTime();
  if (at <= now.getTime()) return { ok: false, rule: 'past' };
  if (at < now.getTime() + rules.minNoticeMinutes * MINUTE) return { ok: false, rule: 'minimum_notice' };
  if (at >= horizonEnd(rules, now)) return { ok: false, rule: 'booking_horizon' };
  const day = DateTime.fromMillis(at, { zone: zoneOf(rules) }).startOf('day');
  if (rules.closedDates.includes(day.toISODate() ?? '')) return { ok: false, rule: 'closed_date' };
  if (!candidateStarts(rules, day, durationMinutes).includes(at)) {
    const end = at + durationMinutes * MINUTE;
    const inside = openRanges(rules, day).some((range) => at >= range.start && end <= range.end);
    return { ok: false, rule: inside ? 'slot_alignment' : 'outside_opening_hours' };
  }
  const byBay = occupancyByBay(occupancy);
  const freeBays = freeBaysFor(rules, byBay, at, durationMinutes, rules.bufferMinutes);
  if (freeBays.length > 0) return { ok: true, freeBays };
  const freeWithoutBuffers = freeBaysFor(rules, byBay, at, durationMinutes, 0, true);
  return { ok: false, rule: freeWithoutBuffers.length > 0 ? 'buffer' : 'taken' };
}

/** The instant after which nothing may be booked: now plus the horizon. */
function horizonEnd(rules: ScheduleRules, now: Date): number {
  return now.getTime() + rules.horizonDays * 24 * 60 * MINUTE;
}

/** The workshop's zone, made once per call (luxon then skips re-validating the name per instant). */
function zoneOf(rules: ScheduleRules): Zone {
  return rememberedZone(rules.timeZone);
}

function localDate(isoDate: string, zone: Zone): DateTime {
  const day = DateTime.fromISO(isoDate, { zone });
  if (!day.isValid) throw new Error(`Not a date: ${isoDate}`);
  return day.startOf('day');
}

interface OpenRange {
  readonly start: number;
  readonly end: number;
}

/** A local day's opening ranges as instants (epoch ms), in the workshop's zone. */
function openRanges(rules: ScheduleRules, day: DateTime): OpenRange[] {
  const weekday = WEEKDAYS[day.weekday - 1];
  if (!weekday) return [];
  return rules.openingHours[weekday].map((range) => ({
    start: wallClock(day, range.start).toMillis(),
    end: wallClock(day, range.end).toMillis(),
  }));
}

/** Slot starts of one local day, epoch ms, ascending: each range stepped in real time. */
function candidateStarts(rules: ScheduleRules, day: DateTime, durationMinutes: number): number[] {
  const starts: number[] = [];
  const step = rules.slotMinutes * MINUTE;
  const length = durationMinutes * MINUTE;
  for (const range of openRanges(rules, day)) {
    for (let start = range.start; start + length <= range.end; start += step) starts.push(start);
  }
  return starts.sort((a, b) => a - b);
}

/**
 * "HH:mm" on `day` in the day's zone. "24:00" is the next midnight. A wall time that does not
 * exist (inside the spring-forward gap) resolves to the instant just after the gap, as luxon
 * does; one that exists twice (the autumn repeat) resolves to its first occurrence.
 */
function wallClock(day: DateTime, time: string): DateTime {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  if (hour === 24) return day.plus({ days: 1 }).startOf('day');
  return DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour, minute }, { zone: day.zone });
}

/**
 * One bay's appointments as parallel arrays sorted by start (epoch ms). Appointments of one bay
 * never overlap (the database forbids it), so ends and occupied-until times are sorted too.
 */
interface BayTimeline {
  readonly starts: number[];
  readonly ends: number[];
  readonly until: number[];
}

function occupancyByBay(occupancy: readonly Occupancy[]): Map<number, BayTimeline> {
  const sorted = [...occupancy].sort((a, b) => a.start.getTime() - b.start.getTime());
  const byBay = new Map<number, BayTimeline>();
  for (const item of sorted) {
    let timeline = byBay.get(item.bay);
    if (!timeline) {
      timeline = { starts: [], ends: [], until: [] };
      byBay.set(item.bay, timeline);
    }
    timeline.starts.push(item.start.getTime());
    timeline.ends.push(item.end.getTime());
    timeline.until.push(item.occupiedUntil.getTime());
  }
  return byBay;
}

/** Whether [start, until) meets an appointment of `timeline`: only the last one starting before `until` can. */
function overlaps(timeline: BayTimeline | undefined, start: number, until: number, ignoreBuffers: boolean): boolean {
  if (!timeline) return false;
  let low = 0;
  let high = timeline.starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((timeline.starts[middle] ?? 0) < until) low = middle + 1;
    else high = middle;
  }
  const last = low - 1;
  if (last < 0) return false;
  const end = (ignoreBuffers ? timeline.ends : timeline.until)[last] ?? 0;
  return end > start;
}

/**
 * Bays where [start, start + duration + buffer) meets no existing occupied range. With
 * `ignoreBuffers`, only the work itself counts, on both sides.
 */
function freeBaysFor(
  rules: ScheduleRules,
  byBay: ReadonlyMap<number, BayTimeline>,
  start: number,
  durationMinutes: number,
  bufferMinutes: number,
  ignoreBuffers = false,
): number[] {
  const until = start + (durationMinutes + bufferMinutes) * MINUTE;
  const free: number[] = [];
  for (let bay = 1; bay <= rules.bays; bay += 1) {
    if (!overlaps(byBay.get(bay), start, until, ignoreBuffers)) free.push(bay);
  }
  return free;
}

/**
 * Whether a job from `start` to `end` lies inside the opening hours of its local day: the rule
 * it breaks (`closed_date` or `outside_opening_hours`), or null when it fits in one open range.
 * Staff moves and resizes keep to this, without the public rules of notice and slot grid.
 */
export function openingHoursVerdict(
  rules: ScheduleRules,
  start: Date,
  end: Date,
): 'closed_date' | 'outside_opening_hours' | null {
  const day = DateTime.fromJSDate(start, { zone: zoneOf(rules) }).startOf('day');
  if (rules.closedDates.includes(day.toISODate() ?? '')) return 'closed_date';
  const from = start.getTime();
  const to = end.getTime();
  return openRanges(rules, day).some((range) => from >= range.start && to <= range.end)
    ? null
    : 'outside_opening_hours';
}

/** One local day of the workshop as a calendar shades it: closed, or its open ranges as instants. */
export interface CalendarDay {
  readonly date: string;
  readonly closed: boolean;
  readonly open: readonly { readonly start: Date; readonly end: Date }[];
}

/** The days from `from` to `to` (local dates, inclusive) with their opening hours. */
export function calendarDays(rules: ScheduleRules, from: string, to: string): CalendarDay[] {
  const zone = zoneOf(rules);
  const last = localDate(to, zone);
  const days: CalendarDay[] = [];
  for (let day = localDate(from, zone); day <= last; day = day.plus({ days: 1 })) {
    const date = day.toISODate() ?? '';
    const closed = rules.closedDates.includes(date);
    days.push({
      date,
      closed,
      open: closed
        ? []
        : openRanges(rules, day).map((range) => ({ start: new Date(range.start), end: new Date(range.end) })),
    });
  }
  return days;
}
