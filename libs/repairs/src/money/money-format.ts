/**
 * Writes amounts in minor units for people in `locale` ("1 234,56 zł", "DKK 1.234,56"). The
 * currency's own number of decimals comes from Intl (2 for PLN/EUR/DKK, 0 for JPY), so minor
 * units convert exactly; only for mails and documents, never for arithmetic. Built once per
 * currency and locale, for a document that writes many amounts.
 */
export function moneyFormatter(currency: string, locale: string): (minor: number) => string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const divisor = 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2);
  return (minor) => format.format(minor / divisor);
}

/** One amount in minor units written for people in `locale` (see `moneyFormatter`). */
export function formatMoney(minor: number, currency: string, locale: string): string {
  return moneyFormatter(currency, locale)(minor);
}
