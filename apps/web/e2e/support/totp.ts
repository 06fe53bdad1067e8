import { createHmac } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * The code an authenticator app shows for an `otpauth://totp/...` URL at `at` (RFC 6238: HMAC-SHA1
 * over the 30-second step count, dynamic truncation), written here from the RFC, not from the
 * API's code. The API refuses a code of a step already used, and accepts one step either side of
 * now: a second code within the same 30 s is `totpCode(url, Date.now() + 30_000)`.
 */
export function totpCode(otpauthUrl: string, at: number = Date.now()): string {
  const params = new URL(otpauthUrl).searchParams;
  const digits = Number(params.get('digits') ?? 6);
  const period = Number(params.get('period') ?? 30);
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / period)));
  const mac = createHmac('sha1', base32Bytes(params.get('secret') ?? ''))
    .update(counter)
    .digest();
  const offset = (mac.at(-1) ?? 0) & 0x0f;
  const value = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 10 ** digits).padStart(digits, '0');
}

function base32Bytes(secret: string): Buffer {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const character of secret.toUpperCase().replace(/=+$/, '')) {
    const index = ALPHABET.indexOf(character);
    if (index < 0) throw new Error('the otpauth secret is not base32');
    buffer = (buffer << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Buffer.from(bytes);
}
