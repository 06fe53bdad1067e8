import { KeyProvider } from './key-provider';

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const KEY_BYTES = 32;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Key-encryption keys from configuration (`MASTER_KEY`, `MASTER_KEY_ID`). Rotation keeps the
 * keys that wrapped older data keys as "previous" keys: they still unwrap, but only the active
 * key wraps. No error here ever carries key material.
 */
export class EnvironmentKeyProvider implements KeyProvider {
  /** The active key id first, then the previous ones in the order given. */
  readonly keyIds: readonly string[];
  private readonly keys: ReadonlyMap<string, Buffer>;

  constructor(
    readonly activeKeyId: string,
    activeKey: Buffer,
    previousKeys: ReadonlyMap<string, Buffer> = new Map(),
  ) {
    if (activeKey.length !== KEY_BYTES) throw new Error('A master key must be 32 bytes');
    const keys = new Map([[activeKeyId, activeKey]]);
    for (const [keyId, key] of previousKeys) {
      if (keyId === activeKeyId) throw new Error(`Master key id "${keyId}" is both active and previous`);
      if (key.length !== KEY_BYTES) throw new Error(`Previous master key "${keyId}" must be 32 bytes`);
      keys.set(keyId, key);
    }
    this.keys = keys;
    this.keyIds = Object.freeze([...keys.keys()]);
  }

  keyEncryptionKey(keyId: string): Buffer {
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`Unknown master key id "${keyId}"`);
    return key;
  }

  /**
   * Parses `"k0:BASE64,k-old:BASE64"` (whitespace around entries is ignored; an empty string is
   * no previous keys). An error names the entry by its id, or by its 1-based position when the
   * id itself is malformed, since a malformed entry may be a pasted key.
   */
  static parsePreviousKeys(spec: string): Map<string, Buffer> {
    const keys = new Map<string, Buffer>();
    if (spec.trim() === '') return keys;
    spec.split(',').forEach((rawEntry, index) => {
      const position = `Previous master key entry ${index + 1}`;
      const entry = rawEntry.trim();
      const separator = entry.indexOf(':');
      if (separator < 0) throw new Error(`${position} must be "id:base64-key"`);
      const keyId = entry.slice(0, separator).trim();
      const encoded = entry.slice(separator + 1).trim();
      if (!KEY_ID.test(keyId)) throw new Error(`${position} has an id that is not 1-32 letters, digits, "-" or "_"`);
      if (keys.has(keyId)) throw new Error(`Previous master key id "${keyId}" appears more than once`);
      const key = decodeBase64(encoded);
      if (key?.length !== KEY_BYTES) throw new Error(`Previous master key "${keyId}" must be 32 bytes, base64-encoded`);
      keys.set(keyId, key);
    });
    return keys;
  }
}

/** Strict base64: `Buffer.from` silently skips characters outside the alphabet. */
function decodeBase64(encoded: string): Buffer | undefined {
  if (!BASE64.test(encoded)) return undefined;
  const decoded = Buffer.from(encoded, 'base64');
  const canonical = decoded.toString('base64');
  return canonical.replace(/=+$/, '') === encoded.replace(/=+$/, '') ? decoded : undefined;
}
