import { Injectable } from '@nestjs/common';
import { IsNull, Not } from 'typeorm';
import { AccountRepository } from '../system/account-repository';
import { RecoveryCode } from './recovery-code.entity';
import { UserMfa } from './user-mfa.entity';

/** A sealed secret as stored: the bytes and the master key that sealed them. */
export interface StoredSecret {
  readonly sealed: Buffer;
  readonly keyId: string;
}

/**
 * A person's two-step verification (`user_mfa`) and recovery codes (`user_recovery_codes`),
 * global tables like `users`: every statement names the person.
 */
@Injectable()
export class UserMfaRepository extends AccountRepository {
  isEnabled(userId: string): Promise<boolean> {
    return this.repository(UserMfa).existsBy({ userId, enabledAt: Not(IsNull()) });
  }

  find(userId: string): Promise<UserMfa | null> {
    return this.repository(UserMfa).findOneBy({ userId });
  }

  /** The person's row, locked so two requests cannot spend the same code. */
  findLocked(userId: string): Promise<UserMfa | null> {
    return this.repository(UserMfa).findOne({ where: { userId }, lock: { mode: 'pessimistic_write' } });
  }

  /** A new secret waiting for its first code; replaces an earlier unconfirmed one. */
  async savePending(userId: string, pending: StoredSecret): Promise<void> {
    await this.manager.query(
      `insert into user_mfa (user_id, pending_secret, pending_key_id, pending_since) values ($1, $2, $3, now())
       on conflict (user_id) do update set pending_secret = excluded.pending_secret,
         pending_key_id = excluded.pending_key_id, pending_since = excluded.pending_since, updated_at = now()`,
      [userId, pending.sealed, pending.keyId],
    );
  }

  /** The pending secret becomes the confirmed one; `step` is the code that confirmed it. */
  async confirm(userId: string, secret: StoredSecret, enabledAt: Date, step: number): Promise<void> {
    await this.repository(UserMfa).update(
      { userId },
      {
        secret: secret.sealed,
        secretKeyId: secret.keyId,
        enabledAt,
        lastUsedStep: step,
        pendingSecret: null,
        pendingKeyId: null,
        pendingSince: null,
      },
    );
  }

  async setLastUsedStep(userId: string, step: number): Promise<void> {
    await this.repository(UserMfa).update({ userId }, { lastUsedStep: step });
  }

  /** Turns it off: the secret and every recovery code go. */
  async delete(userId: string): Promise<void> {
    await this.repository(RecoveryCode).delete({ userId });
    await this.repository(UserMfa).delete({ userId });
  }

  async replaceRecoveryCodes(userId: string, codeHashes: readonly Buffer[]): Promise<void> {
    await this.repository(RecoveryCode).delete({ userId });
    await this.repository(RecoveryCode).insert(codeHashes.map((codeHash) => ({ userId, codeHash, usedAt: null })));
  }

  /** Marks the person's unused code with this hash used; false when there is none. */
  async spendRecoveryCode(userId: string, codeHash: Buffer): Promise<boolean> {
    const spent = await this.manager
      .createQueryBuilder()
      .update(RecoveryCode)
      .set({ usedAt: () => 'now()' })
      .where('user_id = :userId and code_hash = :codeHash and used_at is null', { userId, codeHash })
      .execute();
    return (spent.affected ?? 0) > 0;
  }

  unusedRecoveryCodes(userId: string): Promise<number> {
    return this.repository(RecoveryCode).countBy({ userId, usedAt: IsNull() });
  }

  /** People with a secret sealed under a master key other than `activeKeyId`, in id order. */
  async sealedUnderOtherKeys(activeKeyId: string, limit: number): Promise<string[]> {
    const rows = await this.repository(UserMfa).find({
      select: { userId: true },
      where: [{ secretKeyId: Not(activeKeyId) }, { pendingKeyId: Not(activeKeyId) }],
      order: { userId: 'ASC' },
      take: limit,
    });
    return rows.map((row) => row.userId);
  }

  async reseal(
    userId: string,
    changes: Partial<Pick<UserMfa, 'secret' | 'secretKeyId' | 'pendingSecret' | 'pendingKeyId'>>,
  ): Promise<void> {
    await this.repository(UserMfa).update({ userId }, changes);
  }
}
