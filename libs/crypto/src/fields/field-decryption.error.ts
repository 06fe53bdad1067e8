import { FieldLocation } from './field-location';

/**
 * An encrypted field that does not decrypt: tampered, moved to another row, encrypted under
 * another key, or in an unknown format. The message names the row so it can be found; it never
 * carries the value or any ciphertext bytes, so it is safe to log.
 */
export class FieldDecryptionError extends Error {
  constructor(
    readonly location: FieldLocation,
    reason: 'authentication failed' | 'unsupported format' = 'authentication failed',
  ) {
    super(
      `Cannot decrypt ${location.table}.${location.column} of row ${location.rowId} ` +
        `(tenant ${location.tenantId}): ${reason}`,
    );
    this.name = 'FieldDecryptionError';
  }
}
