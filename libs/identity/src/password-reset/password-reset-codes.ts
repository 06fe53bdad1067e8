import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AccountTransactions } from '../system/account-transactions';
import { UserRepository } from '../users/user.repository';
import { PasswordResetCodeRepository } from './password-reset-code.repository';
import { ResetCodeHasher } from './reset-code-hasher';

export const RESET_CODE_VALID_MINUTES = 10;
/** Wrong codes a code survives; the next try fails even with the right one. */
export const RESET_CODE_MAX_ATTEMPTS = 5;
/**
 * Codes one user may be sent per day. With the attempts cap this bounds guessing at 50 tries a
 * day per account, however many requests an attacker makes.
 */
export const RESET_CODES_PER_DAY = 10;

export interface IssuedCode {
  readonly id: string;
  readonly code: string;
}

/**
 * The lifecycle of reset codes in the global `password_reset_codes` table. Each method runs in
 * the transaction open in the ambient context (a workshop's for `issue`, so the code and its
 * mail commit together), or in a system transaction of its own.
 */
@Injectable()
export class PasswordResetCodes {
  constructor(
    private readonly hasher: ResetCodeHasher,
    private readonly transactions: AccountTransactions,
    private readonly codes: PasswordResetCodeRepository,
    private readonly users: UserRepository,
  ) {}

  /** A new code for `userId`, replacing the live one. Undefined when the user has had too many codes in the last day. */
  issue(userId: string): Promise<IssuedCode | undefined> {
    return this.transactions.run(async () => {
      if (!(await this.retireLiveCode(userId))) return undefined;
      const code = this.hasher.generate();
      const id = randomUUID();
      await this.codes.insert({
        id,
        userId,
        codeHash: this.hasher.hash(userId, code),
        expiresAt: new Date(Date.now() + RESET_CODE_VALID_MINUTES * 60_000),
      });
      return { id, code };
    });
  }

  /**
   * The same queries and hashing as `issue`, for nobody: an unknown address costs about what a
   * known one does, so the time of the answer tells nothing.
   */
  async decoy(): Promise<void> {
    const nobody = randomUUID();
    this.hasher.hash(nobody, this.hasher.generate());
    await this.transactions.run(() => this.retireLiveCode(nobody));
  }

  /**
   * Finds which of `userIds` holds `code` as a live code and spends it, returning that user. A
   * wrong code counts one attempt against every live code of these users; a code past its time
   * or its attempts never matches.
   */
  redeem(userIds: readonly string[], code: string): Promise<string | undefined> {
    return this.transactions.run(async () => {
      // Asked even for no users: an unknown address costs the same round trip as a known one.
      const live = await this.codes.findLiveLocked(userIds, RESET_CODE_MAX_ATTEMPTS);
      // Every live code is checked (no early exit), in constant time each.
      const matches = live.filter((row) => this.hasher.matches(row.codeHash, row.userId, code));
      const match = matches[0];
      if (!match) {
        // Run even when there is nothing to count, for the same reason as above.
        await this.codes.countFailure(live.map((row) => row.id));
        return undefined;
      }
      await this.codes.markUsed(match.id);
      return match.userId;
    });
  }

  /** Locks the user, forgets codes older than a day, and retires the live one if the cap allows a new code. */
  private async retireLiveCode(userId: string): Promise<boolean> {
    await this.users.lock(userId);
    if ((await this.codes.countLastDay(userId)) >= RESET_CODES_PER_DAY) return false;
    await this.codes.retireLive(userId);
    return true;
  }
}
