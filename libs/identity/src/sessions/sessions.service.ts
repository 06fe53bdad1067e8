import { Injectable } from '@nestjs/common';
import { AppConfig, TenantContext, TenantDatabase } from '@pitlane/core';
import { hashToken } from '@pitlane/crypto';
import { randomUUID } from 'node:crypto';
import { Principal } from '../auth/principal';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { Role } from '../memberships/role';
import { AccessTokenClaims, AccessTokenService } from '../tokens/access-token.service';
import { mintRefreshToken, tenantOfRefreshToken } from '../tokens/refresh-token-codec';
import { RevokeReason } from './session.entity';
import { SessionRepository, SessionStateRow } from './session.repository';

export interface TokenPair {
  readonly accessToken: string;
  readonly refreshToken: string;
  /** Seconds until the access token expires. */
  readonly expiresIn: number;
}

/** A principal, and whether the workshop's 2FA policy still waits for this person to enrol. */
export interface AuthenticatedPrincipal extends Principal {
  readonly mustEnrolMfa: boolean;
}

export interface RefreshedSession extends TokenPair {
  readonly tenantId: string;
  readonly userId: string;
  readonly role: Role;
}

/** `last_seen_at` is written at most this often, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * Sessions are refresh-token families. Each refresh token is single use: using it mints the
 * next one; presenting a used one again means it was stolen, and the whole family is revoked.
 * An access token is honoured only while its session lives, so logout takes effect at once.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly sessions: SessionRepository,
    private readonly tenantContext: TenantContext,
    private readonly accessTokens: AccessTokenService,
    private readonly config: AppConfig,
  ) {}

  /** Opens a session in the current tenant context. */
  open(userId: string, role: Role, userAgent: string | undefined): Promise<TokenPair> {
    return this.db.transaction(async () => {
      const tenantId = this.tenantContext.requireTenantId();
      const now = new Date();
      const sessionId = randomUUID();
      await this.sessions.insert({
        id: sessionId,
        userId,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.config.auth.sessionAbsoluteTimeoutSeconds * 1000),
        userAgent: userAgent?.slice(0, 256) ?? null,
      });
      return this.issue({ tenantId, userId, sessionId, role });
    });
  }

  /** Rotates a refresh token. Reuse of a spent token revokes its session and answers 401. */
  async refresh(refreshToken: string): Promise<RefreshedSession> {
    const tenantId = tenantOfRefreshToken(refreshToken);
    if (!tenantId) throw sessionEnded();
    const outcome = await this.tenantContext.run(tenantId, () =>
      this.db.transaction(async (): Promise<RefreshedSession | 'reused' | 'invalid'> => {
        const token = await this.sessions.findRefreshTokenForUpdate(hashToken(refreshToken));
        if (!token) return 'invalid';
        if (token.usedAt) {
          await this.sessions.revoke(token.sessionId, 'refresh_token_reuse');
          return 'reused';
        }
        const live = await this.liveSession(token.sessionId);
        if (!live) return 'invalid';
        await this.sessions.spendRefreshToken(token.id);
        await this.sessions.touch(token.sessionId);
        const pair = await this.issue({ tenantId, userId: live.user_id, sessionId: token.sessionId, role: live.role });
        return { ...pair, tenantId, userId: live.user_id, role: live.role };
      }),
    );
    if (outcome === 'reused') {
      throw new IdentityError(
        IdentityErrorCode.RefreshTokenReused,
        'This refresh token was already used; the session has been ended. Log in again.',
      );
    }
    if (outcome === 'invalid') throw sessionEnded();
    return outcome;
  }

  /** Ends a session in the current tenant context. Idempotent. */
  revoke(sessionId: string, reason: RevokeReason): Promise<void> {
    return this.db.transaction(() => this.sessions.revoke(sessionId, reason));
  }

  /** Ends every session of a user in the current workshop (role change, removal). */
  revokeAllOf(userId: string, reason: RevokeReason): Promise<void> {
    return this.db.transaction(() => this.sessions.revokeAllOf(userId, reason));
  }

  /**
   * Turns verified token claims into a principal, or throws 401/403. Runs in the token's tenant
   * context; the role comes from the membership as it is now, not as it was at login.
   */
  authenticate(claims: AccessTokenClaims): Promise<AuthenticatedPrincipal> {
    return this.db.transaction(async () => {
      const live = await this.liveSession(claims.sessionId);
      if (!live || live.user_id !== claims.userId) throw sessionEnded();
      if (Date.now() - live.last_seen_at.getTime() > TOUCH_INTERVAL_MS) await this.sessions.touch(claims.sessionId);
      return {
        userId: live.user_id,
        tenantId: claims.tenantId,
        sessionId: claims.sessionId,
        role: live.role,
        mustEnrolMfa: live.require_mfa && !live.mfa_enabled,
      };
    });
  }

  /** The session if it is neither revoked, nor past its absolute end, nor idle too long. */
  private async liveSession(sessionId: string): Promise<SessionStateRow | undefined> {
    const row = await this.sessions.state(sessionId);
    if (!row) return undefined;
    if (row.status === 'suspended') {
      throw new IdentityError(IdentityErrorCode.WorkshopSuspended, 'This workshop is suspended.');
    }
    const now = Date.now();
    const idleLimit = this.config.auth.sessionIdleTimeoutSeconds * 1000;
    if (row.revoked_at || row.expires_at.getTime() <= now || now - row.last_seen_at.getTime() > idleLimit) {
      return undefined;
    }
    return row;
  }

  private async issue(claims: AccessTokenClaims): Promise<TokenPair> {
    const refreshToken = mintRefreshToken(claims.tenantId);
    await this.sessions.insertRefreshToken(claims.sessionId, hashToken(refreshToken));
    return { accessToken: this.accessTokens.sign(claims), refreshToken, expiresIn: this.accessTokens.ttlSeconds };
  }
}

function sessionEnded(): IdentityError {
  return new IdentityError(IdentityErrorCode.SessionEnded, 'The session has ended. Log in again.');
}
