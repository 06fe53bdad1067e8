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
 * Integer minor units as a plain decimal string, built from the digits so no float rounds a
 * grosz: `-69428, 'PLN'` is "-694.28". What a CSV file and Intl both take.
 */
export function minorToDecimal(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`not an integer amount of minor units: ${minor}`);
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const units = String(Math.abs(minor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${units}` : `${sign}${units.slice(0, -digits)}.${units.slice(-digits)}`;
}

/** An amount in minor units as the language writes money: `69428, 'PLN', 'pl'` is "694,28 zł". */
export function formatMoney(minor: number, currency: string, language: string): string {
  const format = new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency });
  // ES2023 Intl takes a decimal string exactly; the cast is for lib typings that only know numbers.
  return format.format(minorToDecimal(minor, currency) as unknown as number);
}

/** A short axis label: "12 tys. zł", "€1.2K". Rounded, for ticks only; tables show exact money. */
export function formatMoneyCompact(minor: number, currency: string, language: string): string {
  const format = new Intl.NumberFormat(intlLocale(language), {
    style: 'currency',
    currency,
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  });
  return format.format(Number(minorToDecimal(minor, currency)));
}
