import { Injectable } from '@nestjs/common';
import { createHmac, hkdfSync, randomInt } from 'node:crypto';

/** Lower-case letters and digits without the look-alikes 0/o, 1/l/i. */
const ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
const GROUP = 4;
export const RECOVERY_CODE_COUNT = 10;
const HKDF_INFO = 'pitlane/recovery-code/v1';

/**
 * Ten single-use codes of eight characters (`xxxx-xxxx`, about 40 bits each), shown once. A
 * 40-bit code falls to brute force if its plain hash leaks, so each is stored as HMAC-SHA256
 * under a key derived (HKDF) from the person's TOTP secret, which itself exists only sealed
 * under the master key. A database copy without the master key reveals nothing, and a
 * master-key rotation, which re-seals the secret without changing it, leaves the codes valid.
 */
@Injectable()
export class RecoveryCodes {
  generate(): string[] {
    return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
      const characters = Array.from({ length: GROUP * 2 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
      return `${characters.slice(0, GROUP)}-${characters.slice(GROUP)}`;
    });
  }

  /** The code as typed, minus case, spaces and dashes; undefined when it cannot be a recovery code. */
  normalize(input: string): string | undefined {
    const code = input.toLowerCase().replace(/[\s-]/g, '');
    return code.length === GROUP * 2 && [...code].every((character) => ALPHABET.includes(character)) ? code : undefined;
  }

  /** The stored form of a code, as generated or as typed. */
  hash(totpSecret: Buffer, userId: string, code: string): Buffer {
    const key = Buffer.from(hkdfSync('sha256', totpSecret, Buffer.from(userId, 'utf8'), HKDF_INFO, 32));
    return createHmac('sha256', key).update(code.toLowerCase().replace(/[\s-]/g, ''), 'utf8').digest();
  }
}
