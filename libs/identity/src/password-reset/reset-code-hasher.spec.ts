import { AppConfig } from '@pitlane/core';
import { ResetCodeHasher } from './reset-code-hasher';

const config = (jwtSecret: string) => ({ auth: { jwtSecret } }) as AppConfig;
const USER = '4a0c5e2e-59a8-4bb6-8f3c-0d1f2a3b4c5d';
const OTHER_USER = '9b1d6f3a-1c2e-4f5a-8b7c-6d5e4f3a2b1c';

describe('ResetCodeHasher', () => {
  const hasher = new ResetCodeHasher(config('a-jwt-secret-that-is-long-enough-for-hs256'));

  it('generates six digits, zero-padded', () => {
    for (let i = 0; i < 200; i++) expect(hasher.generate()).toMatch(/^\d{6}$/);
  });

  it('matches the code it hashed, for the same user only', () => {
    const stored = hasher.hash(USER, '004217');
    expect(hasher.matches(stored, USER, '004217')).toBe(true);
    expect(hasher.matches(stored, USER, '004218')).toBe(false);
    expect(hasher.matches(stored, USER, '4217')).toBe(false);
    expect(hasher.matches(stored, OTHER_USER, '004217')).toBe(false);
  });

  it('is keyed: another secret gives another hash, and neither is the plain SHA-256', () => {
    const other = new ResetCodeHasher(config('another-jwt-secret-that-is-long-enough-0'));
    expect(other.hash(USER, '123456').equals(hasher.hash(USER, '123456'))).toBe(false);
    expect(hasher.hash(USER, '123456')).toHaveLength(32);
  });
});
