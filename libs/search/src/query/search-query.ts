import { checkVin } from '@pitlane/crypto';
import { normalizePlate } from '@pitlane/garage';

/** The longest query text accepted; longer is a 400, never a slow scan. */
export const MAX_QUERY_LENGTH = 200;

/** A VIN's last six characters: the alphabet of VINs (no I, O, Q). */
const VIN_TAIL = /^[A-HJ-NPR-Z0-9]{6}$/;

/** What a typed query asks for, each part in the form its index keeps. */
export interface ParsedQuery {
  /** Trimmed, whitespace collapsed: what fuzzy text matching sees. */
  readonly text: string;
  /** Words of letters and digits, lower case: each must match (fuzzily, or as a prefix). */
  readonly tokens: readonly string[];
  /** The query as a plate prefix ("wa-12" -> "WA12"), or '' when it cannot be one. */
  readonly plateKey: string;
  /** Phone digits without "+", "00" or a trunk "0" ("0048 601-234-567" -> "48601234567"), or ''. */
  readonly phoneDigits: string;
  /** A well-formed 17-character VIN, normalised; looked up through its blind index only. */
  readonly vin: string | null;
  /** Six VIN characters (the tail index), normalised. */
  readonly vinTail: string | null;
}

/**
 * Reads what a mechanic typed. Punctuation and query-language characters are separators, never
 * syntax: no adapter passes user text to a query parser. Returns null for a blank query.
 */
export function parseSearchQuery(input: string): ParsedQuery | null {
  const text = input.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const tokens = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0)
    .slice(0, 12);
  if (tokens.length === 0) return null;
  const compact = normalizePlate(text);
  const vinCheck = compact.length === 17 ? checkVin(compact) : null;
  return {
    text,
    tokens,
    plateKey: compact.length >= 2 && compact.length <= 12 && tokens.length <= 3 ? compact : '',
    phoneDigits: phoneDigits(text),
    // A check-digit mismatch is still a VIN someone typed: the index decides whether it exists.
    vin: vinCheck && (vinCheck.valid || vinCheck.reason === 'check_digit') ? compact : null,
    vinTail: VIN_TAIL.test(compact) && /\d/.test(compact) ? compact : null,
  };
}

function phoneDigits(text: string): string {
  if (!/^[+\d\s()./-]+$/.test(text)) return '';
  let digits = text.replace(/\D/g, '');
  if (digits.startsWith('00')) digits = digits.slice(2);
  else if (digits.startsWith('0')) digits = digits.slice(1);
  return digits.length >= 5 && digits.length <= 15 ? digits : '';
}
