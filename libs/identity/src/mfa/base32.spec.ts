import { base32Decode, base32Encode } from './base32';

describe('base32 (RFC 4648)', () => {
  it.each([
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ])('encodes the RFC test vector %j as %j, and back', (plain, encoded) => {
    expect(base32Encode(Buffer.from(plain))).toBe(encoded);
    expect(Buffer.from(base32Decode(encoded)).toString()).toBe(plain);
  });

  it('round-trips a 20-byte secret in 32 characters', () => {
    const secret = Buffer.from('0123456789abcdef0123', 'utf8');
    const encoded = base32Encode(secret);
    expect(encoded).toHaveLength(32);
    expect(Buffer.from(base32Decode(encoded)).equals(secret)).toBe(true);
  });

  it('reads lower case and padding, and refuses characters outside the alphabet', () => {
    expect(Buffer.from(base32Decode('mzxw6ytboi======')).toString()).toBe('foobar');
    expect(() => base32Decode('MZXW1')).toThrow('Not base32');
  });
});
