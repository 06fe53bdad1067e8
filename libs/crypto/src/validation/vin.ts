/**
 * Vehicle identification numbers (ISO 3779). The check digit at position 9 is mandatory only
 * for North America (49 CFR 565); European makers fill that position freely, so there a
 * mismatch is not an error.
 */
export type VinCheck =
  | { readonly valid: true; readonly normalized: string; readonly checkDigit: 'valid' | 'not_applicable' }
  | { readonly valid: false; readonly normalized: string; readonly reason: 'length' | 'characters' | 'check_digit' };

const VIN_LENGTH = 17;
const CHECK_DIGIT_POSITION = 8;
const VIN_CHARACTERS = /^[A-HJ-NPR-Z0-9]{17}$/;
const NORTH_AMERICA = /^[1-5]/;
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;
// prettier-ignore
const TRANSLITERATION: Readonly<Record<string, number>> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};

/**
 * Trims, uppercases and drops the spaces, hyphens and dots people type into a VIN. Only ASCII
 * letters are uppercased: full Unicode case mapping would turn "ß" into "SS" and "ſ" into "S".
 */
export function normalizeVin(input: string): string {
  return input
    .trim()
    .replace(/[\s.-]/g, '')
    .replace(/[a-z]/g, (letter) => letter.toUpperCase());
}

export function checkVin(input: string): VinCheck {
  const normalized = normalizeVin(input);
  if ([...normalized].length !== VIN_LENGTH) return { valid: false, normalized, reason: 'length' };
  if (!VIN_CHARACTERS.test(normalized)) return { valid: false, normalized, reason: 'characters' };
  if (normalized[CHECK_DIGIT_POSITION] === checkDigitOf(normalized)) {
    return { valid: true, normalized, checkDigit: 'valid' };
  }
  if (NORTH_AMERICA.test(normalized)) return { valid: false, normalized, reason: 'check_digit' };
  return { valid: true, normalized, checkDigit: 'not_applicable' };
}

/** The last six characters (the serial part), the key of a "search by VIN tail" lookup. */
export function vinTail(normalizedVin: string): string {
  if (normalizedVin.length < 6) throw new Error('A VIN tail needs at least 6 characters');
  return normalizedVin.slice(-6);
}

/** Weighted sum of the transliterated characters, modulo 11; a remainder of 10 is written "X". */
function checkDigitOf(vin: string): string {
  let sum = 0;
  WEIGHTS.forEach((weight, index) => {
    const character = vin[index] ?? '';
    sum += weight * (TRANSLITERATION[character] ?? Number(character));
  });
  const remainder = sum % 11;
  return remainder === 10 ? 'X' : String(remainder);
}
