import { Injectable } from '@nestjs/common';
import { base32Encode } from '../mfa/base32';
import { MfaSecretCipher, SealedSecret } from '../mfa/mfa-secret-cipher';
import { Totp } from '../mfa/totp';

/** A freshly made secret: sealed for the row, and the two forms an authenticator app reads. */
export interface NewTotpSecret {
  readonly sealed: SealedSecret;
  readonly otpauthUri: string;
  readonly base32: string;
}

/**
 * Operators' TOTP secrets, sealed by the same cipher as people's. The subject sealed into the
 * associated data is `operator:<id>`, never a bare id, so an operator's sealed secret cannot be
 * opened as a person's (or the other way round) even if copied between tables.
 */
@Injectable()
export class OperatorTotpSecrets {
  constructor(
    private readonly cipher: MfaSecretCipher,
    private readonly totp: Totp,
  ) {}

  create(operatorId: string, email: string): NewTotpSecret {
    const secret = this.totp.generateSecret();
    return {
      sealed: this.cipher.seal(subjectOf(operatorId), secret),
      otpauthUri: this.totp.uri(secret, `ops:${email}`),
      base32: base32Encode(secret),
    };
  }

  /** The time step of `code` if it matches and is later than `afterStep`; undefined otherwise. */
  verify(
    operatorId: string,
    sealed: SealedSecret,
    code: string,
    afterStep: number | null,
  ): Promise<number | undefined> {
    return this.totp.verify(this.cipher.open(subjectOf(operatorId), sealed), code, afterStep);
  }

  /** The same secret sealed again under the active master key (a master-key rotation). */
  reseal(operatorId: string, sealed: SealedSecret): SealedSecret {
    return this.cipher.seal(subjectOf(operatorId), this.cipher.open(subjectOf(operatorId), sealed));
  }
}

function subjectOf(operatorId: string): string {
  return `operator:${operatorId}`;
}
