import { DataKeys } from './data-keys';
import { EnvironmentKeyProvider } from './environment-key-provider';

const TENANT_A = '0b6f1c9e-4a52-4f7e-9d3a-1f2e3d4c5b6a';
const TENANT_B = '7c1d2e3f-8a9b-4c0d-9e1f-2a3b4c5d6e7f';
const MASTER_KEY = Buffer.alloc(32, 0x5a);

function dataKeys(keyId = 'k1', key = MASTER_KEY): DataKeys {
  return new DataKeys(new EnvironmentKeyProvider(keyId, key));
}

function withByteFlipped(buffer: Buffer, index: number): Buffer {
  const copy = Buffer.from(buffer);
  copy[index] = copy[index]! ^ 0x01;
  return copy;
}

describe('DataKeys', () => {
  it('generates a random 256-bit data key that unwraps back to the same bytes', () => {
    const keys = dataKeys();
    const generated = keys.generate(TENANT_A);

    expect(generated.plaintext).toHaveLength(32);
    expect(keys.unwrap(TENANT_A, generated).equals(generated.plaintext)).toBe(true);
  });

  it('records which master key wrapped the data key', () => {
    expect(dataKeys('2025-rotation').generate(TENANT_A).wrappedBy).toBe('2025-rotation');
  });

  it('stores a wrapped key as version byte, 12-byte nonce, 32-byte ciphertext and 16-byte tag', () => {
    const { wrapped, plaintext } = dataKeys().generate(TENANT_A);

    expect(wrapped).toHaveLength(1 + 12 + 32 + 16);
    expect(wrapped[0]).toBe(1);
    expect(wrapped.includes(plaintext)).toBe(false);
  });

  it('gives every workshop a different data key, and every wrap a fresh nonce', () => {
    const keys = dataKeys();
    const first = keys.generate(TENANT_A);
    const second = keys.generate(TENANT_A);

    expect(first.plaintext.equals(second.plaintext)).toBe(false);
    const rewrapped = keys.wrap(TENANT_A, first.plaintext);
    expect(rewrapped.wrapped.equals(first.wrapped)).toBe(false);
    expect(keys.unwrap(TENANT_A, rewrapped).equals(first.plaintext)).toBe(true);
  });

  it('a wrapped key copied to another workshop does not unwrap', () => {
    const keys = dataKeys();
    const generated = keys.generate(TENANT_A);

    expect(() => keys.unwrap(TENANT_B, generated)).toThrow();
  });

  it('a wrapped key with any single byte changed does not unwrap', () => {
    const keys = dataKeys();
    const generated = keys.generate(TENANT_A);

    // the version byte, a nonce byte, a ciphertext byte and a tag byte
    for (const index of [0, 5, 20, generated.wrapped.length - 1]) {
      const tampered = { ...generated, wrapped: withByteFlipped(generated.wrapped, index) };
      expect(() => keys.unwrap(TENANT_A, tampered)).toThrow();
    }
  });

  it('a truncated or extended wrapped key is refused as an unsupported format', () => {
    const keys = dataKeys();
    const generated = keys.generate(TENANT_A);

    expect(() => keys.unwrap(TENANT_A, { ...generated, wrapped: generated.wrapped.subarray(0, 60) })).toThrow(
      'Unsupported wrapped data key format',
    );
    expect(() =>
      keys.unwrap(TENANT_A, { ...generated, wrapped: Buffer.concat([generated.wrapped, Buffer.from([0])]) }),
    ).toThrow('Unsupported wrapped data key format');
  });

  it('a wrapped key relabelled with another key id does not unwrap, even when that key is the same', () => {
    const generated = dataKeys('k1').generate(TENANT_A);

    expect(() => dataKeys('k2').unwrap(TENANT_A, { ...generated, wrappedBy: 'k2' })).toThrow();
  });

  it('a wrapped key does not unwrap under a different master key', () => {
    const generated = dataKeys('k1', MASTER_KEY).generate(TENANT_A);

    expect(() => dataKeys('k1', Buffer.alloc(32, 0x11)).unwrap(TENANT_A, generated)).toThrow();
  });
});

describe('EnvironmentKeyProvider', () => {
  it('hands out the active key by its id', () => {
    const provider = new EnvironmentKeyProvider('k1', MASTER_KEY);

    expect(provider.activeKeyId).toBe('k1');
    expect(provider.keyEncryptionKey('k1')).toBe(MASTER_KEY);
  });

  it('refuses a key id it does not hold', () => {
    expect(() => new EnvironmentKeyProvider('k1', MASTER_KEY).keyEncryptionKey('k0')).toThrow(
      'Unknown master key id "k0"',
    );
  });

  it('a data key wrapped by an unknown master key id does not unwrap', () => {
    const generated = dataKeys('k1').generate(TENANT_A);

    expect(() => dataKeys('k2').unwrap(TENANT_A, generated)).toThrow('Unknown master key id "k1"');
  });

  it('refuses a master key that is not 32 bytes', () => {
    expect(() => new EnvironmentKeyProvider('k1', Buffer.alloc(16))).toThrow('A master key must be 32 bytes');
    expect(() => new EnvironmentKeyProvider('k1', Buffer.alloc(33))).toThrow('A master key must be 32 bytes');
  });
});
