import type { components } from '@/lib/api/schema.gen';
import { durationOf, minutesOf, wholeNumber, type Duration } from './durations';
import { DAYS, fromApi, rangeProblems, toApi, type OpeningHours } from './opening-hours';

export type ScheduleSettings = components['schemas']['ScheduleSettingsResponse'];
export type ScheduleUpdate = components['schemas']['UpdateScheduleSettingsDto'];

/** What the schedule form holds while someone edits it: numbers as typed, durations with a unit. */
export interface ScheduleDraft {
  readonly hours: OpeningHours;
  readonly closedDates: readonly string[];
  readonly bays: string;
  readonly bayNames: readonly string[];
  readonly slotMinutes: string;
  readonly bufferMinutes: string;
  readonly minNotice: Duration;
  readonly horizonDays: string;
  readonly cutoff: Duration;
  readonly reminder: Duration;
}

/** The limits the API keeps (UpdateScheduleSettingsDto), checked here first to say so in place. */
export const LIMITS = {
  bays: [1, 50],
  slotMinutes: [5, 240],
  bufferMinutes: [0, 240],
  horizonDays: [1, 730],
  minNotice: [0, 43_200],
  cutoff: [0, 43_200],
  reminder: [0, 20_160],
} as const;

export const BAY_NAME_MAX = 40;

export function draftOf(settings: ScheduleSettings): ScheduleDraft {
  return {
    hours: fromApi(settings.openingHours),
    closedDates: [...settings.closedDates].sort(),
    bays: String(settings.bays),
    bayNames: [...settings.bayNames],
    slotMinutes: String(settings.slotMinutes),
    bufferMinutes: String(settings.bufferMinutes),
    minNotice: durationOf(settings.minNoticeMinutes),
    horizonDays: String(settings.horizonDays),
    cutoff: durationOf(settings.cancellationCutoffMinutes),
    reminder: durationOf(settings.reminderLeadMinutes),
  };
}

/** The bay names for `count` bays: the ones there are, then `defaultName(n)` for new bays. */
export function resizeBayNames(
  names: readonly string[],
  count: number,
  defaultName: (bay: number) => string,
): string[] {
  const kept = names.slice(0, count);
  const taken = new Set(kept.map((name) => name.trim().toLocaleLowerCase()));
  for (let bay = kept.length + 1; bay <= count; bay += 1) {
    let name = defaultName(bay);
    for (let copy = 2; taken.has(name.toLocaleLowerCase()); copy += 1) name = `${defaultName(bay)} (${copy})`;
    taken.add(name.toLocaleLowerCase());
    kept.push(name);
  }
  return kept;
}

export type DraftProblem =
  | { readonly kind: 'number'; readonly min: number; readonly max: number }
  | { readonly kind: 'duration'; readonly max: number }
  | { readonly kind: 'bayName' }
  | { readonly kind: 'hours' };

/**
 * What the form refuses before sending, by field (`slotMinutes`, `bayNames.2`, `openingHours.mon`),
 * with the body to send when nothing is wrong.
 */
export function checkDraft(draft: ScheduleDraft): {
  readonly problems: Map<string, DraftProblem>;
  readonly body: ScheduleUpdate | null;
} {
  const problems = new Map<string, DraftProblem>();
  const number = (field: keyof typeof LIMITS, text: string): number => {
    const [min, max] = LIMITS[field];
    const value = wholeNumber(text);
    if (value === null || value < min || value > max) problems.set(field, { kind: 'number', min, max });
    return value ?? 0;
  };
  const duration = (field: 'minNotice' | 'cutoff' | 'reminder', value: Duration): number => {
    const minutes = minutesOf(value);
    if (minutes === null || minutes > LIMITS[field][1])
      problems.set(field, { kind: 'duration', max: LIMITS[field][1] });
    return minutes ?? 0;
  };
  for (const day of DAYS) {
    if (rangeProblems(draft.hours[day]).size > 0) problems.set(`openingHours.${day}`, { kind: 'hours' });
  }
  const bays = number('bays', draft.bays);
  const seen = new Set<string>();
  const bayNames = draft.bayNames.map((name) => name.trim());
  bayNames.forEach((name, index) => {
    const key = name.toLocaleLowerCase();
    if (!name || name.length > BAY_NAME_MAX || seen.has(key)) problems.set(`bayNames.${index}`, { kind: 'bayName' });
    seen.add(key);
  });
  const body: ScheduleUpdate = {
    openingHours: toApi(draft.hours),
    closedDates: [...draft.closedDates],
    slotMinutes: number('slotMinutes', draft.slotMinutes),
    bufferMinutes: number('bufferMinutes', draft.bufferMinutes),
    horizonDays: number('horizonDays', draft.horizonDays),
    minNoticeMinutes: duration('minNotice', draft.minNotice),
    cancellationCutoffMinutes: duration('cutoff', draft.cutoff),
    reminderLeadMinutes: duration('reminder', draft.reminder),
    bays,
    bayNames,
  };
  return { problems, body: problems.size === 0 ? body : null };
}

/** The form field an API error names: `minNoticeMinutes` is the form's `minNotice`, and so on. */
export function draftFieldOf(apiField: string): string {
  const renamed: Record<string, string> = {
    minNoticeMinutes: 'minNotice',
    cancellationCutoffMinutes: 'cutoff',
    reminderLeadMinutes: 'reminder',
  };
  return renamed[apiField] ?? apiField;
}
