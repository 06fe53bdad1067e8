import { EnvironmentKeyProvider } from '@pitlane/crypto';
import { randomBytes } from 'node:crypto';
import { MfaSecretCipher } from './mfa-secret-cipher';

const ANNA = '0b6f1c9e-4a52-4f7e-9d3a-1f2e3d4c5b6a';
const PIOTR = '7c1d2e3f-8a9b-4c0d-9e1f-2a3b4c5d6e7f';
const OLD_KEY = Buffer.alloc(32, 0x11);
const NEW_KEY = Buffer.alloc(32, 0x5a);

describe('MfaSecretCipher', () => {
  const cipher = new MfaSecretCipher(new EnvironmentKeyProvider('k1', OLD_KEY));
  const secret = randomBytes(20);

  it('seals under the active master key, naming it, and opens back to the same bytes', () => {
    const sealed = cipher.seal(ANNA, secret);
    expect(sealed.keyId).toBe('k1');
    expect(sealed.sealed).toHaveLength(1 + 12 + 20 + 16);
    expect(sealed.sealed.includes(secret)).toBe(false);
    expect(cipher.open(ANNA, sealed).equals(secret)).toBe(true);
    expect(cipher.seal(ANNA, secret).sealed.equals(sealed.sealed)).toBe(false);
  });

  it("does not open another person's secret, a relabelled one, or a tampered one", () => {
    const sealed = cipher.seal(ANNA, secret);
    expect(() => cipher.open(PIOTR, sealed)).toThrow();
    const sameKeyOtherId = new MfaSecretCipher(
      new EnvironmentKeyProvider('k2', NEW_KEY, new Map([['k1-copy', OLD_KEY]])),
    );
    expect(() => sameKeyOtherId.open(ANNA, { ...sealed, keyId: 'k1-copy' })).toThrow();
    const tampered = Buffer.from(sealed.sealed);
    tampered[15] = tampered[15]! ^ 1;
    expect(() => cipher.open(ANNA, { ...sealed, sealed: tampered })).toThrow();
  });

  it('after a master-key rotation, opens secrets sealed under the previous key and seals new ones under the new key', () => {
    const sealed = cipher.seal(ANNA, secret);
    const rotated = new MfaSecretCipher(new EnvironmentKeyProvider('k2', NEW_KEY, new Map([['k1', OLD_KEY]])));
    expect(rotated.open(ANNA, sealed).equals(secret)).toBe(true);
    expect(rotated.seal(ANNA, secret).keyId).toBe('k2');
    expect(() => new MfaSecretCipher(new EnvironmentKeyProvider('k2', NEW_KEY)).open(ANNA, sealed)).toThrow(
      'Unknown master key id "k1"',
    );
  });
});
