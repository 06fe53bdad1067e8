import { Inject, Injectable } from '@nestjs/common';
import { KEY_PROVIDER, KeyProvider } from '@pitlane/crypto';
import { AccountTransactions } from '../system/account-transactions';
import { MfaSecretCipher } from './mfa-secret-cipher';
import { UserMfa } from './user-mfa.entity';
import { UserMfaRepository } from './user-mfa.repository';

/**
 * The second half of a master-key rotation: TOTP secrets are sealed under a key derived from
 * the master key (people are global, outside any workshop's data key), so each is opened with
 * the key that sealed it and sealed again under the active one. Like the data-key half it works
 * in batches, one row per transaction, and can simply be run again after an interruption.
 */
@Injectable()
export class MfaSecretRotation {
  constructor(
    private readonly transactions: AccountTransactions,
    private readonly mfaRows: UserMfaRepository,
    private readonly cipher: MfaSecretCipher,
    @Inject(KEY_PROVIDER) private readonly keys: KeyProvider,
  ) {}

  async run(batchSize = 100): Promise<{ resealed: number }> {
    const active = this.keys.activeKeyId;
    let resealed = 0;
    for (;;) {
      const batch = await this.transactions.run(() => this.mfaRows.sealedUnderOtherKeys(active, batchSize));
      if (batch.length === 0) return { resealed };
      for (const userId of batch) {
        await this.reseal(userId);
        resealed++;
      }
    }
  }

  private reseal(userId: string): Promise<void> {
    return this.transactions.run(async () => {
      const row = await this.mfaRows.findLocked(userId);
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
      if (Object.keys(changes).length > 0) await this.mfaRows.reseal(userId, changes);
    });
  }
}
