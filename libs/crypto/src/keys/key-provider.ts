/**
 * Holds the key-encryption keys that wrap each workshop's data key. The environment provider
 * is the first; a KMS or Vault provider implements the same two methods.
 */
export interface KeyProvider {
  /** The id of the key new data keys are wrapped with. */
  readonly activeKeyId: string;
  /** The key-encryption key with `keyId`; throws when it is unknown. */
  keyEncryptionKey(keyId: string): Buffer;
}
