/**
 * An amount in minor units written for people in `locale` ("1 234,56 zł", "DKK 1.234,56"). The
 * currency's own number of decimals comes from Intl (2 for PLN/EUR/DKK, 0 for JPY), so minor
 * units convert exactly; only for mails and documents, never for arithmetic.
 */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minor / 10 ** digits);
}
