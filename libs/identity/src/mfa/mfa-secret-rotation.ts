import { Inject, Injectable } from '@nestjs/common';
import { SystemDatabase } from '@pitlane/core';
import { KEY_PROVIDER, KeyProvider } from '@pitlane/crypto';
import { Not } from 'typeorm';
import { MfaSecretCipher } from './mfa-secret-cipher';
import { UserMfa } from './user-mfa.entity';

/**
 * The second half of a master-key rotation: TOTP secrets are sealed under a key derived from
 * the master key (people are global, outside any workshop's data key), so each is opened with
 * the key that sealed it and sealed again under the active one. Like the data-key half it works
 * in batches, one row per transaction, and can simply be run again after an interruption.
 */
@Injectable()
export class MfaSecretRotation {
  constructor(
    private readonly system: SystemDatabase,
    private readonly cipher: MfaSecretCipher,
    @Inject(KEY_PROVIDER) private readonly keys: KeyProvider,
  ) {}

  async run(batchSize = 100): Promise<{ resealed: number }> {
    const active = this.keys.activeKeyId;
    let resealed = 0;
    for (;;) {
      const batch = await this.system.transaction((manager) =>
        manager.getRepository(UserMfa).find({
          select: { userId: true },
          where: [{ secretKeyId: Not(active) }, { pendingKeyId: Not(active) }],
          order: { userId: 'ASC' },
          take: batchSize,
        }),
      );
      if (batch.length === 0) return { resealed };
      for (const { userId } of batch) {
        await this.reseal(userId);
        resealed++;
      }
    }
  }

  private reseal(userId: string): Promise<void> {
    return this.system.transaction(async (manager) => {
      const repository = manager.getRepository(UserMfa);
      const row = await repository.findOne({ where: { userId }, lock: { mode: 'pessimistic_write' } });
      if (!row) return;
      const changes: Partial<UserMfa> = {};
      if (row.secret && row.secretKeyId && row.secretKeyId !== this.keys.activeKeyId) {
        const sealed = this.cipher.seal(
          userId,
          this.cipher.open(userId, { sealed: row.secret, keyId: row.secretKeyId }),
        );
        Object.assign(changes, { secret: sealed.sealed, secretKeyId: sealed.keyId });
      }
      if (row.pendingSecret && row.pendingKeyId && row.pendingKeyId !== this.keys.activeKeyId) {
        const sealed = this.cipher.seal(
          userId,
          this.cipher.open(userId, { sealed: row.pendingSecret, keyId: row.pendingKeyId }),
        );
        Object.assign(changes, { pendingSecret: sealed.sealed, pendingKeyId: sealed.keyId });
      }
      if (Object.keys(changes).length > 0) await repository.update({ userId }, changes);
    });
  }
}
