import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { FieldDecryptionError } from './field-decryption.error';
import { FieldLocation } from './field-location';

/** The first byte of every encrypted field: which layout and key scheme produced it. */
export const FIELD_KEY_VERSION = 1;

const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const AAD_PREFIX = 'pitlane/field/v1';

/**
 * Encrypts one column value with the workshop's data key (AES-256-GCM, random 96-bit nonce).
 * The location is the associated data, so the ciphertext only decrypts in the very cell it was
 * written to. Layout: `[version][12-byte nonce][ciphertext][16-byte tag]`.
 */
export function encryptField(dataKey: Buffer, location: FieldLocation, plaintext: string): Buffer {
  if (dataKey.length !== KEY_BYTES) throw new Error('A data key must be 32 bytes');
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', dataKey, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(location));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([FIELD_KEY_VERSION]), nonce, body, cipher.getAuthTag()]);
}

/** Reverses `encryptField`; any failure at all is a `FieldDecryptionError` naming the cell. */
export function decryptField(dataKey: Buffer, location: FieldLocation, ciphertext: Buffer): string {
  if (ciphertext[0] !== FIELD_KEY_VERSION || ciphertext.length < 1 + NONCE_BYTES + TAG_BYTES) {
    throw new FieldDecryptionError(location, 'unsupported format');
  }
  try {
    const nonce = ciphertext.subarray(1, 1 + NONCE_BYTES);
    const body = ciphertext.subarray(1 + NONCE_BYTES, ciphertext.length - TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', dataKey, nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(associatedData(location));
    decipher.setAuthTag(ciphertext.subarray(ciphertext.length - TAG_BYTES));
    const plaintext = Buffer.concat([decipher.update(body), decipher.final()]);
    return new TextDecoder('utf-8', { fatal: true }).decode(plaintext);
  } catch {
    throw new FieldDecryptionError(location);
  }
}

/**
 * `pitlane/field/v1` and the four location parts, NUL-separated. A part containing NUL would
 * make two locations share associated data, so it is refused.
 */
function associatedData(location: FieldLocation): Buffer {
  const parts = [location.tenantId, location.table, location.column, location.rowId];
  if (parts.some((part) => part.includes('\0'))) throw new Error('A field location must not contain NUL');
  return Buffer.from([AAD_PREFIX, ...parts].join('\0'), 'utf8');
}
