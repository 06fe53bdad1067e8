import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig, isUuid } from '@pitlane/core';
import { randomUUID } from 'node:crypto';
import { hmacJwtService } from './jwt-secret-key';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { isRole, Role } from '../memberships/role';

/** Only this algorithm is accepted; `none` and every asymmetric trick are refused. */
const ALGORITHM = 'HS256';

export interface AccessTokenClaims {
  readonly userId: string;
  readonly tenantId: string;
  readonly sessionId: string;
  readonly role: Role;
}

interface JwtPayload {
  sub?: unknown;
  tid?: unknown;
  sid?: unknown;
  role?: unknown;
  exp?: unknown;
  iat?: unknown;
}

/** Leeway for clocks of other signers that run slightly ahead (an `iat` a little in the future). */
const CLOCK_TOLERANCE_SECONDS = 30;

/** Short-lived JWTs naming the user, the workshop, the session and the role. */
@Injectable()
export class AccessTokenService {
  private readonly jwt: JwtService;

  constructor(private readonly config: AppConfig) {
    this.jwt = hmacJwtService(config, 'access-token');
  }

  get ttlSeconds(): number {
    return this.config.auth.accessTokenTtlSeconds;
  }

  sign(claims: AccessTokenClaims): string {
    return this.jwt.sign(
      { tid: claims.tenantId, sid: claims.sessionId, role: claims.role },
      {
        algorithm: ALGORITHM,
        subject: claims.userId,
        issuer: this.config.auth.jwtIssuer,
        audience: this.config.auth.jwtAudience,
        expiresIn: this.ttlSeconds,
        jwtid: randomUUID(),
      },
    );
  }

  /**
   * Verifies signature, algorithm, issuer, audience and expiry; throws a 401 otherwise. A token
   * must say when it was issued and when it ends (jsonwebtoken checks `exp` only when present),
   * may not live longer than the configured lifetime, and names the user, workshop and session
   * as UUIDs: a malformed claim is a refused token, never a failed query.
   */
  verify(token: string): AccessTokenClaims {
    let payload: JwtPayload;
    try {
      payload = this.jwt.verify<JwtPayload & object>(token, {
        algorithms: [ALGORITHM],
        issuer: this.config.auth.jwtIssuer,
        audience: this.config.auth.jwtAudience,
      });
    } catch {
      throw invalidToken();
    }
    const { sub, tid, sid, role, exp, iat } = payload;
    if (!isUuid(sub) || !isUuid(tid) || !isUuid(sid) || !isRole(role)) throw invalidToken();
    if (typeof exp !== 'number' || typeof iat !== 'number' || !Number.isFinite(exp) || !Number.isFinite(iat)) {
      throw invalidToken();
    }
    const now = Date.now() / 1000;
    if (iat > now + CLOCK_TOLERANCE_SECONDS || exp - iat > this.ttlSeconds) throw invalidToken();
    return { userId: sub, tenantId: tid, sessionId: sid, role };
  }
}

function invalidToken(): IdentityError {
  return new IdentityError(IdentityErrorCode.InvalidToken, 'The access token is missing, malformed or expired.');
}
