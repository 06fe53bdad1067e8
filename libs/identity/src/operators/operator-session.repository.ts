import { Injectable } from '@nestjs/common';
import { AccountTransactions } from '../system/account-transactions';

export type OperatorSessionEndReason = 'logout' | 'operator_disabled' | 'totp_reset';

export interface OperatorSessionState {
  readonly operatorId: string;
  readonly revokedAt: Date | null;
  readonly expiresAt: Date;
  readonly lastSeenAt: Date;
  readonly operatorDisabledAt: Date | null;
}

/** `operator_sessions`: the only SQL for it. Runs in the ambient account transaction (no tenant). */
@Injectable()
export class OperatorSessionRepository {
  constructor(private readonly transactions: AccountTransactions) {}

  async insert(session: { id: string; operatorId: string; expiresAt: Date; userAgent: string | null }): Promise<void> {
    await this.query(
      `insert into operator_sessions (id, operator_id, expires_at, user_agent) values ($1, $2, $3, $4)`,
      [session.id, session.operatorId, session.expiresAt, session.userAgent],
    );
  }

  /** The session and its operator's state, locked so a touch and a logout cannot interleave. */
  async findForUpdate(id: string): Promise<OperatorSessionState | undefined> {
    const [row] = await this.query<{
      operator_id: string;
      revoked_at: Date | null;
      expires_at: Date;
      last_seen_at: Date;
      disabled_at: Date | null;
    }>(
      `select s.operator_id, s.revoked_at, s.expires_at, s.last_seen_at, o.disabled_at
         from operator_sessions s join operators o on o.id = s.operator_id
        where s.id = $1 for update of s`,
      [id],
    );
    return row
      ? {
          operatorId: row.operator_id,
          revokedAt: row.revoked_at,
          expiresAt: row.expires_at,
          lastSeenAt: row.last_seen_at,
          operatorDisabledAt: row.disabled_at,
        }
      : undefined;
  }

  async touch(id: string): Promise<void> {
    await this.query(`update operator_sessions set last_seen_at = now() where id = $1`, [id]);
  }

  /** Ends one session; ending an ended one changes nothing. */
  async revoke(id: string, reason: OperatorSessionEndReason): Promise<void> {
    await this.query(
      `update operator_sessions set revoked_at = now(), revoke_reason = $2 where id = $1 and revoked_at is null`,
      [id, reason],
    );
  }

  async revokeAllOf(operatorId: string, reason: OperatorSessionEndReason): Promise<number> {
    const rows = await this.query<{ id: string }>(
      `with ended as (
         update operator_sessions set revoked_at = now(), revoke_reason = $2
          where operator_id = $1 and revoked_at is null returning id
       ) select id from ended`,
      [operatorId, reason],
    );
    return rows.length;
  }

  private query<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return this.transactions.manager().query<T[]>(sql, parameters);
  }
}
