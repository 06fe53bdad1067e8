import type { Granularity } from './report-range';
import { intlLocale } from './report-money';

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * A bucket as the language names it: a day "6 Dec 2026", a week "30 Nov – 6 Dec 2026" (its
 * days inside the range), a month "December 2026". Dates are already the workshop's local days,
 * so they are formatted in UTC and never shift.
 */
export function bucketLabel(bucket: { from: string; to: string }, granularity: Granularity, language: string): string {
  const locale = intlLocale(language);
  switch (granularity) {
    case 'day':
      return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(utc(bucket.from));
    case 'week':
      return new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }).formatRange(utc(bucket.from), utc(bucket.to));
    case 'month':
      return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        utc(bucket.from),
      );
  }
}

/** The short tick under a bar: "6 Dec", "30 Nov", "Dec 26". */
export function bucketTick(bucket: { from: string }, granularity: Granularity, language: string): string {
  const options: Intl.DateTimeFormatOptions =
    granularity === 'month' ? { month: 'short', year: '2-digit' } : { day: 'numeric', month: 'short' };
  return new Intl.DateTimeFormat(intlLocale(language), { ...options, timeZone: 'UTC' }).format(utc(bucket.from));
}
