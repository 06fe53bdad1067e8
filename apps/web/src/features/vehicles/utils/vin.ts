/**
 * VIN feedback while it is typed, mirroring the API's rules (libs/crypto/src/validation/vin.ts,
 * ISO 3779): 17 characters from digits and A–Z without I, O and Q. Position 9 is a check digit
 * that only North American VINs (first character 1–5) must get right; the API refuses those when
 * it does not match, and accepts a mismatch anywhere else, where makers fill position 9 freely.
 */
export const VIN_LENGTH = 17;

/** What the field says about the VIN as typed so far. */
export type VinFeedback =
  | { readonly kind: 'empty' }
  /** Fewer than 17 characters: fine while typing, an error when submitted. */
  | { readonly kind: 'short'; readonly normalized: string; readonly length: number }
  | { readonly kind: 'long'; readonly normalized: string; readonly length: number }
  /** Characters a VIN never has (I, O, Q, symbols, accents), in the order typed, each once. */
  | { readonly kind: 'characters'; readonly normalized: string; readonly invalid: readonly string[] }
  /** North American VIN whose check digit is wrong: the API refuses it. */
  | { readonly kind: 'check_digit'; readonly normalized: string; readonly expected: string }
  /** Valid; `checkDigit` says whether position 9 matched or is simply not used as one. */
  | { readonly kind: 'valid'; readonly normalized: string; readonly checkDigit: 'valid' | 'not_applicable' };

const CHECK_DIGIT_POSITION = 8;
const VIN_CHARACTER = /^[A-HJ-NPR-Z0-9]$/;
const NORTH_AMERICA = /^[1-5]/;
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;
// prettier-ignore
const TRANSLITERATION: Readonly<Record<string, number>> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};

/** As the API stores it: trimmed, ASCII letters upper-cased, spaces, hyphens and dots dropped. */
export function normalizeVin(input: string): string {
  return input
    .trim()
    .replace(/[\s.-]/g, '')
    .replace(/[a-z]/g, (letter) => letter.toUpperCase());
}

/** The check digit position 9 should hold: weighted sum modulo 11, with 10 written "X". */
export function expectedCheckDigit(vin: string): string {
  let sum = 0;
  WEIGHTS.forEach((weight, index) => {
    const character = vin[index] ?? '';
    sum += weight * (TRANSLITERATION[character] ?? Number(character));
  });
  const remainder = sum % 11;
  return remainder === 10 ? 'X' : String(remainder);
}

export function vinFeedback(input: string): VinFeedback {
  const normalized = normalizeVin(input);
  if (normalized === '') return { kind: 'empty' };
  const characters = [...normalized];
  const invalid = [...new Set(characters.filter((character) => !VIN_CHARACTER.test(character)))];
  if (invalid.length > 0) return { kind: 'characters', normalized, invalid };
  if (characters.length < VIN_LENGTH) return { kind: 'short', normalized, length: characters.length };
  if (characters.length > VIN_LENGTH) return { kind: 'long', normalized, length: characters.length };
  const expected = expectedCheckDigit(normalized);
  if (normalized[CHECK_DIGIT_POSITION] === expected) return { kind: 'valid', normalized, checkDigit: 'valid' };
  if (NORTH_AMERICA.test(normalized)) return { kind: 'check_digit', normalized, expected };
  return { kind: 'valid', normalized, checkDigit: 'not_applicable' };
}

/** Whether the API would accept it (an empty VIN is simply absent). */
export function isAcceptableVin(input: string): boolean {
  const feedback = vinFeedback(input);
  return feedback.kind === 'empty' || feedback.kind === 'valid';
}
