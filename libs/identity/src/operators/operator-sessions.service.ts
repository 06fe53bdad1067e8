import { Injectable } from '@nestjs/common';
import { sessionEnded } from '../errors/identity.error';
import { endReasonOf } from '../sessions/session-liveness';
import { AccountTransactions } from '../system/account-transactions';
import { OperatorTokenClaims } from './operator-access-token.service';
import { OperatorAudit } from './operator-audit';
import { OperatorPrincipal } from './operator-principal';
import { OperatorSessionRepository } from './operator-session.repository';
import { OPERATOR_SESSION_IDLE_SECONDS } from './operator-session-policy';
import { OperatorRepository } from './operator.repository';

/**
 * Operator sessions are read on every request, with no cache: operators are few, and a logout,
 * a disabled account or an idle quarter of an hour must end the session at once, in every
 * process. Each request that passes moves the idle clock.
 */
@Injectable()
export class OperatorSessionsService {
  constructor(
    private readonly transactions: AccountTransactions,
    private readonly sessions: OperatorSessionRepository,
    private readonly operators: OperatorRepository,
    private readonly audit: OperatorAudit,
  ) {}

  /** The caller of a verified token while its session lives; a 401 saying why otherwise. */
  authenticate(claims: OperatorTokenClaims): Promise<OperatorPrincipal> {
    return this.transactions.run(async () => {
      const session = await this.sessions.findForUpdate(claims.sessionId);
      // A token naming a session of someone else is forged: it learns no more than an unknown one.
      if (!session || session.operatorId !== claims.operatorId) throw sessionEnded('session_unknown');
      if (session.operatorDisabledAt) throw sessionEnded('session_revoked');
      const reason = endReasonOf(
        { revoked_at: session.revokedAt, expires_at: session.expiresAt, last_seen_at: session.lastSeenAt },
        Date.now(),
        OPERATOR_SESSION_IDLE_SECONDS * 1000,
      );
      if (reason) throw sessionEnded(reason);
      await this.sessions.touch(claims.sessionId);
      const operator = await this.operators.findById(claims.operatorId);
      if (!operator) throw sessionEnded('session_unknown');
      return { operatorId: operator.id, email: operator.email, name: operator.name, sessionId: claims.sessionId };
    });
  }

  /** Ends the caller's session; its token is refused from the next request on. */
  logout(principal: OperatorPrincipal, clientIp: string | undefined): Promise<void> {
    return this.transactions.run(async () => {
      await this.sessions.revoke(principal.sessionId, 'logout');
      await this.audit.record({ operatorId: principal.operatorId, action: 'logout', clientIp: clientIp ?? null });
    });
  }
}
