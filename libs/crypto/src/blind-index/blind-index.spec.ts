import { createHmac } from 'node:crypto';
import { blindIndex, BlindIndexPurpose, deriveBlindIndexKey } from './blind-index';

const DATA_KEY = Buffer.alloc(32, 0x42);
const OTHER_DATA_KEY = Buffer.alloc(32, 0x43);
const TENANT_A = '0b6f1c9e-4a52-4f7e-9d3a-1f2e3d4c5b6a';
const TENANT_B = '7c1d2e3f-8a9b-4c0d-9e1f-2a3b4c5d6e7f';
const PURPOSES: readonly BlindIndexPurpose[] = ['vin', 'vin_last6', 'national_id'];

function hmac(key: Buffer, data: Buffer | string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

/** RFC 5869 written out with plain HMAC, to check which input is the salt and which the info. */
function referenceHkdf(ikm: Buffer, salt: string, info: string, length: number): Buffer {
  const prk = hmac(Buffer.from(salt, 'utf8'), ikm);
  const blocks: Buffer[] = [];
  let previous: Buffer = Buffer.alloc(0);
  for (let counter = 1; Buffer.concat(blocks).length < length; counter += 1) {
    previous = hmac(prk, Buffer.concat([previous, Buffer.from(info, 'utf8'), Buffer.from([counter])]));
    blocks.push(previous);
  }
  return Buffer.concat(blocks).subarray(0, length);
}

describe('deriveBlindIndexKey', () => {
  it('is 32 bytes of HKDF-SHA256 with the tenant id as salt and the purpose in the info', () => {
    for (const purpose of PURPOSES) {
      const key = deriveBlindIndexKey(DATA_KEY, TENANT_A, purpose);

      expect(key).toBeInstanceOf(Buffer);
      expect(key).toHaveLength(32);
      expect(key.equals(referenceHkdf(DATA_KEY, TENANT_A, `pitlane/blind-index/v1/${purpose}`, 32))).toBe(true);
    }
  });

  it('is deterministic', () => {
    expect(deriveBlindIndexKey(DATA_KEY, TENANT_A, 'vin').equals(deriveBlindIndexKey(DATA_KEY, TENANT_A, 'vin'))).toBe(
      true,
    );
  });

  it('differs per purpose', () => {
    const keys = PURPOSES.map((purpose) => deriveBlindIndexKey(DATA_KEY, TENANT_A, purpose).toString('hex'));

    expect(new Set(keys).size).toBe(PURPOSES.length);
  });

  it('differs per tenant id', () => {
    expect(deriveBlindIndexKey(DATA_KEY, TENANT_A, 'vin').equals(deriveBlindIndexKey(DATA_KEY, TENANT_B, 'vin'))).toBe(
      false,
    );
  });

  it('differs per data key', () => {
    expect(
      deriveBlindIndexKey(DATA_KEY, TENANT_A, 'vin').equals(deriveBlindIndexKey(OTHER_DATA_KEY, TENANT_A, 'vin')),
    ).toBe(false);
  });

  it('is not the data key itself', () => {
    expect(deriveBlindIndexKey(DATA_KEY, TENANT_A, 'vin').equals(DATA_KEY)).toBe(false);
  });

  it('refuses a data key that is not 32 bytes', () => {
    expect(() => deriveBlindIndexKey(Buffer.alloc(16), TENANT_A, 'vin')).toThrow('A data key must be 32 bytes');
  });
});

describe('blindIndex', () => {
  const key = deriveBlindIndexKey(DATA_KEY, TENANT_A, 'vin');

  it('is the 32-byte HMAC-SHA256 of the value', () => {
    const index = blindIndex(key, 'WVWZZZ1JZXW000001');

    expect(index).toHaveLength(32);
    expect(index.equals(hmac(key, 'WVWZZZ1JZXW000001'))).toBe(true);
  });

  it('is deterministic, so equal values find each other', () => {
    expect(blindIndex(key, 'WVWZZZ1JZXW000001').equals(blindIndex(key, 'WVWZZZ1JZXW000001'))).toBe(true);
  });

  it('differs for different values', () => {
    expect(blindIndex(key, 'WVWZZZ1JZXW000001').equals(blindIndex(key, 'WVWZZZ1JZXW000002'))).toBe(false);
    expect(blindIndex(key, '').equals(blindIndex(key, ' '))).toBe(false);
  });

  it('differs for the same value under another purpose, workshop or data key', () => {
    const value = '000001';
    const index = blindIndex(key, value);

    expect(index.equals(blindIndex(deriveBlindIndexKey(DATA_KEY, TENANT_A, 'vin_last6'), value))).toBe(false);
    expect(index.equals(blindIndex(deriveBlindIndexKey(DATA_KEY, TENANT_B, 'vin'), value))).toBe(false);
    expect(index.equals(blindIndex(deriveBlindIndexKey(OTHER_DATA_KEY, TENANT_A, 'vin'), value))).toBe(false);
  });

  it('does not contain the value', () => {
    expect(blindIndex(key, 'WVWZZZ1JZXW000001').toString('latin1')).not.toContain('WVWZZZ1JZXW000001');
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => blindIndex(Buffer.alloc(16), 'x')).toThrow('A blind-index key must be 32 bytes');
  });
});
