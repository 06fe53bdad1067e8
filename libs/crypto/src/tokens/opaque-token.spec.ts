import { hashToken, randomToken, sameHash } from './opaque-token';

const BASE64URL = /^[A-Za-z0-9_-]+$/;

describe('randomToken', () => {
  it('encodes 256 random bits as 43 URL-safe characters by default', () => {
    const token = randomToken();

    expect(token).toHaveLength(43);
    expect(token).toMatch(BASE64URL);
  });

  it('encodes the requested number of bytes without padding', () => {
    expect(randomToken(16)).toHaveLength(22);
    expect(randomToken(48)).toHaveLength(64);
    expect(Buffer.from(randomToken(16), 'base64url')).toHaveLength(16);
  });

  it('never uses "+", "/" or "=", which need escaping in URLs', () => {
    for (let i = 0; i < 200; i += 1) {
      expect(randomToken()).toMatch(BASE64URL);
    }
  });

  it('never repeats a token', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => randomToken()));

    expect(tokens.size).toBe(1000);
  });
});

describe('hashToken', () => {
  it('is a 32-byte SHA-256 digest', () => {
    const digest = hashToken(randomToken());

    expect(digest).toBeInstanceOf(Buffer);
    expect(digest).toHaveLength(32);
  });

  it('gives the same digest for the same token every time', () => {
    const token = randomToken();

    expect(hashToken(token).equals(hashToken(token))).toBe(true);
  });

  it('matches the published SHA-256 of a known input', () => {
    expect(hashToken('abc').toString('hex')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('gives different digests for tokens that differ in one character', () => {
    expect(hashToken('token-a').equals(hashToken('token-b'))).toBe(false);
  });

  it('does not contain the token itself', () => {
    const token = randomToken();

    expect(hashToken(token).toString('utf8')).not.toContain(token);
    expect(hashToken(token).toString('base64url')).not.toBe(token);
  });
});

describe('sameHash', () => {
  it('is true for equal digests', () => {
    const token = randomToken();

    expect(sameHash(hashToken(token), hashToken(token))).toBe(true);
  });

  it('is false for different digests of the same length', () => {
    expect(sameHash(hashToken(randomToken()), hashToken(randomToken()))).toBe(false);
  });

  it('is false, without throwing, for buffers of different lengths', () => {
    const digest = hashToken('x');

    expect(() => sameHash(digest, digest.subarray(0, 16))).not.toThrow();
    expect(sameHash(digest, digest.subarray(0, 16))).toBe(false);
    expect(sameHash(Buffer.alloc(0), digest)).toBe(false);
  });
});
