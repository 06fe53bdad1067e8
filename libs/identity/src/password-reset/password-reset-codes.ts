import { Injectable } from '@nestjs/common';
import { SystemDatabase } from '@pitlane/core';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { PasswordResetCode } from './password-reset-code.entity';
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

/** The lifecycle of reset codes in the global `password_reset_codes` table. */
@Injectable()
export class PasswordResetCodes {
  constructor(
    private readonly hasher: ResetCodeHasher,
    private readonly system: SystemDatabase,
  ) {}

  /**
   * In the caller's transaction: a new code for `userId`, replacing the live one. Undefined
   * when the user has had too many codes in the last day.
   */
  async issue(manager: EntityManager, userId: string): Promise<IssuedCode | undefined> {
    if (!(await this.retireLiveCode(manager, userId))) return undefined;
    const code = this.hasher.generate();
    const id = randomUUID();
    await manager.getRepository(PasswordResetCode).insert({
      id,
      userId,
      codeHash: this.hasher.hash(userId, code),
      attempts: 0,
      expiresAt: new Date(Date.now() + RESET_CODE_VALID_MINUTES * 60_000),
      usedAt: null,
      replacedAt: null,
    });
    return { id, code };
  }

  /**
   * The same queries and hashing as `issue`, for nobody: an unknown address costs about what a
   * known one does, so the time of the answer tells nothing.
   */
  async decoy(): Promise<void> {
    const nobody = randomUUID();
    this.hasher.hash(nobody, this.hasher.generate());
    await this.system.transaction((manager) => this.retireLiveCode(manager, nobody));
  }

  /**
   * In the caller's transaction: finds which of `userIds` holds `code` as a live code and spends
   * it, returning that user. A wrong code counts one attempt against every live code of these
   * users; a code past its time or its attempts never matches.
   */
  async redeem(manager: EntityManager, userIds: readonly string[], code: string): Promise<string | undefined> {
    // Asked even for no users: an unknown address costs the same round trip as a known one.
    const live = await manager
      .getRepository(PasswordResetCode)
      .createQueryBuilder('code')
      .setLock('pessimistic_write')
      .where('code.userId = any(cast(:userIds as uuid[])) and code.usedAt is null and code.replacedAt is null', {
        userIds,
      })
      .andWhere('code.expiresAt > now() and code.attempts < :max', { max: RESET_CODE_MAX_ATTEMPTS })
      .getMany();
    // Every live code is checked (no early exit), in constant time each.
    const matches = live.filter((row) => this.hasher.matches(row.codeHash, row.userId, code));
    const match = matches[0];
    if (!match) {
      // Run even when there is nothing to count, for the same reason as above.
      await manager.query('update password_reset_codes set attempts = attempts + 1 where id = any($1::uuid[])', [
        live.map((row) => row.id),
      ]);
      return undefined;
    }
    await manager.getRepository(PasswordResetCode).update({ id: match.id }, { usedAt: new Date() });
    return match.userId;
  }

  /** Locks the user, forgets codes older than a day, and retires the live one if the cap allows a new code. */
  private async retireLiveCode(manager: EntityManager, userId: string): Promise<boolean> {
    await manager.query('select 1 from users where id = $1 for update', [userId]);
    await manager.query(
      `delete from password_reset_codes where user_id = $1 and created_at < now() - interval '1 day'`,
      [userId],
    );
    const [recent] = await manager.query<{ count: number }[]>(
      'select count(*)::int as count from password_reset_codes where user_id = $1',
      [userId],
    );
    if ((recent?.count ?? 0) >= RESET_CODES_PER_DAY) return false;
    await manager.query(
      'update password_reset_codes set replaced_at = now() where user_id = $1 and used_at is null and replaced_at is null',
      [userId],
    );
    return true;
  }
}
