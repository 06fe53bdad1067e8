import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import QRCode from 'qrcode';
import { Principal } from '../auth/principal';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { UserRepository } from '../users/user.repository';
import { MfaMail } from './mfa-mail';
import { MfaSecretCipher } from './mfa-secret-cipher';
import { RecoveryCodes } from './recovery-codes';
import { SecondFactor } from './second-factor';
import { Totp } from './totp';
import { UserMfaRepository } from './user-mfa.repository';

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
    private readonly users: UserRepository,
    private readonly mfaRows: UserMfaRepository,
    private readonly cipher: MfaSecretCipher,
    private readonly totp: Totp,
    private readonly recoveryCodes: RecoveryCodes,
    private readonly secondFactor: SecondFactor,
    private readonly mail: MfaMail,
  ) {}

  async setup(principal: Principal): Promise<MfaSetup> {
    const otpauthUrl = await this.db.transaction(async () => {
      const user = await this.users.get(principal.userId);
      if ((await this.mfaRows.findLocked(user.id))?.enabledAt) throw alreadyEnabled();
      const secret = this.totp.generateSecret();
      try {
        await this.mfaRows.savePending(user.id, this.cipher.seal(user.id, secret));
        return this.totp.uri(secret, user.email);
      } finally {
        secret.fill(0);
      }
    });
    return { otpauthUrl, qrCodeDataUrl: await QRCode.toDataURL(otpauthUrl, { errorCorrectionLevel: 'M' }) };
  }

  enable(principal: Principal, code: string): Promise<MfaEnabled> {
    return this.db.transaction(async () => {
      const userId = principal.userId;
      const state = await this.mfaRows.findLocked(userId);
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
        await this.mfaRows.confirm(userId, pending, enabledAt, step);
        const recoveryCodes = this.recoveryCodes.generate();
        await this.mfaRows.replaceRecoveryCodes(
          userId,
          recoveryCodes.map((recoveryCode) => this.recoveryCodes.hash(secret, userId, recoveryCode)),
        );
        await this.mail.enabled(await this.users.get(userId), enabledAt);
        return { recoveryCodes };
      } finally {
        secret.fill(0);
      }
    });
  }

  disable(principal: Principal, code: string): Promise<void> {
    return this.db.transaction(async () => {
      const userId = principal.userId;
      if (!(await this.mfaRows.findLocked(userId))?.enabledAt) {
        throw new IdentityError(IdentityErrorCode.MfaNotEnabled, 'Two-step verification is not on.');
      }
      if (!(await this.secondFactor.prove(userId, code))) throw invalidCode();
      await this.mfaRows.delete(userId);
    });
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
