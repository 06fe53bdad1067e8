import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Intl locales per app language: European date conventions also in English. */
const INTL_LOCALE: Record<string, string> = { en: 'en-GB', pl: 'pl-PL', da: 'da-DK' };

export interface CalendarFormat {
  /** "10:30", in the workshop's zone. */
  readonly time: (instant: Date | string) => string;
  /** "Tue 31 Mar" for a local date "2026-03-31". */
  readonly day: (date: string) => string;
  /** "Tuesday, 31 March 2026" for a local date. */
  readonly longDay: (date: string) => string;
}

/** Times in the workshop's zone and local dates as labels, in the person's language. */
export function useCalendarFormat(timeZone: string): CalendarFormat {
  const { i18n } = useTranslation();
  const locale = INTL_LOCALE[i18n.language] ?? i18n.language;
  return useMemo(() => {
    const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
    // A local date is read at noon UTC and written in UTC: the date itself, whatever the zones.
    const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
    const longDay = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
    const noon = (date: string) => new Date(`${date}T12:00:00Z`);
    return {
      time: (instant) => time.format(typeof instant === 'string' ? new Date(instant) : instant),
      day: (date) => day.format(noon(date)),
      longDay: (date) => longDay.format(noon(date)),
    };
  }, [locale, timeZone]);
}
