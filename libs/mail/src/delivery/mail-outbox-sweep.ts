import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { LOGGER, SystemDatabase } from '@pitlane/core';
import { JobQueue } from '@pitlane/queue';
import type { Logger } from 'pino';
import { mailJobId } from '../ledger/mail-message.entity';

const SWEEP_INTERVAL_MS = 60_000;
const STALE_AFTER = '2 minutes';
const BATCH = 500;

/**
 * Closes the gap between a committed ledger row and its job: a process that died right after
 * the commit never enqueued. Once a minute, queued mail older than two minutes is enqueued again
 * under its own job id, which BullMQ ignores while the original job still exists.
 */
@Injectable()
export class MailOutboxSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly system: SystemDatabase,
    private readonly jobs: JobQueue,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep().catch((error: unknown) => this.fail(error)), SWEEP_INTERVAL_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Re-enqueues stale queued mail; returns how many rows it looked at. */
  async sweep(staleAfter = STALE_AFTER): Promise<number> {
    const stale = await this.system.transaction((manager) =>
      manager.query<{ tenant_id: string; id: string }[]>('select * from app_stale_mail($1::interval, $2)', [
        staleAfter,
        BATCH,
      ]),
    );
    for (const row of stale) {
      await this.jobs.enqueue('mail.send', { tenantId: row.tenant_id, mailId: row.id }, { jobId: mailJobId(row.id) });
    }
    if (stale.length > 0) this.logger.info({ mails: stale.length }, 'mail outbox sweep re-enqueued queued mail');
    return stale.length;
  }

  private fail(error: unknown): void {
    this.logger.error({ err: error }, 'mail outbox sweep failed');
  }
}
