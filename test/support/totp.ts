import { NodeCryptoPlugin } from '@otplib/plugin-crypto-node';
import { generate } from '@otplib/totp';
import { parse } from '@otplib/uri';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const PERIOD_SECONDS = 30;

/** The base32 secret inside an otpauth:// URL, as an authenticator app reads it. */
export function secretOf(otpauthUrl: string): string {
  return parse(otpauthUrl).params.secret;
}

/**
 * The code an authenticator app would show for `otpauthUrl`, `stepOffset` periods from `at`
 * (otplib, as the app would compute it; the base32 decoding here is independent of the API's).
 */
export function totpCode(otpauthUrl: string, stepOffset = 0, at = Date.now()): Promise<string> {
  return generate({
    secret: base32Decode(secretOf(otpauthUrl)),
    epoch: Math.floor(at / 1000) + stepOffset * PERIOD_SECONDS,
    crypto: new NodeCryptoPlugin(),
  });
}

function base32Decode(text: string): Uint8Array {
  const bits = [...text.replace(/=+$/, '').toUpperCase()]
    .map((character) => {
      const value = BASE32.indexOf(character);
      if (value < 0) throw new Error(`not base32: ${character}`);
      return value.toString(2).padStart(5, '0');
    })
    .join('');
  const bytes = bits.match(/.{8}/g) ?? [];
  return Uint8Array.from(bytes.map((byte) => parseInt(byte, 2)));
}
