import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@pitlane/core';
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
}

/** Short-lived JWTs naming the user, the workshop, the session and the role. */
@Injectable()
export class AccessTokenService {
  private readonly jwt: JwtService;

  constructor(private readonly config: AppConfig) {
    this.jwt = hmacJwtService(config);
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

  /** Verifies signature, algorithm, issuer, audience and expiry; throws a 401 otherwise. */
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
    const { sub, tid, sid, role } = payload;
    if (typeof sub !== 'string' || typeof tid !== 'string' || typeof sid !== 'string' || !isRole(role)) {
      throw invalidToken();
    }
    return { userId: sub, tenantId: tid, sessionId: sid, role };
  }
}

function invalidToken(): IdentityError {
  return new IdentityError(IdentityErrorCode.InvalidToken, 'The access token is missing, malformed or expired.');
}
