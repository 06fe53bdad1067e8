import { NodeCryptoPlugin } from '@otplib/plugin-crypto-node';
import { generate } from '@otplib/totp';
import { parse } from '@otplib/uri';
import { base32Decode } from './base32';
import { Totp } from './totp';

describe('Totp', () => {
  const totp = new Totp();
  const secret = totp.generateSecret();
  const at = Date.now();
  const now = Math.floor(at / 1000);
  const codeAt = (offsetSteps: number) =>
    generate({ secret, epoch: now + offsetSteps * 30, crypto: new NodeCryptoPlugin() });

  it('names issuer, account and a 160-bit secret in the otpauth URL', () => {
    const uri = parse(totp.uri(secret, 'anna@kowalski-auto.pl'));
    expect(uri).toMatchObject({ type: 'totp', label: 'Pitlane:anna@kowalski-auto.pl', params: { issuer: 'Pitlane' } });
    expect(Buffer.from(base32Decode(uri.params.secret)).equals(secret)).toBe(true);
  });

  it("accepts this step's code and its neighbours', and answers the step", async () => {
    const step = Math.floor(now / 30);
    expect(await totp.verify(secret, await codeAt(0), null, at)).toBe(step);
    expect(await totp.verify(secret, await codeAt(-1), null, at)).toBe(step - 1);
    expect(await totp.verify(secret, await codeAt(1), null, at)).toBe(step + 1);
    expect(await totp.verify(secret, await codeAt(-3), null, at)).toBeUndefined();
  });

  it('refuses a code of the last used step or earlier, even though it matches', async () => {
    const step = Math.floor(now / 30);
    expect(await totp.verify(secret, await codeAt(0), step, at)).toBeUndefined();
    expect(await totp.verify(secret, await codeAt(-1), step, at)).toBeUndefined();
    expect(await totp.verify(secret, await codeAt(1), step, at)).toBe(step + 1);
    expect(await totp.verify(secret, await codeAt(1), step + 5, at)).toBeUndefined();
  });

  it('refuses anything but six digits', async () => {
    for (const code of ['', '12345', '1234567', 'abcdef', ' 123456']) {
      expect(await totp.verify(secret, code, null, at)).toBeUndefined();
    }
  });
});
