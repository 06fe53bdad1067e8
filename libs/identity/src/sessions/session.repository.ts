import { Injectable } from '@nestjs/common';
import { PreparedRead, TenantRepository } from '@pitlane/core';
import { randomUUID } from 'node:crypto';
import { Role } from '../memberships/role';
import { RefreshToken } from './refresh-token.entity';
import { RevokeReason, Session } from './session.entity';

/** A session with what every request needs to know about it, in one query. */
export interface SessionStateRow {
  user_id: string;
  role: Role;
  status: string;
  revoked_at: Date | null;
  created_at: Date;
  expires_at: Date;
  last_seen_at: Date;
  require_mfa: boolean;
  /** When the person last turned two-step verification on; null while it is off. */
  mfa_enabled_at: Date | null;
}

/**
 * The session, its person's role here, the workshop's status and 2FA policy, and since when the
 * person has 2FA on ($1 the workshop, $2 the session). Each tenant table is bound to the
 * workshop itself.
 */
const SESSION_STATE_SQL = `select s.user_id, m.role, t.status, s.revoked_at, s.created_at, s.expires_at, s.last_seen_at,
        t.require_mfa, (select f.enabled_at from user_mfa f where f.user_id = s.user_id) as mfa_enabled_at
   from sessions s
   join memberships m on m.tenant_id = $1 and m.tenant_id = s.tenant_id and m.user_id = s.user_id
   join tenants t on t.id = $1 and t.id = s.tenant_id
  where s.tenant_id = $1 and s.id = $2`;

/**
 * The same read as `SessionRepository.state`, as the statement the message that opens the
 * request's tenant transaction executes (OpeningCheck): prepared once per connection.
 */
export const SESSION_STATE_READ: PreparedRead = {
  name: 'pitlane_session_state',
  parameterTypes: ['uuid', 'uuid'],
  sql: SESSION_STATE_SQL,
};

/** Which sessions are still usable: not revoked, before their end, used since `idleSince`. */
export interface LiveWindow {
  readonly now: Date;
  readonly idleSince: Date;
}

/** A column the session list may be sorted by, already checked against an allow-list. */
export interface SessionOrder {
  readonly column: string;
  readonly direction: 'ASC' | 'DESC';
}

export interface NewSession {
  readonly id: string;
  readonly userId: string;
  readonly lastSeenAt: Date;
  readonly expiresAt: Date;
  readonly userAgent: string | null;
}

/**
 * `sessions` and their `refresh_tokens` in the workshop of the open tenant transaction. Every
 * statement is bound to `this.tenantId`, tenant first; a refresh token's hash is looked up only
 * under the workshop its own bytes name.
 */
@Injectable()
export class SessionRepository extends TenantRepository {
  async insert(session: NewSession): Promise<void> {
    await this.repository(Session).insert({ ...session, tenantId: this.tenantId, revokedAt: null, revokeReason: null });
  }

  async insertRefreshToken(sessionId: string, tokenHash: Buffer): Promise<void> {
    await this.repository(RefreshToken).insert({
      tenantId: this.tenantId,
      id: randomUUID(),
      sessionId,
      tokenHash,
      usedAt: null,
    });
  }

  /** The refresh token with this hash, locked for the rotation. */
  findRefreshTokenForUpdate(tokenHash: Buffer): Promise<RefreshToken | null> {
    return this.repository(RefreshToken)
      .createQueryBuilder('token')
      .setLock('pessimistic_write')
      .where('token.tenantId = :tenantId and token.tokenHash = :tokenHash', { tenantId: this.tenantId, tokenHash })
      .getOne();
  }

  async spendRefreshToken(id: string): Promise<void> {
    await this.repository(RefreshToken).update({ tenantId: this.tenantId, id }, { usedAt: new Date() });
  }

  async touch(sessionId: string): Promise<void> {
    await this.repository(Session).update({ tenantId: this.tenantId, id: sessionId }, { lastSeenAt: new Date() });
  }

  /** Moves each session's last use forward to the time given (never back), in one statement. */
  async touchMany(uses: readonly { sessionId: string; at: Date }[]): Promise<void> {
    if (uses.length === 0) return;
    await this.manager.query(
      `update sessions s set last_seen_at = u.at
         from unnest($2::uuid[], $3::timestamptz[]) as u(id, at)
        where s.tenant_id = $1 and s.id = u.id and s.last_seen_at < u.at`,
      [this.tenantId, uses.map((use) => use.sessionId), uses.map((use) => use.at.toISOString())],
    );
  }

  /** The session's state as every request needs it (SESSION_STATE_SQL), in one query. */
  async state(sessionId: string): Promise<SessionStateRow | undefined> {
    const rows: SessionStateRow[] = await this.manager.query(SESSION_STATE_SQL, [this.tenantId, sessionId]);
    return rows[0];
  }

  async revoke(sessionId: string, reason: RevokeReason): Promise<void> {
    await this.repository(Session)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()', revokeReason: reason })
      .where('tenant_id = :tenantId and id = :sessionId and revoked_at is null', {
        tenantId: this.tenantId,
        sessionId,
      })
      .execute();
  }

  /** A page of the person's usable sessions here. */
  pageLive(userId: string, window: LiveWindow, order: SessionOrder, limit: number, offset: number): Promise<Session[]> {
    return this.liveOf(userId, window)
      .orderBy(order.column, order.direction)
      .addOrderBy('session.id', 'ASC')
      .limit(limit)
      .offset(offset)
      .getMany();
  }

  countLive(userId: string, window: LiveWindow): Promise<number> {
    return this.liveOf(userId, window).getCount();
  }

  /**
   * Ends one of the person's own sessions here (one already ended stays as it ended). False when
   * they have no session with that id in this workshop, whoever else might.
   */
  async revokeOwn(sessionId: string, userId: string, reason: RevokeReason): Promise<boolean> {
    const result = await this.repository(Session)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'coalesce(revoked_at, now())', revokeReason: () => 'coalesce(revoke_reason, :reason)' })
      .where('tenant_id = :tenantId and id = :sessionId and user_id = :userId', {
        tenantId: this.tenantId,
        sessionId,
        userId,
      })
      .setParameter('reason', reason)
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async revokeAllOf(userId: string, reason: RevokeReason): Promise<void> {
    await this.repository(Session)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()', revokeReason: reason })
      .where('tenant_id = :tenantId and user_id = :userId and revoked_at is null', {
        tenantId: this.tenantId,
        userId,
      })
      .execute();
  }

  private liveOf(userId: string, window: LiveWindow) {
    return this.repository(Session)
      .createQueryBuilder('session')
      .where('session.tenantId = :tenantId and session.userId = :userId', { tenantId: this.tenantId, userId })
      .andWhere('session.revokedAt is null and session.expiresAt > :now and session.lastSeenAt >= :idleSince', {
        now: window.now,
        idleSince: window.idleSince,
      });
  }
}
