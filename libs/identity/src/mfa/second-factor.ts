import { Injectable } from '@nestjs/common';
import { MfaSecretCipher } from './mfa-secret-cipher';
import { RecoveryCodes } from './recovery-codes';
import { Totp } from './totp';
import { UserMfaRepository } from './user-mfa.repository';

export type SecondFactorProof =
  | { readonly method: 'totp' }
  | { readonly method: 'recovery_code'; readonly remaining: number; readonly codeHash: Buffer };

/**
 * Checks a code against a person's confirmed two-step verification and spends it: a TOTP code
 * moves `last_used_step` forward (so it, and every earlier code, is refused from then on); a
 * recovery code is marked used. Runs in the transaction open in the ambient context, with the
 * person's row locked, so two requests cannot spend the same code.
 */
@Injectable()
export class SecondFactor {
  constructor(
    private readonly cipher: MfaSecretCipher,
    private readonly totp: Totp,
    private readonly recoveryCodes: RecoveryCodes,
    private readonly mfaRows: UserMfaRepository,
  ) {}

  async prove(userId: string, input: string): Promise<SecondFactorProof | undefined> {
    const mfa = await this.mfaRows.findLocked(userId);
    if (!mfa?.secret || !mfa.secretKeyId || !mfa.enabledAt) return undefined;
    const secret = this.cipher.open(userId, { sealed: mfa.secret, keyId: mfa.secretKeyId });
    try {
      const code = input.replace(/\s/g, '');
      if (/^\d{6}$/.test(code)) {
        const step = await this.totp.verify(secret, code, mfa.lastUsedStep);
        if (step === undefined) return undefined;
        await this.mfaRows.setLastUsedStep(userId, step);
        return { method: 'totp' };
      }
      const normalized = this.recoveryCodes.normalize(code);
      if (!normalized) return undefined;
      const codeHash = this.recoveryCodes.hash(secret, userId, normalized);
      if (!(await this.mfaRows.spendRecoveryCode(userId, codeHash))) return undefined;
      const remaining = await this.mfaRows.unusedRecoveryCodes(userId);
      return { method: 'recovery_code', remaining, codeHash };
    } finally {
      secret.fill(0);
    }
  }
}
