import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig, isUuid } from '@pitlane/core';
import { randomUUID } from 'node:crypto';
import { hmacJwtService } from '../tokens/jwt-secret-key';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { AccountTransactions } from '../system/account-transactions';
import { MfaChallengeRepository } from './mfa-challenge.repository';
import { UserMfaRepository } from './user-mfa.repository';

const ALGORITHM = 'HS256';
const TTL_SECONDS = 300;
/** Wrong codes one challenge survives; after that the password has to be given again. */
export const MAX_FAILED_MFA_ATTEMPTS = 5;
/** Spent and expired challenges are kept this long, then swept by the next login. */
const KEEP_MS = 24 * 3_600_000;

/** The first step's answer when the password was right and a second factor is due. */
export interface MfaChallengeResult {
  readonly mfaRequired: true;
  readonly mfaToken: string;
}

export interface MfaTokenClaims {
  readonly userId: string;
  readonly tenantId: string;
  readonly challengeId: string;
}

/**
 * The bridge between a correct password and a second factor: a 5-minute HS256 token naming the
 * person and the workshop they chose, for an audience no access token has (so neither can pass
 * for the other). Its id is recorded, so it is spent by one correct code and dies after a few
 * wrong ones.
 */
@Injectable()
export class MfaChallenges {
  private readonly jwt: JwtService;
  private readonly audience: string;

  constructor(
    private readonly transactions: AccountTransactions,
    private readonly challenges: MfaChallengeRepository,
    private readonly mfa: UserMfaRepository,
    private readonly config: AppConfig,
  ) {
    this.jwt = hmacJwtService(config, 'mfa-challenge');
    this.audience = `${config.auth.jwtAudience}/mfa`;
  }

  /** Whether signing in as this person takes a second factor. */
  isRequiredFor(userId: string): Promise<boolean> {
    return this.transactions.run(() => this.mfa.isEnabled(userId));
  }

  async issue(userId: string, tenantId: string): Promise<MfaChallengeResult> {
    const id = randomUUID();
    await this.transactions.run(async () => {
      await this.challenges.sweep(new Date(Date.now() - KEEP_MS));
      await this.challenges.insert({ id, userId, expiresAt: new Date(Date.now() + TTL_SECONDS * 1000) });
    });
    const mfaToken = this.jwt.sign(
      { tid: tenantId },
      {
        algorithm: ALGORITHM,
        subject: userId,
        jwtid: id,
        issuer: this.config.auth.jwtIssuer,
        audience: this.audience,
        expiresIn: TTL_SECONDS,
      },
    );
    return { mfaRequired: true, mfaToken };
  }

  /** The claims of a genuine, unexpired mfaToken; anything else is the one 401 of this step. */
  verify(token: string): MfaTokenClaims {
    let payload: { sub?: unknown; tid?: unknown; jti?: unknown; exp?: unknown; iat?: unknown };
    try {
      payload = this.jwt.verify<{ sub?: unknown; tid?: unknown; jti?: unknown }>(token, {
        algorithms: [ALGORITHM],
        issuer: this.config.auth.jwtIssuer,
        audience: this.audience,
      });
    } catch {
      throw mfaLoginFailed();
    }
    const { sub, tid, jti, exp, iat } = payload;
    if (
      !isUuid(sub) ||
      !isUuid(tid) ||
      !isUuid(jti) ||
      typeof exp !== 'number' ||
      typeof iat !== 'number' ||
      exp - iat > TTL_SECONDS
    ) {
      throw mfaLoginFailed();
    }
    return { userId: sub, tenantId: tid, challengeId: jti };
  }

  /** Locks the challenge for the open transaction; false when it can no longer be answered. */
  async lock(claims: MfaTokenClaims): Promise<boolean> {
    const challenge = await this.challenges.findLocked(claims.challengeId, claims.userId);
    return (
      challenge !== null &&
      challenge.usedAt === null &&
      challenge.expiresAt.getTime() > Date.now() &&
      challenge.failedAttempts < MAX_FAILED_MFA_ATTEMPTS
    );
  }

  spend(challengeId: string): Promise<void> {
    return this.challenges.spend(challengeId);
  }

  recordFailure(challengeId: string): Promise<void> {
    return this.challenges.recordFailure(challengeId);
  }
}

/** Every failure of the second step looks the same: bad token, spent token, wrong or reused code. */
export function mfaLoginFailed(): IdentityError {
  return new IdentityError(
    IdentityErrorCode.MfaLoginFailed,
    'The code is not valid, or the sign-in has expired. Sign in again if this keeps happening.',
  );
}
