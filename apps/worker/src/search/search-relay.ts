import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, LOGGER } from '@pitlane/core';
import { SearchOutboxRelay } from '@pitlane/search';
import { Client } from 'pg';
import type { Logger } from 'pino';

const CHANNEL = 'search_outbox';
const MAX_BACKOFF_MS = 60_000;
const BACKLOG_SAMPLE_MS = 5_000;

/**
 * Runs the search outbox relay in the worker. A committed change notifies (the outbox trigger's
 * `pg_notify`), so documents are searchable within milliseconds; a poll is the safety net for
 * missed notifications. When the index fails, drains back off exponentially with jitter; the
 * API keeps writing, the outbox keeps the backlog, and it drains when the index is back.
 */
@Injectable()
export class SearchRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private listener: Client | undefined;
  private poll: NodeJS.Timeout | undefined;
  private sampler: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private failures = 0;
  private notBefore = 0;
  private stopped = false;

  constructor(
    private readonly relay: SearchOutboxRelay,
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.poll = setInterval(() => this.wake(), this.config.search.relayPollIntervalMs);
    this.sampler = setInterval(() => void this.sampleBacklog(), BACKLOG_SAMPLE_MS);
    void this.listen();
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    clearInterval(this.sampler);
    await this.listener?.end().catch(() => undefined);
    await this.running;
  }

  /** Resolves when a drain that starts now has finished (tests, reindex tooling). */
  async drainNow(): Promise<void> {
    this.notBefore = 0;
    this.wake();
    while (this.running) await this.running;
  }

  private wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (Date.now() < this.notBefore) return;
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      const applied = await this.relay.drainAll(this.config.search.relayBatchSize, () => this.stopped);
      if (this.failures > 0) this.logger.info({ applied }, 'search index reachable again; outbox drained');
      this.failures = 0;
    } catch (error) {
      this.failures += 1;
      const backoff = Math.min(MAX_BACKOFF_MS, 500 * 2 ** (this.failures - 1));
      this.notBefore = Date.now() + backoff * (0.7 + Math.random() * 0.6);
      this.again = false;
      this.logger.warn({ err: error, failures: this.failures, retryInMs: backoff }, 'search outbox relay failed');
    }
  }

  private async sampleBacklog(): Promise<void> {
    await this.relay.observeBacklog().catch((error: unknown) => {
      this.logger.warn({ err: error }, 'search outbox backlog sample failed');
    });
  }

  /** A dedicated connection: LISTEN needs one session for as long as it listens. */
  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.database.url, application_name: 'pitlane-search-relay' });
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'search relay lost its notification connection; reconnecting');
      void client.end().catch(() => undefined);
      if (this.listener === client) this.listener = undefined;
      setTimeout(() => void this.listen(), 1_000).unref();
    });
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
      this.listener = client;
    } catch (error) {
      this.logger.warn({ err: error }, 'search relay cannot listen for changes; polling only until it can');
      await client.end().catch(() => undefined);
      setTimeout(() => void this.listen(), 5_000).unref();
    }
  }
}
