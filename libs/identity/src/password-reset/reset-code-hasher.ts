import { Injectable } from '@nestjs/common';
import { AppConfig } from '@pitlane/core';
import { sameHash } from '@pitlane/crypto';
import { createHmac, hkdfSync, randomInt } from 'node:crypto';

const KEY_BYTES = 32;
const HKDF_INFO = 'pitlane/password-reset-code/v1';

/**
 * Makes and checks 6-digit reset codes. A million codes are tried in moments, so a plain hash
 * would give a stolen table away: codes are stored as HMAC-SHA256 under a key derived (HKDF)
 * from JWT_SECRET, bound to the user. Rotating JWT_SECRET voids the codes in flight, which
 * live ten minutes anyway.
 */
@Injectable()
export class ResetCodeHasher {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = Buffer.from(hkdfSync('sha256', config.auth.jwtSecret, Buffer.alloc(0), HKDF_INFO, KEY_BYTES));
  }

  /** Uniformly random, zero-padded: "000000" to "999999". */
  generate(): string {
    return String(randomInt(0, 1_000_000)).padStart(6, '0');
  }

  hash(userId: string, code: string): Buffer {
    return createHmac('sha256', this.key).update(`${userId}\n${code}`, 'utf8').digest();
  }

  matches(stored: Buffer, userId: string, code: string): boolean {
    return sameHash(stored, this.hash(userId, code));
  }
}
