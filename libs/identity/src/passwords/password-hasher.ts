import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';

/**
 * argon2id with OWASP's recommended floor (19 MiB, 2 passes). A hash made with weaker
 * parameters still verifies; `needsRehash` tells the login path to upgrade it.
 */
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const PHC_PARAMS = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/;

@Injectable()
export class PasswordHasher {
  /** Verified against when an e-mail is unknown, so both paths cost the same time. */
  private readonly decoy: Promise<string> = hash('pitlane-decoy-password', OPTIONS);

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  /** Spends the same effort as a real verification and always fails. */
  async verifyDecoy(password: string): Promise<false> {
    await verify(await this.decoy, password);
    return false;
  }

  needsRehash(passwordHash: string): boolean {
    const params = PHC_PARAMS.exec(passwordHash);
    if (!params) return true;
    const [, memory, time, lanes] = params.map(Number);
    return memory! < OPTIONS.memoryCost || time! < OPTIONS.timeCost || lanes! < OPTIONS.parallelism;
  }
}
