/** Intl locales per app language, as the rest of the app formats numbers. */
const INTL_LOCALE: Record<string, string> = { en: 'en-GB', pl: 'pl-PL', da: 'da-DK' };

export function intlLocale(language: string): string {
  return INTL_LOCALE[language] ?? language;
}

/**
 * The API's integer minor units as a decimal string ("-1234.05"), built with integer arithmetic
 * only, so the figure on screen is exactly the API's.
 */
export function minorToDecimal(minor: number, fractionDigits: number): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Not an integer amount of minor units: ${minor}`);
  const negative = minor < 0;
  const digits = String(Math.abs(minor)).padStart(fractionDigits + 1, '0');
  const whole = digits.slice(0, digits.length - fractionDigits);
  const fraction = digits.slice(digits.length - fractionDigits);
  return `${negative ? '-' : ''}${whole}${fractionDigits > 0 ? `.${fraction}` : ''}`;
}

/** "1 234,05 zł", "kr. 1.234,05", "€1,234.05": integer minor units in the language's format. */
export function formatMoney(minor: number, currency: string, language: string): string {
  const format = new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  // Intl formats a decimal string exactly (no binary floating point in between).
  return format.format(minorToDecimal(minor, digits) as Intl.StringNumericLiteral);
}

/** A VAT rate in basis points as a percentage: 2300 -> "23%", 850 -> "8.5%" ("8,5 %" in Polish). */
export function formatVatRate(basisPoints: number, language: string): string {
  const format = new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: 2 });
  return format.format(minorToDecimal(basisPoints, 4) as Intl.StringNumericLiteral);
}

/** Hours or units with up to two decimals: 1.5 -> "1,5" in Polish. */
export function formatQuantity(value: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 2 }).format(value);
}

/** How many minor units a currency has (2 for PLN, DKK, EUR). */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}
