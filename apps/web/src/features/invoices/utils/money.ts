/** Intl locales per app language: European conventions also in English (as the rest of the app). */
const INTL_LOCALE: Record<string, string> = { en: 'en-GB', pl: 'pl-PL', da: 'da-DK' };

export function intlLocale(language: string): string {
  return INTL_LOCALE[language] ?? language;
}

/** How many minor units the currency has (2 for PLN, DKK, EUR; 0 for JPY). */
function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * An amount in integer minor units as the language writes money: `69428, 'PLN', 'pl'` is
 * "694,28 zł". The decimal is built as a string, so no floating point ever rounds a grosz.
 */
export function formatMoney(minor: number, currency: string, language: string): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`not an integer amount of minor units: ${minor}`);
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const units = String(Math.abs(minor)).padStart(digits + 1, '0');
  const decimal = digits === 0 ? units : `${units.slice(0, -digits)}.${units.slice(-digits)}`;
  const format = new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency });
  // ES2023 Intl takes a decimal string exactly; the cast is for lib typings that only know numbers.
  return format.format(`${sign}${decimal}` as unknown as number);
}

/** A VAT rate in basis points as a percentage: 2300 is "23%", 550 is "5.5%" ("5,5%" in Polish). */
export function formatVatRate(basisPoints: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: 2 }).format(
    basisPoints / 10_000,
  );
}

/** A calendar date (`YYYY-MM-DD`, already in the workshop's zone) as the language writes it. */
export function formatCalendarDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
