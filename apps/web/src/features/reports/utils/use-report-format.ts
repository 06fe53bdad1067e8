import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bucketLabel, bucketTick } from './bucket-label';
import { formatMoney, formatMoneyCompact, intlLocale } from './report-money';
import type { Granularity } from './report-range';

/** Every number of the reports as the person's language writes it. */
export function useReportFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const locale = intlLocale(language);
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return {
      language,
      // A report's currency comes with its answer: nothing to write while it loads.
      money: (minor: number, currency: string) => (currency ? formatMoney(minor, currency, language) : ''),
      moneyAxis: (minor: number, currency: string) => (currency ? formatMoneyCompact(minor, currency, language) : ''),
      number: (value: number) => number.format(value),
      percent: (value: number) =>
        new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value),
      /** A local calendar day "YYYY-MM-DD". */
      day: (value: string) => date.format(new Date(`${value}T00:00:00Z`)),
      bucket: (bucket: { from: string; to: string }, granularity: Granularity) =>
        bucketLabel(bucket, granularity, language),
      tick: (bucket: { from: string }, granularity: Granularity) => bucketTick(bucket, granularity, language),
    };
  }, [language]);
}
export type ReportFormat = ReturnType<typeof useReportFormat>;
