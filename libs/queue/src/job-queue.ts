import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@pitlane/core';
import { JobsOptions } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { JOB_CATALOG, JobName, JobPayloads, KEEP_COMPLETED_SECONDS, QUEUE_NAMES, QueueName } from './job-catalog';
import { BackendQueue, QueueBackend } from './queue-backend';

export interface EnqueueOptions {
  /** Deduplicates: a job with the same id that still exists is not added again. No ':' allowed. */
  readonly jobId?: string;
  readonly delayMs?: number;
}

export type QueueCounts = Record<'waiting' | 'active' | 'delayed' | 'completed' | 'failed', number>;

/** Adds jobs with the retry policy the catalog declares for them. */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, BackendQueue>();

  constructor(
    private readonly backend: QueueBackend,
    private readonly config: AppConfig,
  ) {}

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<void> {
    const definition = JOB_CATALOG[name];
    const jobOptions: JobsOptions = {
      ...this.retryAndRetention(name),
      // Always our own id: BullMQ's PostgreSQL backend would otherwise create a per-queue id
      // sequence at run time, and the application role may not create objects.
      jobId: options.jobId ?? `${name}-${randomUUID()}`,
      ...(options.delayMs ? { delay: options.delayMs } : {}),
    };
    await this.queue(definition.queue).add(name, payload, jobOptions);
  }

  /**
   * Makes the catalog's repeating job `name` run every `everyMs` (upserted by its name, so every
   * worker process may call it at boot and one scheduler results). Its jobs get the name's id
   * prefix from BullMQ's scheduler (\`repeat:<name>:<time>\`), never a run-time sequence.
   */
  async schedule<N extends JobName>(name: N, everyMs: number, payload: JobPayloads[N]): Promise<void> {
    const definition = JOB_CATALOG[name];
    await this.queue(definition.queue).upsertJobScheduler(
      name,
      { every: everyMs },
      { name, data: payload, opts: this.retryAndRetention(name) },
    );
  }

  private retryAndRetention(name: JobName): JobsOptions {
    const definition = JOB_CATALOG[name];
    return {
      attempts: definition.attempts,
      backoff: {
        type: 'exponential',
        delay: this.config.queue.retryBaseDelayMs,
        jitter: definition.backoffJitter,
      },
      // On BullMQ's PostgreSQL backend every completion trims the kept set: keeping many costs
      // throughput and invites deadlocks between concurrent trims (docs/benchmarks.md).
      removeOnComplete:
        this.config.queue.keepCompletedCount === 0
          ? true
          : { age: KEEP_COMPLETED_SECONDS, count: this.config.queue.keepCompletedCount },
      removeOnFail: { age: definition.keepFailedSeconds },
    };
  }

  async counts(name: QueueName): Promise<QueueCounts> {
    const counts = await this.queue(name).getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
    return {
      waiting: counts.waiting ?? 0,
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      completed: counts.completed ?? 0,
      failed: counts.failed ?? 0,
    };
  }

  /** Whether the backend answers (readiness). */
  async ping(): Promise<void> {
    await this.queue(QUEUE_NAMES[0]).getJobCounts('waiting');
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.queues.clear();
  }

  private queue(name: QueueName): BackendQueue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.backend.createQueue(name);
      this.queues.set(name, queue);
    }
    return queue;
  }
}
