import { AppConfig } from '@pitlane/core';
import { BookingTokens } from './booking-tokens';

function configWith(secret: string): AppConfig {
  return AppConfig.fromEnvironment({
    DATABASE_URL: 'postgres://nobody@127.0.0.1:1/never-connected',
    JWT_SECRET: secret,
    MASTER_KEY: Buffer.alloc(32, 1).toString('base64'),
  });
}

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const tokens = new BookingTokens(configWith('unit-test-jwt-secret-0123456789abcdef'));

function flip(text: string, at: number): string {
  return text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
}

describe('booking manage tokens', () => {
  it('carry their workshop, fit a path segment, and differ every time', () => {
    const token = tokens.mint(A);
    expect(token).toMatch(/^[A-Za-z0-9_-]{64}\.[A-Za-z0-9_-]{22}$/);
    expect(tokens.tenantOf(token)).toBe(A);
    expect(tokens.mint(A)).not.toBe(token);
    expect(tokens.hash(token)).toHaveLength(32);
  });

  it('refuse a token whose workshop part was swapped for another', () => {
    const [body = '', tag = ''] = tokens.mint(A).split('.');
    const raw = Buffer.from(body, 'base64url');
    const asB = Buffer.concat([Buffer.from(B.replace(/-/g, ''), 'hex'), raw.subarray(16)]).toString('base64url');
    expect(tokens.tenantOf(`${asB}.${tag}`)).toBeUndefined();
  });

  it('refuse any single flipped character, truncation, extra parts or a missing signature', () => {
    const token = tokens.mint(A);
    for (let at = 0; at < token.length; at += 1) {
      if (at === 64) continue; // the dot
      expect(tokens.tenantOf(flip(token, at))).toBeUndefined();
    }
    expect(tokens.tenantOf(token.slice(0, -1))).toBeUndefined();
    expect(tokens.tenantOf(token.slice(0, 64))).toBeUndefined();
    expect(tokens.tenantOf(`${token}.x`)).toBeUndefined();
    expect(tokens.tenantOf('')).toBeUndefined();
    expect(tokens.tenantOf('x'.repeat(43))).toBeUndefined();
  });

  it('refuse a token signed under another server secret', () => {
    const other = new BookingTokens(configWith('another-jwt-secret-0123456789abcdefgh'));
    expect(tokens.tenantOf(other.mint(A))).toBeUndefined();
  });
});
