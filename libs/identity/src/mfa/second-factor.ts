import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { MfaSecretCipher } from './mfa-secret-cipher';
import { RecoveryCode } from './recovery-code.entity';
import { RecoveryCodes } from './recovery-codes';
import { Totp } from './totp';
import { UserMfa } from './user-mfa.entity';

export type SecondFactorProof =
  | { readonly method: 'totp' }
  | { readonly method: 'recovery_code'; readonly remaining: number; readonly codeHash: Buffer };

/**
 * Checks a code against a person's confirmed two-step verification and spends it: a TOTP code
 * moves `last_used_step` forward (so it, and every earlier code, is refused from then on); a
 * recovery code is marked used. Runs in the caller's transaction, with the person's row locked,
 * so two requests cannot spend the same code.
 */
@Injectable()
export class SecondFactor {
  constructor(
    private readonly cipher: MfaSecretCipher,
    private readonly totp: Totp,
    private readonly recoveryCodes: RecoveryCodes,
  ) {}

  async prove(manager: EntityManager, userId: string, input: string): Promise<SecondFactorProof | undefined> {
    const mfa = await manager
      .getRepository(UserMfa)
      .findOne({ where: { userId }, lock: { mode: 'pessimistic_write' } });
    if (!mfa?.secret || !mfa.secretKeyId || !mfa.enabledAt) return undefined;
    const secret = this.cipher.open(userId, { sealed: mfa.secret, keyId: mfa.secretKeyId });
    try {
      const code = input.replace(/\s/g, '');
      if (/^\d{6}$/.test(code)) {
        const step = await this.totp.verify(secret, code, mfa.lastUsedStep);
        if (step === undefined) return undefined;
        await manager.getRepository(UserMfa).update({ userId }, { lastUsedStep: step });
        return { method: 'totp' };
      }
      const normalized = this.recoveryCodes.normalize(code);
      if (!normalized) return undefined;
      const codeHash = this.recoveryCodes.hash(secret, userId, normalized);
      const spent = await manager
        .createQueryBuilder()
        .update(RecoveryCode)
        .set({ usedAt: () => 'now()' })
        .where('user_id = :userId and code_hash = :codeHash and used_at is null', { userId, codeHash })
        .execute();
      if (!spent.affected) return undefined;
      const remaining = await manager.getRepository(RecoveryCode).countBy({ userId, usedAt: IsNull() });
      return { method: 'recovery_code', remaining, codeHash };
    } finally {
      secret.fill(0);
    }
  }
}
