/**
 * Money typed as a decimal ("249,99", "1 250.50", "80") and kept as integer minor units, as the
 * API takes it. Either "," or "." is the decimal mark; spaces (also non-breaking) group thousands.
 * Null for anything else: letters, two marks, more decimals than the currency has, negatives.
 */
export function parseMoney(text: string, fractionDigits = 2): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  const pattern = fractionDigits > 0 ? new RegExp(`^(\\d+)(?:[.,](\\d{1,${fractionDigits}}))?$`) : /^(\d+)$/;
  const match = pattern.exec(compact);
  if (!match) return null;
  const whole = match[1] ?? '0';
  const fraction = (match[2] ?? '').padEnd(fractionDigits, '0');
  const minor = Number(whole) * 10 ** fractionDigits + (fraction ? Number(fraction) : 0);
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Minor units as a field shows them to edit: "249,99" with the language's decimal mark, no grouping. */
export function minorToInput(minor: number, fractionDigits = 2, decimalMark = '.'): string {
  if (fractionDigits === 0) return String(minor);
  const scale = 10 ** fractionDigits;
  const whole = Math.floor(minor / scale);
  const fraction = String(minor % scale).padStart(fractionDigits, '0');
  return `${whole}${decimalMark}${fraction}`;
}

/** How many decimals `currency` has (PLN and DKK 2, JPY 0). */
export function fractionDigitsOf(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** The decimal mark of `locale` ("," in Polish and Danish, "." in English). */
export function decimalMarkOf(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

/** A VAT rate typed as a percentage ("23", "5,5") in basis points (2300, 550); null when not 0–100 %. */
export function parseVatPercent(text: string): number | null {
  const basisPoints = parseMoney(text, 2);
  return basisPoints !== null && basisPoints <= 10_000 ? basisPoints : null;
}

export function vatToInput(basisPoints: number, decimalMark = '.'): string {
  return basisPoints % 100 === 0 ? String(basisPoints / 100) : minorToInput(basisPoints, 2, decimalMark);
}
