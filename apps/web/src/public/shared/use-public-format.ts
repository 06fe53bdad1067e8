import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate, IsoMonth } from './calendar-dates';

const TAGS: Record<string, string> = { en: 'en-GB', pl: 'pl-PL', da: 'da-DK' };

/** Dates, times and money in the page's language and the workshop's zone and currency. */
export function usePublicFormat(timeZone: string, currency?: string) {
  const { t, i18n } = useTranslation('public');
  const tag = TAGS[i18n.language] ?? 'en-GB';
  return useMemo(() => {
    const time = new Intl.DateTimeFormat(tag, { timeZone, hour: '2-digit', minute: '2-digit' });
    const dateTime = new Intl.DateTimeFormat(tag, {
      timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    // Calendar dates are read at noon UTC, which is that same date in every zone.
    const day = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
    const dayNumber = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', day: 'numeric' });
    const month = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', month: 'long', year: 'numeric' });
    const weekdayShort = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', weekday: 'short' });
    const zoneName = new Intl.DateTimeFormat(tag, { timeZone, timeZoneName: 'long' })
      .formatToParts(new Date())
      .find((part) => part.type === 'timeZoneName')?.value;
    const money = currency ? new Intl.NumberFormat(tag, { style: 'currency', currency }) : undefined;
    const fraction = money?.resolvedOptions().maximumFractionDigits ?? 2;
    const noon = (date: IsoDate) => new Date(`${date}T12:00:00Z`);
    return {
      time: (instant: string) => time.format(new Date(instant)),
      dateTime: (instant: string) => dateTime.format(new Date(instant)),
      day: (date: IsoDate) => day.format(noon(date)),
      dayNumber: (date: IsoDate) => dayNumber.format(noon(date)),
      month: (value: IsoMonth) => month.format(noon(`${value}-01`)),
      /** Monday to Sunday, short. */
      weekdays: Array.from({ length: 7 }, (_, index) => weekdayShort.format(noon(`2024-01-0${index + 1}`))),
      zone: zoneName ? `${zoneName} (${timeZone})` : timeZone,
      money: (minor: number) => (money ? money.format(minor / 10 ** fraction) : String(minor)),
      duration: (minutes: number) => {
        const hours = Math.floor(minutes / 60);
        const rest = minutes % 60;
        if (hours === 0) return t('duration.minutes', { count: rest });
        if (rest === 0) return t('duration.hours', { count: hours });
        return t('duration.hoursMinutes', { hours, minutes: rest });
      },
    };
  }, [tag, timeZone, currency, t]);
}

export type PublicFormat = ReturnType<typeof usePublicFormat>;
