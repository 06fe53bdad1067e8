/**
 * Money and quantities as people type them and as the API keeps them. Money is typed as a
 * decimal ("12,50", "12.5", "1 234,50") and sent as integer minor units; stock moves in whole
 * units. Text fields with a numeric keyboard, so a scroll wheel never changes them.
 */

/** 10 million in major units: the API's ceiling for a price or a cost. */
export const MAX_MINOR = 1_000_000_000;
/** The API's ceiling for one movement, either way. */
export const MAX_QUANTITY = 1_000_000;

/**
 * "12,50" → 1250. Either comma or point separates at most two decimals; spaces (also the
 * non-breaking ones Intl writes) may group thousands, and so may a point or comma when the other
 * one ends the number ("1.234,56", "1,234.56"). "1.500" alone is refused: a Dane means 1500, an
 * Englishman might mean 1.5. Answers undefined for anything else: empty, negative, three
 * decimals, letters, above MAX_MINOR.
 */
export function parseMoneyToMinor(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return undefined;
  const match = /^(\d{1,3}(?:([.,])\d{3})*|\d+)(?:([.,])(\d{1,2}))?$/.exec(compact);
  if (!match) return undefined;
  const [, whole = '', grouping, separator, fraction = ''] = match;
  if (grouping !== undefined && (separator === undefined || separator === grouping)) return undefined;
  const major = Number(grouping !== undefined ? whole.split(grouping).join('') : whole);
  const minor = major * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(minor) && minor <= MAX_MINOR ? minor : undefined;
}

/** 1250 → "12.50" / "12,50": the value a money field starts with (no grouping, the language's separator). */
export function minorToInput(minor: number, decimalSeparator: string): string {
  const major = Math.floor(minor / 100);
  const cents = String(minor % 100).padStart(2, '0');
  return `${major}${decimalSeparator}${cents}`;
}

/** The language's decimal separator, for what a money field shows. */
export function decimalSeparatorOf(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

/**
 * A whole number of units: "12", "-3", "+4". `signed` allows a sign (an adjustment); zero is
 * refused either way (a movement of nothing). Undefined for anything else.
 */
export function parseQuantity(text: string, { signed }: { readonly signed: boolean }): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  const match = signed ? /^[+-]?\d+$/.exec(compact) : /^\+?\d+$/.exec(compact);
  if (!match) return undefined;
  const value = Number(compact);
  if (value === 0 || !Number.isSafeInteger(value) || Math.abs(value) > MAX_QUANTITY) return undefined;
  return value;
}

/** A reorder point: a whole number of units, zero allowed. */
export function parseReorderPoint(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return 0;
  if (!/^\d+$/.test(compact)) return undefined;
  const value = Number(compact);
  return value <= MAX_QUANTITY ? value : undefined;
}

/** "23" or "8,5" percent → 2300 or 850 basis points; at most two decimals, 0 to 100. */
export function parseVatRateBp(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f%]/g, '');
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return undefined;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bp <= 10_000 ? bp : undefined;
}

/** 2300 → "23", 850 → "8,5" (the language's separator). */
export function vatRateToInput(bp: number, decimalSeparator: string): string {
  const whole = Math.floor(bp / 100);
  const rest = bp % 100;
  if (rest === 0) return String(whole);
  return `${whole}${decimalSeparator}${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

/** Integer minor units as the language writes the workshop's currency: "zł 12,50" / "12,50 zł" / "€12.50". */
export function formatMinor(minor: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 100);
}
