import { Inject, Injectable } from '@nestjs/common';
import { KEY_PROVIDER, KeyProvider } from '@pitlane/crypto';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const FORMAT_VERSION = 1;
const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HKDF_INFO = 'pitlane/user-mfa/v1';

export interface SealedSecret {
  /** `[version][12-byte nonce][ciphertext][16-byte tag]` */
  readonly sealed: Buffer;
  /** The master key the sealing key was derived from. */
  readonly keyId: string;
}

/**
 * Seals TOTP secrets. People are global, so their secrets cannot use a workshop's data key:
 * they are encrypted (AES-256-GCM, random nonce) under a platform key derived with HKDF-SHA256
 * (info `pitlane/user-mfa/v1`) from the active master key. The associated data binds the user
 * id and the key id, so a sealed secret copied to another person's row, or relabelled with
 * another key id, does not open. A secret sealed under a previous master key still opens while
 * that key is configured (MASTER_KEYS_PREVIOUS); see docs/encryption.md.
 */
@Injectable()
export class MfaSecretCipher {
  private readonly derived = new Map<string, Buffer>();

  constructor(@Inject(KEY_PROVIDER) private readonly keys: KeyProvider) {}

  seal(userId: string, secret: Buffer): SealedSecret {
    const keyId = this.keys.activeKeyId;
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key(keyId), nonce, { authTagLength: TAG_BYTES });
    cipher.setAAD(associatedData(userId, keyId));
    const body = Buffer.concat([cipher.update(secret), cipher.final()]);
    return { sealed: Buffer.concat([Buffer.from([FORMAT_VERSION]), nonce, body, cipher.getAuthTag()]), keyId };
  }

  /** Throws when the bytes do not authenticate for this person and key; never says more. */
  open(userId: string, { sealed, keyId }: SealedSecret): Buffer {
    if (sealed[0] !== FORMAT_VERSION || sealed.length <= 1 + NONCE_BYTES + TAG_BYTES) {
      throw new Error('Unsupported sealed MFA secret format');
    }
    const nonce = sealed.subarray(1, 1 + NONCE_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.key(keyId), nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(associatedData(userId, keyId));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(sealed.subarray(1 + NONCE_BYTES, sealed.length - TAG_BYTES)),
      decipher.final(),
    ]);
  }

  private key(keyId: string): Buffer {
    let key = this.derived.get(keyId);
    if (!key) {
      key = Buffer.from(hkdfSync('sha256', this.keys.keyEncryptionKey(keyId), Buffer.alloc(0), HKDF_INFO, KEY_BYTES));
      this.derived.set(keyId, key);
    }
    return key;
  }
}

function associatedData(userId: string, keyId: string): Buffer {
  return Buffer.from(`${HKDF_INFO}\0${userId}\0${keyId}`, 'utf8');
}
