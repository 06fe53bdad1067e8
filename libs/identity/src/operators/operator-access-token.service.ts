import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig, isUuid } from '@pitlane/core';
import { randomUUID } from 'node:crypto';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { hmacJwtService } from '../tokens/jwt-secret-key';
import { OPERATOR_SESSION_ABSOLUTE_SECONDS, OPERATOR_TOKEN_AUDIENCE } from './operator-session-policy';

const ALGORITHM = 'HS256';
const CLOCK_TOLERANCE_SECONDS = 30;

export interface OperatorTokenClaims {
  readonly operatorId: string;
  readonly sessionId: string;
}

interface JwtPayload {
  sub?: unknown;
  sid?: unknown;
  kind?: unknown;
  exp?: unknown;
  iat?: unknown;
}

/**
 * Operator access tokens. Three things keep them apart from staff tokens, each enough alone:
 * their own HMAC key (HKDF label `operator-access-token`), their own audience, and a `kind`
 * claim; a staff token carries none of them and a workshop role nobody here reads. The token
 * lives at most as long as the sign-in may; whether it still works (idle, logged out, operator
 * disabled) is the session row's call on every request.
 */
@Injectable()
export class OperatorAccessTokenService {
  private readonly jwt: JwtService;

  constructor(private readonly config: AppConfig) {
    this.jwt = hmacJwtService(config, 'operator-access-token');
  }

  sign(claims: OperatorTokenClaims, expiresAt: Date): string {
    const expiresIn = Math.max(1, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
    return this.jwt.sign(
      { sid: claims.sessionId, kind: 'operator' },
      {
        algorithm: ALGORITHM,
        subject: claims.operatorId,
        issuer: this.config.auth.jwtIssuer,
        audience: OPERATOR_TOKEN_AUDIENCE,
        expiresIn: Math.min(expiresIn, OPERATOR_SESSION_ABSOLUTE_SECONDS),
        jwtid: randomUUID(),
      },
    );
  }

  /** Signature, algorithm, issuer, audience, expiry and claim shapes; a 401 otherwise. */
  verify(token: string): OperatorTokenClaims {
    let payload: JwtPayload;
    try {
      payload = this.jwt.verify<JwtPayload & object>(token, {
        algorithms: [ALGORITHM],
        issuer: this.config.auth.jwtIssuer,
        audience: OPERATOR_TOKEN_AUDIENCE,
      });
    } catch {
      throw invalidOperatorToken();
    }
    const { sub, sid, kind, exp, iat } = payload;
    if (!isUuid(sub) || !isUuid(sid) || kind !== 'operator') throw invalidOperatorToken();
    if (typeof exp !== 'number' || typeof iat !== 'number' || !Number.isFinite(exp) || !Number.isFinite(iat)) {
      throw invalidOperatorToken();
    }
    const now = Date.now() / 1000;
    if (iat > now + CLOCK_TOLERANCE_SECONDS || exp - iat > OPERATOR_SESSION_ABSOLUTE_SECONDS) {
      throw invalidOperatorToken();
    }
    return { operatorId: sub, sessionId: sid };
  }
}

export function invalidOperatorToken(): IdentityError {
  return new IdentityError(
    IdentityErrorCode.InvalidToken,
    'The operator access token is missing, malformed or expired.',
  );
}
