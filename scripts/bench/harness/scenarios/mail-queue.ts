// mail-throughput's producer: BullMQ's own Queue on either backend, the worker's queue name, and
// JobQueue.enqueue's job id and options for mail.send, added in bulk (a burst) rather than one by one.
import { QUEUE_SCHEMA } from '@pitlane/core';
import { mailJobId } from '@pitlane/mail';
import { JOB_CATALOG, KEEP_COMPLETED_SECONDS } from '@pitlane/queue';
import { createPostgresBackend, type JobsOptions, type JobType, Queue, withBackend } from 'bullmq';
import IORedis from 'ioredis';
import { performance } from 'node:perf_hooks';
import { chunks } from '../concurrently';
import type { LedgerMail } from './mail-seed';

/** JobQueue's retry base (QUEUE_RETRY_BASE_DELAY_MS' default); the worker is given the same. */
export const RETRY_BASE_DELAY_MS = 5_000;
/** Jobs per Queue.addBulk call. */
export const ENQUEUE_BATCH = 500;
const POSTGRES_QUEUES = withBackend(createPostgresBackend);

export type Backend = { kind: 'redis'; label: 'Redis'; redisUrl: string } | { kind: 'postgres'; label: 'PostgreSQL' };

export interface Producer {
  addBulk(jobs: { name: string; data: unknown; opts: JobsOptions }[]): Promise<unknown>;
  getJobCounts(...types: JobType[]): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/**
 * On PostgreSQL BullMQ's bulk insert (`add_jobs_bulk`) needs a temporary table and the queue's
 * job-id sequence, which the application role may not create (JobQueue adds one job at a time
 * with its own id and needs neither): there the producer connects through `adminDbUrl`.
 */
export function createProducer(backend: Backend, queueName: string, adminDbUrl: string): Producer {
  if (backend.kind === 'redis') {
    const connection = new IORedis(backend.redisUrl, { maxRetriesPerRequest: 3 });
    connection.on('error', () => undefined);
    const queue = new Queue(queueName, { connection });
    let closed: Promise<void> | undefined;
    return {
      addBulk: (jobs) => queue.addBulk(jobs),
      getJobCounts: (...types) => queue.getJobCounts(...types),
      close: () => (closed ??= queue.close().finally(() => connection.quit().catch(() => undefined))),
    };
  }
  // BullMQ's schema as QueueBackend uses it, migrations left to the owner.
  const queue = new POSTGRES_QUEUES.Queue(queueName, {
    connection: { connectionString: adminDbUrl, schema: QUEUE_SCHEMA, skipMigrations: true, max: 4 },
  });
  let closed: Promise<void> | undefined;
  return {
    addBulk: (jobs) => queue.addBulk(jobs),
    getJobCounts: (...types) => queue.getJobCounts(...types),
    close: () => (closed ??= queue.close()),
  };
}

/** JobQueue's options for mail.send with the ledger row's job id; `keepCompleted` as QUEUE_KEEP_COMPLETED_COUNT. */
function jobOptions(mailId: string, keepCompleted: number): JobsOptions {
  const definition = JOB_CATALOG['mail.send'];
  return {
    attempts: definition.attempts,
    backoff: { type: 'exponential', delay: RETRY_BASE_DELAY_MS, jitter: definition.backoffJitter },
    removeOnComplete: keepCompleted === 0 ? true : { age: KEEP_COMPLETED_SECONDS, count: keepCompleted },
    removeOnFail: { age: definition.keepFailedSeconds },
    jobId: mailJobId(mailId),
  };
}

/** A job per mail, ENQUEUE_BATCH per addBulk, each mail stamped with its call's start; returns ms taken. */
export async function enqueueAll(
  producer: Producer,
  mails: readonly LedgerMail[],
  keepCompleted: number,
  interrupted: () => boolean,
): Promise<number> {
  const started = performance.now();
  for (const batch of chunks(mails, ENQUEUE_BATCH)) {
    if (interrupted()) throw new Error('interrupted');
    const at = performance.now();
    for (const mail of batch) mail.enqueuedAt = at;
    await producer.addBulk(
      batch.map((mail) => ({
        name: 'mail.send',
        data: { tenantId: mail.tenantId, mailId: mail.id },
        opts: jobOptions(mail.id, keepCompleted),
      })),
    );
  }
  return performance.now() - started;
}
