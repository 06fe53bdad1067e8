import { Injectable } from '@nestjs/common';
import { TenantRepository } from '@pitlane/core';
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
  expires_at: Date;
  last_seen_at: Date;
  require_mfa: boolean;
  mfa_enabled: boolean;
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

  /**
   * The session, its person's role here, the workshop's status and 2FA policy, and whether the
   * person has 2FA on. Each tenant table is bound to the workshop itself.
   */
  async state(sessionId: string): Promise<SessionStateRow | undefined> {
    const rows: SessionStateRow[] = await this.manager.query(
      `select s.user_id, m.role, t.status, s.revoked_at, s.expires_at, s.last_seen_at, t.require_mfa,
              exists (select 1 from user_mfa f where f.user_id = s.user_id and f.enabled_at is not null) as mfa_enabled
         from sessions s
         join memberships m on m.tenant_id = $1 and m.tenant_id = s.tenant_id and m.user_id = s.user_id
         join tenants t on t.id = $1 and t.id = s.tenant_id
        where s.tenant_id = $1 and s.id = $2`,
      [this.tenantId, sessionId],
    );
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
}
