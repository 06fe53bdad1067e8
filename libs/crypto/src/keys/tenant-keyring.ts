import { BlindIndexPurpose, blindIndex, deriveBlindIndexKey } from '../blind-index/blind-index';
import { decryptField, encryptField } from '../fields/field-cipher';
import { FieldLocation } from '../fields/field-location';
import { DataKeys } from './data-keys';
import { WrappedKeySource } from './wrapped-key-source';

interface CachedKeys {
  readonly dataKey: Buffer;
  readonly blindIndexKeys: Map<BlindIndexPurpose, Buffer>;
  readonly expiresAt: number;
}

/** Unwrapped keys stay in memory briefly: long enough for a burst of requests, no longer. */
const CACHE_TTL_MS = 5 * 60_000;
const CACHE_MAX_TENANTS = 10_000;

/**
 * Field encryption and blind indexes under each workshop's own data key. The wrapped key is
 * read (in the workshop's context) and unwrapped once, then cached for a few minutes; `forget`
 * drops it at once, after a rotation or a crypto-shred.
 */
export class TenantKeyring {
  private readonly cache = new Map<string, CachedKeys>();

  constructor(
    private readonly dataKeys: DataKeys,
    private readonly source: WrappedKeySource,
  ) {}

  async encrypt(location: FieldLocation, plaintext: string): Promise<Buffer> {
    return encryptField((await this.keys(location.tenantId)).dataKey, location, plaintext);
  }

  /** Throws `FieldDecryptionError` (naming the row, never a value) when the bytes do not authenticate. */
  async decrypt(location: FieldLocation, ciphertext: Buffer): Promise<string> {
    return decryptField((await this.keys(location.tenantId)).dataKey, location, ciphertext);
  }

  /** HMAC of an already normalised value under the workshop's key for `purpose`. */
  async blindIndex(tenantId: string, purpose: BlindIndexPurpose, normalizedValue: string): Promise<Buffer> {
    const keys = await this.keys(tenantId);
    let key = keys.blindIndexKeys.get(purpose);
    if (!key) {
      key = deriveBlindIndexKey(keys.dataKey, tenantId, purpose);
      keys.blindIndexKeys.set(purpose, key);
    }
    return blindIndex(key, normalizedValue);
  }

  forget(tenantId: string): void {
    const cached = this.cache.get(tenantId);
    cached?.dataKey.fill(0);
    this.cache.delete(tenantId);
  }

  private async keys(tenantId: string): Promise<CachedKeys> {
    const cached = this.cache.get(tenantId);
    if (cached && cached.expiresAt > Date.now()) return cached;
    const dataKey = this.dataKeys.unwrap(tenantId, await this.source.wrappedDataKey(tenantId));
    if (this.cache.size >= CACHE_MAX_TENANTS) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.forget(oldest);
    }
    const fresh = { dataKey, blindIndexKeys: new Map(), expiresAt: Date.now() + CACHE_TTL_MS };
    this.cache.delete(tenantId);
    this.cache.set(tenantId, fresh);
    return fresh;
  }
}
