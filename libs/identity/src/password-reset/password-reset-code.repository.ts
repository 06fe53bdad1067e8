import { Injectable } from '@nestjs/common';
import { AccountRepository } from '../system/account-repository';
import { PasswordResetCode } from './password-reset-code.entity';

/** Reset codes (`password_reset_codes`, global): every statement names the people it is about. */
@Injectable()
export class PasswordResetCodeRepository extends AccountRepository {
  /** Forgets the person's codes older than a day and counts the rest. */
  async countLastDay(userId: string): Promise<number> {
    await this.manager.query(
      `delete from password_reset_codes where user_id = $1 and created_at < now() - interval '1 day'`,
      [userId],
    );
    const [recent] = await this.manager.query<{ count: number }[]>(
      'select count(*)::int as count from password_reset_codes where user_id = $1',
      [userId],
    );
    return recent?.count ?? 0;
  }

  /** The person's live code (if any) stops working. */
  async retireLive(userId: string): Promise<void> {
    await this.manager.query(
      'update password_reset_codes set replaced_at = now() where user_id = $1 and used_at is null and replaced_at is null',
      [userId],
    );
  }

  async insert(code: Pick<PasswordResetCode, 'id' | 'userId' | 'codeHash' | 'expiresAt'>): Promise<void> {
    await this.repository(PasswordResetCode).insert({ ...code, attempts: 0, usedAt: null, replacedAt: null });
  }

  /** These people's codes that can still match, locked. Asked even for nobody (the same round trip). */
  findLiveLocked(userIds: readonly string[], maxAttempts: number): Promise<PasswordResetCode[]> {
    return this.repository(PasswordResetCode)
      .createQueryBuilder('code')
      .setLock('pessimistic_write')
      .where('code.userId = any(cast(:userIds as uuid[])) and code.usedAt is null and code.replacedAt is null', {
        userIds,
      })
      .andWhere('code.expiresAt > now() and code.attempts < :max', { max: maxAttempts })
      .getMany();
  }

  /** One more wrong try against each of these codes (run even for none, for the same timing). */
  async countFailure(ids: readonly string[]): Promise<void> {
    await this.manager.query('update password_reset_codes set attempts = attempts + 1 where id = any($1::uuid[])', [
      ids,
    ]);
  }

  async markUsed(id: string): Promise<void> {
    await this.repository(PasswordResetCode).update({ id }, { usedAt: new Date() });
  }
}
