import type { components } from '@/lib/api/schema.gen';

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];
export type TimeRange = components['schemas']['TimeRangeDto'];
export type OpeningHours = Record<Day, TimeRange[]>;

/** The API takes at most this many ranges a day. */
export const MAX_RANGES = 6;
const DEFAULT_DAY: TimeRange = { start: '08:00', end: '17:00' };
const MIDNIGHT = '24:00';

/** The API's hours with every day present (a day it leaves out is closed). */
export function fromApi(hours: Partial<Record<Day, TimeRange[]>>): OpeningHours {
  return Object.fromEntries(
    DAYS.map((day) => [day, (hours[day] ?? []).map((range) => ({ start: range.start, end: range.end }))]),
  ) as OpeningHours;
}

function minutesOf(clock: string): number {
  const [hours = '0', minutes = '0'] = clock.split(':');
  return Number(hours) * 60 + Number(minutes);
}

function clockOf(minutes: number): string {
  const bounded = Math.min(Math.max(minutes, 0), 24 * 60);
  return `${String(Math.floor(bounded / 60)).padStart(2, '0')}:${String(bounded % 60).padStart(2, '0')}`;
}

/**
 * A new range after the day's last: from its end (or 08:00 on a closed day) for up to four hours,
 * never past midnight. Unchanged when the day is full (six ranges, or open until midnight).
 */
export function addRange(hours: OpeningHours, day: Day): OpeningHours {
  const ranges = hours[day];
  const last = ranges[ranges.length - 1];
  if (!last) return { ...hours, [day]: [{ ...DEFAULT_DAY }] };
  const start = minutesOf(last.end);
  if (ranges.length >= MAX_RANGES || start >= 24 * 60 - 15) return hours;
  const from = Math.min(start + 60, 24 * 60 - 15);
  return { ...hours, [day]: [...ranges, { start: clockOf(from), end: clockOf(Math.min(from + 240, 24 * 60)) }] };
}

export function removeRange(hours: OpeningHours, day: Day, index: number): OpeningHours {
  return { ...hours, [day]: hours[day].filter((_, at) => at !== index) };
}

export function changeRange(hours: OpeningHours, day: Day, index: number, range: Partial<TimeRange>): OpeningHours {
  return { ...hours, [day]: hours[day].map((current, at) => (at === index ? { ...current, ...range } : current)) };
}

/** Closing a day empties it; opening a closed day gives it 08:00–17:00. */
export function setOpen(hours: OpeningHours, day: Day, open: boolean): OpeningHours {
  if (open === hours[day].length > 0) return hours;
  return { ...hours, [day]: open ? [{ ...DEFAULT_DAY }] : [] };
}

/** Tuesday to Friday get Monday's hours (each its own copy). */
export function copyMondayToWeekdays(hours: OpeningHours): OpeningHours {
  const copy = () => hours.mon.map((range) => ({ ...range }));
  return { ...hours, tue: copy(), wed: copy(), thu: copy(), fri: copy() };
}

export type RangeProblem = 'missing' | 'order' | 'overlap';

/**
 * What is wrong with each range of a day, by index: a time left empty, an end not after its
 * start (an end of 00:00 means midnight), or an overlap with an earlier range.
 */
export function rangeProblems(ranges: readonly TimeRange[]): Map<number, RangeProblem> {
  const problems = new Map<number, RangeProblem>();
  const spans = ranges.map((range, index) => ({
    index,
    start: range.start ? minutesOf(range.start) : NaN,
    end: range.end ? minutesOf(toApiEnd(range.end)) : NaN,
  }));
  for (const span of spans) {
    if (Number.isNaN(span.start) || Number.isNaN(span.end)) problems.set(span.index, 'missing');
    else if (span.end <= span.start) problems.set(span.index, 'order');
  }
  const valid = spans.filter((span) => !problems.has(span.index)).sort((a, b) => a.start - b.start);
  valid.forEach((span, at) => {
    const previous = valid[at - 1];
    if (previous && previous.end > span.start) problems.set(span.index, 'overlap');
  });
  return problems;
}

/** A time field cannot hold 24:00: its 00:00 as an end is midnight at the end of the day. */
export function toApiEnd(end: string): string {
  return end === '00:00' ? MIDNIGHT : end;
}

export function toFieldTime(clock: string): string {
  return clock === MIDNIGHT ? '00:00' : clock;
}

/** The hours as the API takes them: each day's ranges by start, 00:00 ends as 24:00. */
export function toApi(hours: OpeningHours): OpeningHours {
  return Object.fromEntries(
    DAYS.map((day) => [
      day,
      hours[day]
        .map((range) => ({ start: range.start, end: toApiEnd(range.end) }))
        .sort((a, b) => minutesOf(a.start) - minutesOf(b.start)),
    ]),
  ) as OpeningHours;
}
