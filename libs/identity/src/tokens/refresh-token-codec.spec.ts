import { mintRefreshToken, tenantOfRefreshToken } from './refresh-token-codec';

const TENANT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

describe('refresh token codec', () => {
  it('a minted token names the workshop it was minted for', () => {
    expect(tenantOfRefreshToken(mintRefreshToken(TENANT))).toBe(TENANT);
  });

  it('round-trips workshop ids made of any hex digits', () => {
    for (const tenantId of ['00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-4fff-bfff-ffffffffffff']) {
      expect(tenantOfRefreshToken(mintRefreshToken(tenantId))).toBe(tenantId);
    }
  });

  it('answers an upper-case workshop id in the canonical lower case', () => {
    expect(tenantOfRefreshToken(mintRefreshToken(TENANT.toUpperCase()))).toBe(TENANT);
  });

  it('is 64 URL-safe characters: 16 bytes of workshop id and 32 random bytes', () => {
    const token = mintRefreshToken(TENANT);

    expect(token).toHaveLength(64);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(48);
  });

  it('never mints the same token twice for the same workshop', () => {
    const tokens = new Set(Array.from({ length: 200 }, () => mintRefreshToken(TENANT)));

    expect(tokens.size).toBe(200);
  });

  it('keeps the secret part random: two tokens share only the workshop prefix', () => {
    const a = Buffer.from(mintRefreshToken(TENANT), 'base64url');
    const b = Buffer.from(mintRefreshToken(TENANT), 'base64url');

    expect(a.subarray(0, 16).equals(b.subarray(0, 16))).toBe(true);
    expect(a.subarray(16).equals(b.subarray(16))).toBe(false);
  });

  describe('a malformed token names no workshop', () => {
    const valid = mintRefreshToken(TENANT);

    it.each([
      ['an empty string', ''],
      ['a token one character short', valid.slice(0, -1)],
      ['a token one character long', `${valid}A`],
      ['a standard-base64 "+" character', `+${valid.slice(1)}`],
      ['a "/" character', `${valid.slice(0, -1)}/`],
      ['base64 padding', `${valid.slice(0, -1)}=`],
      ['a space', ` ${valid.slice(1)}`],
      ['a non-ASCII letter', `ł${valid.slice(1)}`],
      ['a JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl'],
    ])('%s', (_label, token) => {
      expect(tenantOfRefreshToken(token)).toBeUndefined();
    });
  });
});
