import { BeforeApplicationShutdown, Inject, Injectable, Optional } from '@nestjs/common';
import { LOGGER, TenantContext, TenantDatabase, TenantWriteBatch } from '@pitlane/core';
import type { Logger } from 'pino';
import { SessionRepository } from './session.repository';

/** A session's last use, to be written. */
export interface SessionUse {
  readonly sessionId: string;
  readonly at: Date;
}

/** How often pending last-use times are written. */
const FLUSH_INTERVAL_MS = 5_000;

/**
 * `sessions.last_seen_at` (idle timeout, "last used" in the session list) written off the
 * request: a request notes the use, and the uses of each workshop are written together every few
 * seconds and at shutdown, each under its own workshop's tenant transaction. The idle clock of
 * the process that served the request follows the use at once (SessionCache.noteUse).
 */
@Injectable()
export class SessionTouches implements BeforeApplicationShutdown {
  private readonly batch: TenantWriteBatch<SessionUse>;

  constructor(
    tenantContext: TenantContext,
    db: TenantDatabase,
    sessions: SessionRepository,
    @Optional() @Inject(LOGGER) logger?: Logger,
  ) {
    this.batch = new TenantWriteBatch<SessionUse>(
      {
        name: 'session last use',
        key: (use) => use.sessionId,
        merge: (earlier, later) => (later.at > earlier.at ? later : earlier),
        write: (uses) => sessions.touchMany(uses),
        intervalMs: FLUSH_INTERVAL_MS,
      },
      tenantContext,
      db,
      logger,
    );
  }

  note(tenantId: string, sessionId: string, at: Date): void {
    this.batch.add(tenantId, { sessionId, at });
  }

  flush(): Promise<void> {
    return this.batch.flush();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.batch.close();
  }
}
