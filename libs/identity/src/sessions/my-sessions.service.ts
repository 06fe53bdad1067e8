import { Injectable } from '@nestjs/common';
import { AppConfig, offsetOf, Page, PageQuery, pageOf, resolveSort, TenantDatabase } from '@pitlane/core';
import { Principal } from '../auth/principal';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { SessionCache } from './session-cache';
import { Session } from './session.entity';
import { LiveWindow, SessionRepository } from './session.repository';
import { summariseUserAgent } from './user-agent-summary';

/** One of the person's sessions as the security settings list it. Never a token or its hash. */
export interface SessionView {
  readonly id: string;
  readonly createdAt: string;
  /** When a request last used the session; written at most once a minute, so approximate. */
  readonly lastUsedAt: string;
  /** The absolute end, however active the session is. */
  readonly expiresAt: string;
  readonly browser: string | null;
  readonly os: string | null;
  /** The session this request came with. */
  readonly current: boolean;
}

/** The fields `?sort=` accepts, and the columns they order by. */
export const SESSION_SORTS = { createdAt: 'session.createdAt', lastUsedAt: 'session.lastSeenAt' } as const;

/**
 * The signed-in person's own sessions in the current workshop: the ones still usable, and
 * ending any of them. A session belongs to one workshop (its rows live under that workshop's
 * row-level security), so each workshop's security page shows and ends that workshop's
 * sessions; someone else's session, here or anywhere, is a 404 like a missing one.
 */
@Injectable()
export class MySessionsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly sessions: SessionRepository,
    private readonly config: AppConfig,
    private readonly cache: SessionCache,
  ) {}

  list(principal: Principal, query: PageQuery): Promise<Page<SessionView>> {
    const order = resolveSort(query.sort, SESSION_SORTS, { column: SESSION_SORTS.lastUsedAt, direction: 'DESC' });
    const window = this.liveWindow();
    return this.db.transaction(async () => {
      const rows = await this.sessions.pageLive(principal.userId, window, order, query.limit, offsetOf(query));
      const total = await this.sessions.countLive(principal.userId, window);
      return pageOf(
        rows.map((row) => toView(row, principal.sessionId)),
        total,
        query,
      );
    });
  }

  /** Ends one of the person's sessions here; its access and refresh tokens stop working at once. */
  async end(principal: Principal, sessionId: string): Promise<void> {
    const ended = await this.db.transaction(() => this.sessions.revokeOwn(sessionId, principal.userId, 'logout'));
    // Committed: this process forgets it now; the others hear it from the database's trigger.
    if (ended) this.cache.evictSession(sessionId);
    if (!ended)
      throw new IdentityError(IdentityErrorCode.SessionNotFound, 'You have no such session in this workshop.');
  }

  private liveWindow(): LiveWindow {
    const now = new Date();
    return { now, idleSince: new Date(now.getTime() - this.config.auth.sessionIdleTimeoutSeconds * 1000) };
  }
}

function toView(session: Session, currentSessionId: string): SessionView {
  return {
    id: session.id,
    createdAt: session.createdAt.toISOString(),
    lastUsedAt: session.lastSeenAt.toISOString(),
    expiresAt: session.expiresAt.toISOString(),
    ...summariseUserAgent(session.userAgent),
    current: session.id === currentSessionId,
  };
}
