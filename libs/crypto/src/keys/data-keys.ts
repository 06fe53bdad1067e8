import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { KeyProvider } from './key-provider';

const WRAP_FORMAT_VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export interface WrappedDataKey {
  /** version byte, nonce, ciphertext, GCM tag */
  readonly wrapped: Buffer;
  /** Which key-encryption key wrapped it. */
  readonly wrappedBy: string;
}

/**
 * Envelope encryption of per-workshop data keys. Each workshop gets a random 256-bit data key
 * at signup; only its wrapped form is stored, bound (as GCM associated data) to the workshop's
 * id so a wrapped key copied to another workshop's row does not unwrap.
 */
export class DataKeys {
  constructor(private readonly keyProvider: KeyProvider) {}

  generate(tenantId: string): { readonly plaintext: Buffer } & WrappedDataKey {
    const plaintext = randomBytes(32);
    return { plaintext, ...this.wrap(tenantId, plaintext) };
  }

  wrap(tenantId: string, plaintext: Buffer): WrappedDataKey {
    const wrappedBy = this.keyProvider.activeKeyId;
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keyProvider.keyEncryptionKey(wrappedBy), nonce);
    cipher.setAAD(associatedData(tenantId, wrappedBy));
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return {
      wrapped: Buffer.concat([Buffer.from([WRAP_FORMAT_VERSION]), nonce, body, cipher.getAuthTag()]),
      wrappedBy,
    };
  }

  unwrap(tenantId: string, key: WrappedDataKey): Buffer {
    const { wrapped, wrappedBy } = key;
    if (wrapped[0] !== WRAP_FORMAT_VERSION || wrapped.length !== 1 + NONCE_BYTES + 32 + TAG_BYTES) {
      throw new Error('Unsupported wrapped data key format');
    }
    const nonce = wrapped.subarray(1, 1 + NONCE_BYTES);
    const body = wrapped.subarray(1 + NONCE_BYTES, wrapped.length - TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.keyProvider.keyEncryptionKey(wrappedBy), nonce);
    decipher.setAAD(associatedData(tenantId, wrappedBy));
    decipher.setAuthTag(wrapped.subarray(wrapped.length - TAG_BYTES));
    return Buffer.concat([decipher.update(body), decipher.final()]);
  }
}

function associatedData(tenantId: string, wrappedBy: string): Buffer {
  return Buffer.from(`pitlane/data-key/v1/${tenantId}/${wrappedBy}`, 'utf8');
}
