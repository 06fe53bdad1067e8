import { Injectable } from '@nestjs/common';
import { NodeCryptoPlugin } from '@otplib/plugin-crypto-node';
import { verify } from '@otplib/totp';
import { generateTOTP } from '@otplib/uri';
import { randomBytes } from 'node:crypto';
import { base32Encode } from './base32';

const ISSUER = 'Pitlane';
const SECRET_BYTES = 20;
/** One step either side of now: a phone clock 30 seconds off still works. */
const TOLERANCE_SECONDS = 30;

/**
 * RFC 6238 codes as every authenticator app makes them (SHA-1, 6 digits, 30 seconds), through
 * otplib's TOTP core with Node's own crypto.
 */
@Injectable()
export class Totp {
  private readonly crypto = new NodeCryptoPlugin();

  generateSecret(): Buffer {
    return randomBytes(SECRET_BYTES);
  }

  /** The otpauth:// URL an authenticator app reads from a QR code. */
  uri(secret: Buffer, accountName: string): string {
    return generateTOTP({ issuer: ISSUER, label: accountName, secret: base32Encode(secret) });
  }

  /**
   * The time step of the matching code, or undefined. A code of `afterStep` or earlier is
   * refused even if it matches: each code is good for one sign-in only. `atMs` is the clock.
   */
  async verify(secret: Buffer, code: string, afterStep: number | null, atMs = Date.now()): Promise<number | undefined> {
    if (!/^\d{6}$/.test(code)) return undefined;
    try {
      const result = await verify({
        secret,
        token: code,
        epoch: Math.floor(atMs / 1000),
        epochTolerance: TOLERANCE_SECONDS,
        crypto: this.crypto,
        ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
      });
      return result.valid ? result.timeStep : undefined;
    } catch {
      // otplib refuses an afterTimeStep beyond the window: then no code can be new enough.
      return undefined;
    }
  }
}
