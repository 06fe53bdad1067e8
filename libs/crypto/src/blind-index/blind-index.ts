import { createHmac, hkdfSync } from 'node:crypto';

/** What a blind index is for; each purpose gets its own key, so indexes cannot be compared across purposes. */
export type BlindIndexPurpose = 'vin' | 'vin_last6' | 'national_id';

const KEY_BYTES = 32;

/**
 * The key of one workshop's blind index for one purpose, derived from its data key with
 * HKDF-SHA256 (salt: the tenant id, info: `pitlane/blind-index/v1/<purpose>`). Separate keys
 * keep an index of one workshop or purpose useless for matching another's.
 */
export function deriveBlindIndexKey(dataKey: Buffer, tenantId: string, purpose: BlindIndexPurpose): Buffer {
  if (dataKey.length !== KEY_BYTES) throw new Error('A data key must be 32 bytes');
  const salt = Buffer.from(tenantId, 'utf8');
  const info = Buffer.from(`pitlane/blind-index/v1/${purpose}`, 'utf8');
  return Buffer.from(hkdfSync('sha256', dataKey, salt, info, KEY_BYTES));
}

/**
 * HMAC-SHA256 of an already normalised value: an exact-match lookup column for an encrypted
 * field, which reveals equality but not the value. Normalise first, or equal values miss.
 */
export function blindIndex(key: Buffer, normalizedValue: string): Buffer {
  if (key.length !== KEY_BYTES) throw new Error('A blind-index key must be 32 bytes');
  return createHmac('sha256', key).update(normalizedValue, 'utf8').digest();
}
