import { KeyProvider } from './key-provider';

/** Key-encryption keys from configuration (`MASTER_KEY`, `MASTER_KEY_ID`). */
export class EnvironmentKeyProvider implements KeyProvider {
  private readonly keys: ReadonlyMap<string, Buffer>;

  constructor(
    readonly activeKeyId: string,
    activeKey: Buffer,
  ) {
    if (activeKey.length !== 32) throw new Error('A master key must be 32 bytes');
    this.keys = new Map([[activeKeyId, activeKey]]);
  }

  keyEncryptionKey(keyId: string): Buffer {
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`Unknown master key id "${keyId}"`);
    return key;
  }
}
