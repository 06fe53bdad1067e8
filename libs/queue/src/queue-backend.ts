import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, LOGGER, QUEUE_SCHEMA } from '@pitlane/core';
import { createPostgresBackend, Job, JobsOptions, JobType, Queue, Worker, withBackend } from 'bullmq';
import IORedis from 'ioredis';
import type { Logger } from 'pino';
import { QueueName } from './job-catalog';

export type QueueBackendKind = 'redis' | 'postgres';

type Processor = (job: Job) => Promise<unknown>;

/** What Pitlane uses of a BullMQ queue, whichever backend holds it. */
export interface BackendQueue {
  add(name: string, data: unknown, options: JobsOptions): Promise<unknown>;
  /** Creates or updates a repeating job (BullMQ's job scheduler), idempotently by id. */
  upsertJobScheduler(
    id: string,
    repeat: { every: number },
    template: { name: string; data: unknown; opts: Omit<JobsOptions, 'jobId' | 'repeat' | 'delay'> },
  ): Promise<unknown>;
  getJobCounts(...types: JobType[]): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/** What Pitlane uses of a BullMQ worker, whichever backend feeds it. */
export interface BackendWorker {
  close(force?: boolean): Promise<void>;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

const POSTGRES = withBackend(createPostgresBackend);

/**
 * BullMQ on Redis when REDIS_URL is set (production), else on BullMQ's PostgreSQL backend in
 * Pitlane's own database (the `npm start` default, so a fresh machine needs no Redis). Every
 * queue and worker is built here and closed here.
 */
@Injectable()
export class QueueBackend implements OnApplicationShutdown {
  readonly kind: QueueBackendKind;
  private readonly redisConnections: IORedis[] = [];

  constructor(
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.kind = config.queue.redisUrl ? 'redis' : 'postgres';
  }

  createQueue(name: QueueName): BackendQueue {
    if (this.kind === 'redis') return new Queue(this.qualified(name), { connection: this.redis(false) });
    return new POSTGRES.Queue(this.qualified(name), { connection: this.postgres(4) });
  }

  createWorker(name: QueueName, processor: Processor, options: { concurrency: number }): BackendWorker {
    if (this.kind === 'redis') {
      return new Worker(this.qualified(name), processor, { ...options, connection: this.redis(true) });
    }
    return new POSTGRES.Worker(this.qualified(name), processor, {
      ...options,
      connection: this.postgres(options.concurrency),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.redisConnections.map((connection) => connection.quit().catch(() => undefined)));
  }

  /** `pitlane-mail`: the namespace keeps environments and test runs sharing a backend apart. */
  qualified(name: QueueName): string {
    return `${this.config.queue.namespace}-${name}`;
  }

  /** Workers block on Redis, so their connection must retry forever rather than fail commands. */
  private redis(blocking: boolean): IORedis {
    const connection = new IORedis(this.config.queue.redisUrl!, {
      maxRetriesPerRequest: blocking ? null : 3,
      enableOfflineQueue: blocking,
      lazyConnect: false,
    });
    connection.on('error', (error: Error) => this.logger.warn({ err: error }, 'redis connection error'));
    this.redisConnections.push(connection);
    return connection;
  }

  private postgres(poolMax: number) {
    return {
      connectionString: this.config.database.url,
      schema: QUEUE_SCHEMA,
      // The owner migrated the schema (npm run migrate); the application role only uses it.
      skipMigrations: true,
      max: poolMax + 2,
      application_name: 'pitlane-queue',
    };
  }
}
