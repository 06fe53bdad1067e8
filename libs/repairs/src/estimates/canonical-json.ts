import { createHash } from 'node:crypto';

/**
 * The one serialisation an estimate is hashed in, the JSON Canonicalization Scheme of RFC 8785
 * for the values an estimate holds: no whitespace; object members sorted by their names'
 * UTF-16 code units (JavaScript's default string order); strings and numbers written as
 * ECMAScript's JSON.stringify writes them (shortest round-trip numbers, minimal escapes), which
 * is what RFC 8785 prescribes. So anyone can re-derive the hash from the JSON the customer was
 * shown with any JCS implementation, whatever order the members arrive in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('a canonical document holds finite numbers only');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item: unknown) => canonicalJson(item)).join(',')}]`;
  // Only plain data: an undefined member, a Date or a BigInt would be written ambiguously or not at all.
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) {
    throw new TypeError(`a canonical document holds plain JSON data only, not ${typeof value}`);
  }
  const record = value as Readonly<Record<string, unknown>>;
  const members = Object.keys(record)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${members.join(',')}}`;
}

/** Lowercase hex SHA-256 of the UTF-8 bytes of `text`. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
