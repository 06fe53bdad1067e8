export const DURATION_UNITS = ['minutes', 'hours', 'days'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

const MINUTES: Record<DurationUnit, number> = { minutes: 1, hours: 60, days: 1440 };

export interface Duration {
  readonly amount: string;
  readonly unit: DurationUnit;
}

/** Minutes as the largest unit that holds them whole: 1440 → 1 day, 90 → 90 minutes. */
export function durationOf(minutes: number): Duration {
  const unit = minutes > 0 && minutes % 1440 === 0 ? 'days' : minutes > 0 && minutes % 60 === 0 ? 'hours' : 'minutes';
  return { amount: String(minutes / MINUTES[unit]), unit };
}

/** A whole number typed in a text field (digits only, spaces around ignored); null otherwise. */
export function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,7}$/.test(trimmed) ? Number(trimmed) : null;
}

/** The duration in minutes; null when the amount is not a whole number. */
export function minutesOf(duration: Duration): number | null {
  const amount = wholeNumber(duration.amount);
  return amount === null ? null : amount * MINUTES[duration.unit];
}

/** `max` minutes in the largest unit that holds them whole, for "at most 30 days". */
export function largestWhole(max: number): Duration {
  return durationOf(max);
}
