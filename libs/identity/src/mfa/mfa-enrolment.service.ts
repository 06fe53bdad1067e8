import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import QRCode from 'qrcode';
import { EntityManager } from 'typeorm';
import { Principal } from '../auth/principal';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { User } from '../users/user.entity';
import { MfaMail } from './mfa-mail';
import { MfaSecretCipher } from './mfa-secret-cipher';
import { RecoveryCode } from './recovery-code.entity';
import { RecoveryCodes } from './recovery-codes';
import { SecondFactor } from './second-factor';
import { Totp } from './totp';
import { UserMfa } from './user-mfa.entity';

export interface MfaSetup {
  readonly otpauthUrl: string;
  readonly qrCodeDataUrl: string;
}

export interface MfaEnabled {
  readonly recoveryCodes: readonly string[];
}

/**
 * Turning two-step verification on and off for the signed-in person. `setup` hands out a new
 * secret (replacing any earlier unconfirmed one); `enable` confirms it with a first code and
 * returns the recovery codes, once; `disable` takes a code or a recovery code. Runs in the
 * caller's workshop context: the confirmation mail is written in the same transaction.
 */
@Injectable()
export class MfaEnrolmentService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly cipher: MfaSecretCipher,
    private readonly totp: Totp,
    private readonly recoveryCodes: RecoveryCodes,
    private readonly secondFactor: SecondFactor,
    private readonly mail: MfaMail,
  ) {}

  async setup(principal: Principal): Promise<MfaSetup> {
    const otpauthUrl = await this.db.transaction(async (manager) => {
      const user = await manager.getRepository(User).findOneByOrFail({ id: principal.userId });
      if ((await this.lockedState(manager, user.id))?.enabledAt) throw alreadyEnabled();
      const secret = this.totp.generateSecret();
      try {
        const { sealed, keyId } = this.cipher.seal(user.id, secret);
        await manager.query(
          `insert into user_mfa (user_id, pending_secret, pending_key_id, pending_since) values ($1, $2, $3, now())
           on conflict (user_id) do update set pending_secret = excluded.pending_secret,
             pending_key_id = excluded.pending_key_id, pending_since = excluded.pending_since, updated_at = now()`,
          [user.id, sealed, keyId],
        );
        return this.totp.uri(secret, user.email);
      } finally {
        secret.fill(0);
      }
    });
    return { otpauthUrl, qrCodeDataUrl: await QRCode.toDataURL(otpauthUrl, { errorCorrectionLevel: 'M' }) };
  }

  enable(principal: Principal, code: string): Promise<MfaEnabled> {
    return this.db.transaction(async (manager) => {
      const userId = principal.userId;
      const state = await this.lockedState(manager, userId);
      if (state?.enabledAt) throw alreadyEnabled();
      if (!state?.pendingSecret || !state.pendingKeyId) {
        throw new IdentityError(IdentityErrorCode.MfaSetupMissing, 'Start with /me/mfa/setup, then confirm its code.');
      }
      const pending = { sealed: state.pendingSecret, keyId: state.pendingKeyId };
      const secret = this.cipher.open(userId, pending);
      try {
        const step = await this.totp.verify(secret, code.replace(/\s/g, ''), null);
        if (step === undefined) throw invalidCode();
        const enabledAt = new Date();
        await manager.getRepository(UserMfa).update(
          { userId },
          {
            secret: pending.sealed,
            secretKeyId: pending.keyId,
            enabledAt,
            lastUsedStep: step,
            pendingSecret: null,
            pendingKeyId: null,
            pendingSince: null,
          },
        );
        const recoveryCodes = this.recoveryCodes.generate();
        await manager.getRepository(RecoveryCode).delete({ userId });
        await manager.getRepository(RecoveryCode).insert(
          recoveryCodes.map((recoveryCode) => ({
            userId,
            codeHash: this.recoveryCodes.hash(secret, userId, recoveryCode),
            usedAt: null,
          })),
        );
        await this.mail.enabled(await manager.getRepository(User).findOneByOrFail({ id: userId }), enabledAt);
        return { recoveryCodes };
      } finally {
        secret.fill(0);
      }
    });
  }

  disable(principal: Principal, code: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      const userId = principal.userId;
      if (!(await this.lockedState(manager, userId))?.enabledAt) {
        throw new IdentityError(IdentityErrorCode.MfaNotEnabled, 'Two-step verification is not on.');
      }
      if (!(await this.secondFactor.prove(manager, userId, code))) throw invalidCode();
      await manager.getRepository(RecoveryCode).delete({ userId });
      await manager.getRepository(UserMfa).delete({ userId });
    });
  }

  private lockedState(manager: EntityManager, userId: string): Promise<UserMfa | null> {
    return manager.getRepository(UserMfa).findOne({ where: { userId }, lock: { mode: 'pessimistic_write' } });
  }
}

function alreadyEnabled(): IdentityError {
  return new IdentityError(
    IdentityErrorCode.MfaAlreadyEnabled,
    'Two-step verification is already on. Disable it first to enrol another device.',
  );
}

function invalidCode(): IdentityError {
  return new IdentityError(IdentityErrorCode.InvalidMfaCode, 'The code is not valid.', [
    { field: 'code', message: 'is not a valid code' },
  ]);
}
