import { z } from 'zod';

export const RANGE_PRESETS = ['this-week', 'this-month', 'last-month', 'this-year', 'custom'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export const GRANULARITIES = ['day', 'week', 'month'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** The API's longest range: a leap year. */
export const MAX_RANGE_DAYS = 366;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/**
 * `/reports?range=this-month&granularity=week`, or `?range=custom&from=2026-03-01&to=2026-03-31`:
 * the range and its granularity live in the URL so a report is shareable and Back works. A
 * preset stays relative ("this month" tomorrow is still this month); a bad value falls back to
 * the default.
 */
export const reportSearchSchema = z.object({
  range: optional(z.enum(RANGE_PRESETS)),
  from: optional(z.string().regex(DATE)),
  to: optional(z.string().regex(DATE)),
  granularity: optional(z.enum(GRANULARITIES)),
});
export type ReportSearch = z.output<typeof reportSearchSchema>;

/** A resolved range: local dates of the workshop, both included. */
export interface ReportRange {
  readonly preset: RangePreset;
  readonly from: string;
  readonly to: string;
  readonly granularity: Granularity;
}

export type RangeProblem = 'missing' | 'order' | 'too-long';

/** Today's date in `timeZone` as "YYYY-MM-DD" (the workshop's day, not the browser's). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(now)
    .reduce<Record<string, string>>((acc, part) => ({ ...acc, [part.type]: part.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}

function toDay(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Whether "YYYY-MM-DD" names a real calendar day (not 2026-02-30). */
export function isCalendarDate(date: string): boolean {
  return DATE.test(date) && fromDay(toDay(date)) === date;
}

/** Days from `from` to `to`, both included. */
export function rangeDays(from: string, to: string): number {
  return toDay(to) - toDay(from) + 1;
}

/** A preset's first and last day, given the workshop's today; a range never runs past today. */
export function presetDates(preset: Exclude<RangePreset, 'custom'>, today: string): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number) as [number, number, number];
  switch (preset) {
    case 'this-week': {
      // ISO weeks start on Monday; getUTCDay() is 0 on Sunday.
      const day = toDay(today);
      const weekday = (new Date(day * DAY_MS).getUTCDay() + 6) % 7;
      return { from: fromDay(day - weekday), to: today };
    }
    case 'this-month':
      return { from: `${today.slice(0, 7)}-01`, to: today };
    case 'last-month': {
      const first = new Date(Date.UTC(year, month - 2, 1));
      const last = new Date(Date.UTC(year, month - 1, 0));
      return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
    }
    case 'this-year':
      return { from: `${year}-01-01`, to: today };
  }
}

/** What a range is read in when the URL does not say: about 5 to 60 bars. */
export function defaultGranularity(from: string, to: string): Granularity {
  const days = rangeDays(from, to);
  if (days <= 62) return 'day';
  if (days <= 182) return 'week';
  return 'month';
}

/** Why a custom range cannot be asked for, or undefined when it can. */
export function rangeProblem(from: string | undefined, to: string | undefined): RangeProblem | undefined {
  if (!from || !to || !isCalendarDate(from) || !isCalendarDate(to)) return 'missing';
  if (to < from) return 'order';
  if (rangeDays(from, to) > MAX_RANGE_DAYS) return 'too-long';
  return undefined;
}

/**
 * The URL's search as the range to report: a preset resolved against the workshop's today, or
 * the custom dates when they make a range (else the problem to show in place of the reports).
 */
export function resolveRange(search: ReportSearch, today: string): ReportRange | { problem: RangeProblem } {
  const preset = search.range ?? 'this-month';
  if (preset === 'custom') {
    const problem = rangeProblem(search.from, search.to);
    if (problem || !search.from || !search.to) return { problem: problem ?? 'missing' };
    return {
      preset,
      from: search.from,
      to: search.to,
      granularity: search.granularity ?? defaultGranularity(search.from, search.to),
    };
  }
  const dates = presetDates(preset, today);
  return { preset, ...dates, granularity: search.granularity ?? defaultGranularity(dates.from, dates.to) };
}

/** The search that shows `preset`: custom keeps the shown dates to edit, presets drop them. */
export function searchForPreset(
  preset: RangePreset,
  shown: { from: string; to: string } | undefined,
  search: ReportSearch,
): ReportSearch {
  if (preset === 'custom')
    return { ...search, range: 'custom', from: shown?.from ?? search.from, to: shown?.to ?? search.to };
  return { range: preset === 'this-month' ? undefined : preset, granularity: search.granularity };
}
