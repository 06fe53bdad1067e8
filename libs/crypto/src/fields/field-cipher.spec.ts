import { randomBytes } from 'node:crypto';
import { decryptField, encryptField, FIELD_KEY_VERSION } from './field-cipher';
import { FieldDecryptionError } from './field-decryption.error';
import { FieldLocation } from './field-location';

const DATA_KEY = Buffer.alloc(32, 0x42);
const LOCATION: FieldLocation = {
  tenantId: '0b6f1c9e-4a52-4f7e-9d3a-1f2e3d4c5b6a',
  table: 'vehicles',
  column: 'vin',
  rowId: '5d2c7e1a-9b3f-4c8d-8e6f-0a1b2c3d4e5f',
};
const VIN = 'WVWZZZ1JZXW000001';

function withByteFlipped(buffer: Buffer, index: number): Buffer {
  const copy = Buffer.from(buffer);
  copy[index] = copy[index]! ^ 0x01;
  return copy;
}

function decryptionErrorOf(action: () => unknown): FieldDecryptionError {
  try {
    action();
  } catch (error) {
    if (error instanceof FieldDecryptionError) return error;
    throw error;
  }
  throw new Error('expected a FieldDecryptionError');
}

describe('encryptField / decryptField', () => {
  it.each([
    ['a VIN', VIN],
    ['the empty string', ''],
    ['unicode', 'Zażółć gęślą jaźń — Ærø, 東京, 🚗'],
    ['a long value', 'x'.repeat(10_000)],
  ])('round-trips %s', (_name, plaintext) => {
    const ciphertext = encryptField(DATA_KEY, LOCATION, plaintext);

    expect(decryptField(DATA_KEY, LOCATION, ciphertext)).toBe(plaintext);
  });

  it('lays out version byte, 12-byte nonce, ciphertext and 16-byte tag', () => {
    const ciphertext = encryptField(DATA_KEY, LOCATION, VIN);

    expect(FIELD_KEY_VERSION).toBe(1);
    expect(ciphertext[0]).toBe(FIELD_KEY_VERSION);
    expect(ciphertext).toHaveLength(1 + 12 + Buffer.byteLength(VIN) + 16);
    expect(encryptField(DATA_KEY, LOCATION, '')).toHaveLength(1 + 12 + 16);
  });

  it('does not contain the plaintext', () => {
    const ciphertext = encryptField(DATA_KEY, LOCATION, VIN);

    expect(ciphertext.includes(Buffer.from(VIN))).toBe(false);
  });

  it('encrypts the same value twice to different ciphertexts with different nonces', () => {
    const first = encryptField(DATA_KEY, LOCATION, VIN);
    const second = encryptField(DATA_KEY, LOCATION, VIN);

    expect(first.equals(second)).toBe(false);
    expect(first.subarray(1, 13).equals(second.subarray(1, 13))).toBe(false);
  });

  it.each([
    ['another row', { rowId: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a' }],
    ['another column', { column: 'national_id' }],
    ['another table', { table: 'customers' }],
    ['another workshop', { tenantId: '7c1d2e3f-8a9b-4c0d-9e1f-2a3b4c5d6e7f' }],
  ])('a ciphertext moved to %s does not decrypt', (_name, change) => {
    const ciphertext = encryptField(DATA_KEY, LOCATION, VIN);
    const moved = { ...LOCATION, ...change };

    expect(() => decryptField(DATA_KEY, moved, ciphertext)).toThrow(FieldDecryptionError);
  });

  it('keeps location parts apart: shifting text between neighbouring parts does not decrypt', () => {
    const location = { tenantId: 't', table: 'vehicles', column: 'vin', rowId: 'r1' };
    const ciphertext = encryptField(DATA_KEY, location, VIN);

    expect(() => decryptField(DATA_KEY, { ...location, table: 'vehiclesv', column: 'in' }, ciphertext)).toThrow(
      FieldDecryptionError,
    );
  });

  it('refuses a location part containing NUL, which would blur the boundaries', () => {
    expect(() => encryptField(DATA_KEY, { ...LOCATION, rowId: 'a\0b' }, VIN)).toThrow(
      'A field location must not contain NUL',
    );
    const ciphertext = encryptField(DATA_KEY, LOCATION, VIN);
    expect(() => decryptField(DATA_KEY, { ...LOCATION, rowId: 'a\0b' }, ciphertext)).toThrow(FieldDecryptionError);
  });

  it('a ciphertext with any single byte flipped does not decrypt', () => {
    const ciphertext = encryptField(DATA_KEY, LOCATION, VIN);

    for (let index = 0; index < ciphertext.length; index += 1) {
      expect(() => decryptField(DATA_KEY, LOCATION, withByteFlipped(ciphertext, index))).toThrow(FieldDecryptionError);
    }
  });

  it('does not decrypt under another data key', () => {
    const ciphertext = encryptField(DATA_KEY, LOCATION, VIN);

    expect(() => decryptField(randomBytes(32), LOCATION, ciphertext)).toThrow(FieldDecryptionError);
    expect(() => decryptField(Buffer.alloc(16, 0x42), LOCATION, ciphertext)).toThrow(FieldDecryptionError);
  });

  it('refuses an unknown version byte', () => {
    const ciphertext = encryptField(DATA_KEY, LOCATION, VIN);

    for (const version of [0, 2, 0xff]) {
      const relabelled = Buffer.from(ciphertext);
      relabelled[0] = version;
      expect(decryptionErrorOf(() => decryptField(DATA_KEY, LOCATION, relabelled)).message).toContain(
        'unsupported format',
      );
    }
  });

  it('refuses a truncated, extended or empty ciphertext', () => {
    const ciphertext = encryptField(DATA_KEY, LOCATION, VIN);

    for (const broken of [
      Buffer.alloc(0),
      ciphertext.subarray(0, 1),
      ciphertext.subarray(0, 28),
      ciphertext.subarray(0, ciphertext.length - 1),
      Buffer.concat([ciphertext, Buffer.from([0])]),
    ]) {
      expect(() => decryptField(DATA_KEY, LOCATION, broken)).toThrow(FieldDecryptionError);
    }
  });

  it('refuses to encrypt with a data key that is not 32 bytes', () => {
    expect(() => encryptField(Buffer.alloc(16), LOCATION, VIN)).toThrow('A data key must be 32 bytes');
  });
});

describe('FieldDecryptionError from decryptField', () => {
  it('names the table, column, row and workshop, and carries the location', () => {
    const ciphertext = encryptField(DATA_KEY, LOCATION, VIN);
    const error = decryptionErrorOf(() => decryptField(randomBytes(32), LOCATION, ciphertext));

    expect(error.name).toBe('FieldDecryptionError');
    expect(error.location).toEqual(LOCATION);
    expect(error.message).toBe(
      `Cannot decrypt vehicles.vin of row ${LOCATION.rowId} (tenant ${LOCATION.tenantId}): authentication failed`,
    );
  });

  it('never carries the value or any encoding of the ciphertext', () => {
    const ciphertext = encryptField(DATA_KEY, LOCATION, VIN);
    const tampered = withByteFlipped(ciphertext, ciphertext.length - 1);
    const error = decryptionErrorOf(() => decryptField(DATA_KEY, LOCATION, tampered));
    const text = `${error.message}\n${error.stack ?? ''}\n${JSON.stringify(error)}`;

    expect(text).toContain(LOCATION.rowId);
    expect(text).not.toContain(VIN);
    for (const bytes of [ciphertext, tampered, tampered.subarray(1, 13), tampered.subarray(13)]) {
      for (const encoding of ['hex', 'base64', 'base64url'] as const) {
        expect(text.toLowerCase()).not.toContain(bytes.toString(encoding).toLowerCase());
      }
    }
    expect(error.cause).toBeUndefined();
  });
});
