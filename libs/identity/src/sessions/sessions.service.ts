import { Injectable } from '@nestjs/common';
import { AppConfig, DatabaseNotifications, TenantContext, TenantDatabase } from '@pitlane/core';
import { hashToken } from '@pitlane/crypto';
import { randomUUID } from 'node:crypto';
import { Principal } from '../auth/principal';
import { IdentityError, IdentityErrorCode, sessionEnded, workshopSuspended } from '../errors/identity.error';
import { Role } from '../memberships/role';
import { AccessTokenClaims, AccessTokenService } from '../tokens/access-token.service';
import { mintRefreshToken, tenantOfRefreshToken } from '../tokens/refresh-token-codec';
import { SessionCache } from './session-cache';
import { endReasonOf } from './session-liveness';
import { SessionTouches } from './session-touches';
import { RevokeReason } from './session.entity';
import { SESSION_STATE_READ, SessionRepository, SessionStateRow } from './session.repository';

export interface TokenPair {
  readonly accessToken: string;
  readonly refreshToken: string;
  /** Seconds until the access token expires. */
  readonly expiresIn: number;
  /**
   * The session's absolute end, after which its refresh token is refused however it is used.
   * Not part of any answer body: the HTTP layer takes it for the refresh cookie's Max-Age and
   * drops it (apps/api/src/http/session-cookie).
   */
  readonly sessionExpiresAt: Date;
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

/** The channel the auth-state triggers announce on (migration 1795421000000). */
const AUTH_STATE_CHANNEL = 'auth_state';

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
    private readonly cache: SessionCache,
    private readonly touches: SessionTouches,
    private readonly notifications: DatabaseNotifications,
  ) {}

  private listening = false;

  /** Opens a session in the current tenant context. */
  open(userId: string, role: Role, userAgent: string | undefined): Promise<TokenPair> {
    return this.db.transaction(async () => {
      const tenantId = this.tenantContext.requireTenantId();
      const now = new Date();
      const sessionId = randomUUID();
      const expiresAt = new Date(now.getTime() + this.config.auth.sessionAbsoluteTimeoutSeconds * 1000);
      await this.sessions.insert({
        id: sessionId,
        userId,
        lastSeenAt: now,
        expiresAt,
        userAgent: userAgent?.slice(0, 256) ?? null,
      });
      return this.issue({ tenantId, userId, sessionId, role }, expiresAt);
    });
  }

  /**
   * Rotates a refresh token. Reuse of a spent token revokes its session and answers 401. A
   * missing, malformed or unknown token is a session nobody can name: `session_unknown`.
   */
  async refresh(presented: string | undefined): Promise<RefreshedSession> {
    const { refreshToken, tenantId } = namedSession(presented);
    const outcome = await this.tenantContext.run(tenantId, () =>
      this.db.transaction(async (): Promise<RefreshedSession | 'reused'> => {
        const token = await this.sessions.findRefreshTokenForUpdate(hashToken(refreshToken));
        if (!token) throw sessionEnded('session_unknown');
        if (token.usedAt) {
          await this.sessions.revoke(token.sessionId, 'refresh_token_reuse');
          await this.forget(() => this.cache.evictSession(token.sessionId));
          return 'reused';
        }
        const live = await this.liveSession(token.sessionId);
        await this.sessions.spendRefreshToken(token.id);
        await this.sessions.touch(token.sessionId);
        const claims = { tenantId, userId: live.user_id, sessionId: token.sessionId, role: live.role };
        const pair = await this.issue(claims, live.expires_at);
        return { ...pair, tenantId, userId: live.user_id, role: live.role };
      }),
    );
    if (outcome === 'reused') {
      throw new IdentityError(
        IdentityErrorCode.RefreshTokenReused,
        'This refresh token was already used; the session has been ended. Log in again.',
      );
    }
    return outcome;
  }

  /**
   * Ends the session a refresh token belongs to: a browser's logout, which may hold nothing but
   * its cookie (the access token lived in memory, or has expired). A spent token of the session
   * ends it too. Ending a session that already ended is done; a token nobody issued is a 401.
   */
  async endByRefreshToken(presented: string | undefined): Promise<void> {
    const { refreshToken, tenantId } = namedSession(presented);
    await this.tenantContext.run(tenantId, () =>
      this.db.transaction(async () => {
        const token = await this.sessions.findRefreshTokenForUpdate(hashToken(refreshToken));
        if (!token) throw sessionEnded('session_unknown');
        await this.sessions.revoke(token.sessionId, 'logout');
        await this.forget(() => this.cache.evictSession(token.sessionId));
      }),
    );
  }

  /** Ends a session in the current tenant context. Idempotent. */
  revoke(sessionId: string, reason: RevokeReason): Promise<void> {
    return this.db.transaction(async () => {
      await this.sessions.revoke(sessionId, reason);
      await this.forget(() => this.cache.evictSession(sessionId));
    });
  }

  /**
   * Whether a live session of the current workshop proved every factor its person has now.
   * Every session opened while two-step verification was on took the second factor (login,
   * invitation and switch all ask for it); one opened before it was turned on did not.
   */
  coversSecondFactor(sessionId: string): Promise<boolean> {
    return this.db.transaction(async () => {
      const live = await this.liveSession(sessionId);
      return live.mfa_enabled_at === null || live.mfa_enabled_at <= live.created_at;
    });
  }

  /** Ends every session of a user in the current workshop (role change, removal). */
  revokeAllOf(userId: string, reason: RevokeReason): Promise<void> {
    return this.db.transaction(async () => {
      await this.sessions.revokeAllOf(userId, reason);
      await this.forgetMember(userId);
    });
  }

  /**
   * Drops this process's cached sessions of the person here (their role or membership changed),
   * now and again when the surrounding transaction commits. Other processes hear it from the
   * database's trigger; this one does not wait for that.
   */
  forgetMember(userId: string): Promise<void> {
    const tenantId = this.tenantContext.requireTenantId();
    return this.forget(() => this.cache.evictMember(tenantId, userId));
  }

  /** Drops one session from this process's cache, now and at commit. */
  forgetSession(sessionId: string): Promise<void> {
    return this.forget(() => this.cache.evictSession(sessionId));
  }

  /**
   * Turns verified token claims into a principal, or throws 401/403. Runs in the token's tenant
   * context; the role comes from the membership as it is now, not as it was at login.
   *
   * A session this process read in the last seconds is answered from SessionCache, with no
   * statement of its own; every change that could end or narrow it evicts it at once (its
   * trigger's notification, or this process's own path). And since a notification travels
   * while the next request may already be running elsewhere, the session is read again inside
   * the request's first tenant transaction, in the message that opens it (an OpeningCheck, no
   * extra round trip): a session ended before that transaction refuses the request there, and a
   * changed role or 2FA state reaches `recheck`, which decides again. Its last use is written
   * off the request (SessionTouches).
   */
  async authenticate(
    claims: AccessTokenClaims,
    recheck?: (fresh: AuthenticatedPrincipal) => void,
    useCache = true,
  ): Promise<AuthenticatedPrincipal> {
    this.listenForChanges();
    const now = Date.now();
    const cached = useCache ? this.cachedLive(claims, now) : undefined;
    if (!cached) {
      this.db.checkOnOpen(undefined);
      return this.principalOf(claims, await this.readLive(claims), now);
    }
    const principal = this.principalOf(claims, cached, now);
    const generation = this.cache.generation;
    this.db.checkOnOpen({
      tenantId: claims.tenantId,
      statement: SESSION_STATE_READ,
      values: [claims.tenantId, claims.sessionId],
      verify: (rows) => {
        const fresh = this.usable(rows[0] as SessionStateRow | undefined);
        if (fresh.user_id !== claims.userId) throw sessionEnded('session_unknown');
        // The database's last use may trail this process's (written off the request).
        const lastSeen = fresh.last_seen_at > cached.last_seen_at ? fresh.last_seen_at : cached.last_seen_at;
        this.cache.put(claims.sessionId, claims.tenantId, { ...fresh, last_seen_at: lastSeen }, generation);
        const mustEnrolMfa = fresh.require_mfa && fresh.mfa_enabled_at === null;
        if (fresh.role !== principal.role || mustEnrolMfa !== principal.mustEnrolMfa) {
          recheck?.({ ...principal, role: fresh.role, mustEnrolMfa });
        }
      },
    });
    return principal;
  }

  private principalOf(claims: AccessTokenClaims, live: SessionStateRow, now: number): AuthenticatedPrincipal {
    if (live.user_id !== claims.userId) throw sessionEnded('session_unknown');
    if (now - live.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
      const at = new Date(now);
      this.touches.note(claims.tenantId, claims.sessionId, at);
      this.cache.noteUse(claims.sessionId, at);
    }
    return {
      userId: live.user_id,
      tenantId: claims.tenantId,
      sessionId: claims.sessionId,
      role: live.role,
      mustEnrolMfa: live.require_mfa && live.mfa_enabled_at === null,
    };
  }

  /** The cached state while it says the session is usable; anything else is read again. */
  private cachedLive(claims: AccessTokenClaims, now: number): SessionStateRow | undefined {
    const state = this.cache.get(claims.sessionId, claims.tenantId, now);
    if (!state || state.status === 'suspended') return undefined;
    // A state that would refuse the request (2FA still to enrol) is never taken from memory.
    if (state.require_mfa && state.mfa_enabled_at === null) return undefined;
    if (endReasonOf(state, now, this.config.auth.sessionIdleTimeoutSeconds * 1000)) return undefined;
    return state;
  }

  private async readLive(claims: AccessTokenClaims): Promise<SessionStateRow> {
    const generation = this.cache.generation;
    const live = await this.db.transaction(() => this.liveSession(claims.sessionId));
    this.cache.put(claims.sessionId, claims.tenantId, live, generation);
    return live;
  }

  /** Subscribes the cache to the auth-state channel, once, on the first authenticated request. */
  private listenForChanges(): void {
    if (this.listening) return;
    this.listening = true;
    this.notifications.subscribe(AUTH_STATE_CHANNEL, {
      message: (payload) => this.cache.applyNotification(payload),
      listening: (listening) => (listening ? this.cache.trust() : this.cache.distrust()),
    });
  }

  private async forget(evict: () => void): Promise<void> {
    evict();
    await this.db.afterCommit(() => {
      evict();
      return Promise.resolve();
    });
  }

  /**
   * The session, or a 401 saying why it cannot be used (a 403 while its workshop is suspended:
   * the one thing logging in again would not cure).
   */
  private async liveSession(sessionId: string): Promise<SessionStateRow> {
    return this.usable(await this.sessions.state(sessionId));
  }

  private usable(row: SessionStateRow | undefined): SessionStateRow {
    if (!row) throw sessionEnded('session_unknown');
    if (row.status === 'suspended') throw workshopSuspended();
    const ended = endReasonOf(row, Date.now(), this.config.auth.sessionIdleTimeoutSeconds * 1000);
    if (ended) throw sessionEnded(ended);
    return row;
  }

  private async issue(claims: AccessTokenClaims, sessionExpiresAt: Date): Promise<TokenPair> {
    const refreshToken = mintRefreshToken(claims.tenantId);
    await this.sessions.insertRefreshToken(claims.sessionId, hashToken(refreshToken));
    return {
      accessToken: this.accessTokens.sign(claims),
      refreshToken,
      expiresIn: this.accessTokens.ttlSeconds,
      sessionExpiresAt,
    };
  }
}

/** A presented refresh token and the workshop it names; a missing or malformed one names none. */
function namedSession(refreshToken: string | undefined): { refreshToken: string; tenantId: string } {
  const tenantId = refreshToken === undefined ? undefined : tenantOfRefreshToken(refreshToken);
  if (refreshToken === undefined || tenantId === undefined) throw sessionEnded('session_unknown');
  return { refreshToken, tenantId };
}
