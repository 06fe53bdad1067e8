import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../session/me';

/** Intl locales per app language: European date and number conventions also in English. */
const INTL_LOCALE: Record<string, string> = { en: 'en-GB', pl: 'pl-PL', da: 'da-DK' };

export interface WorkshopFormat {
  /** "6 Dec 2026", in the workshop's time zone. */
  readonly date: (iso: string) => string;
  /** "6 Dec 2026, 14:05", in the workshop's time zone. */
  readonly dateTime: (iso: string) => string;
  /** "154 000" / "154,000", the language's grouping. */
  readonly number: (value: number) => string;
}

/** Dates and numbers as the person reads them, with times in the workshop's zone, not the browser's. */
export function useWorkshopFormat(): WorkshopFormat {
  const { i18n } = useTranslation();
  const { timeZone } = useMe().workshop;
  const locale = INTL_LOCALE[i18n.language] ?? i18n.language;
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    const number = new Intl.NumberFormat(locale);
    return {
      date: (iso) => date.format(new Date(iso)),
      dateTime: (iso) => dateTime.format(new Date(iso)),
      number: (value) => number.format(value),
    };
  }, [locale, timeZone]);
}
