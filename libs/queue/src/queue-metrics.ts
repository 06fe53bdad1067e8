import { Inject, Injectable } from '@nestjs/common';
import { LOGGER } from '@pitlane/core';
import { MetricsRegistry } from '@pitlane/observability';
import { Counter, Gauge, Histogram } from 'prom-client';
import type { Logger } from 'pino';
import { JOB_CATALOG, JobName, QUEUE_NAMES } from './job-catalog';
import { JobQueue } from './job-queue';

export type JobOutcome = 'completed' | 'retrying' | 'failed';

// `job_name`, not `job`: Prometheus's own target label is `job` (api, worker), and a metric label
// of that name would be renamed `exported_job` at scrape time.
type JobLabels = 'job_name' | 'queue' | 'outcome';

/** Seconds; mail sends take tens of milliseconds, a reindex batch may take minutes. */
const JOB_DURATION_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

/**
 * What the worker's jobs do, by the catalog's job and queue names (never the namespace, job id
 * or tenant): how long each run took and how it ended. Recorded by `JobWorkerHost`.
 */
@Injectable()
export class JobMetrics {
  private readonly duration: Histogram<JobLabels>;
  private readonly runs: Counter<JobLabels>;

  constructor(registry: MetricsRegistry) {
    this.duration = new Histogram<JobLabels>({
      name: 'pitlane_job_duration_seconds',
      help: 'Time one run of a job took, by job name, queue and outcome (completed, retrying, failed).',
      labelNames: ['job_name', 'queue', 'outcome'],
      buckets: JOB_DURATION_BUCKETS,
      registers: [registry],
    });
    this.runs = new Counter<JobLabels>({
      name: 'pitlane_jobs_total',
      help: 'Job runs, by job name, queue and outcome; "failed" is final (tries exhausted or unrecoverable).',
      labelNames: ['job_name', 'queue', 'outcome'],
      registers: [registry],
    });
    // Every series exists from boot, so rates and alerts see zeros rather than nothing.
    for (const [job, definition] of Object.entries(JOB_CATALOG)) {
      for (const outcome of ['completed', 'retrying', 'failed'] as const) {
        this.runs.inc({ job_name: job, queue: definition.queue, outcome }, 0);
      }
    }
  }

  record(jobName: string, outcome: JobOutcome, seconds: number): void {
    const known = jobName in JOB_CATALOG;
    const labels = {
      job_name: known ? jobName : 'unknown',
      queue: known ? JOB_CATALOG[jobName as JobName].queue : 'unknown',
      outcome,
    };
    this.duration.observe(labels, seconds);
    this.runs.inc(labels);
  }
}

/**
 * Jobs waiting, active, delayed and failed (kept) per queue, read from BullMQ when Prometheus
 * scrapes, on either backend. Registered by the worker only, so the API and the worker do not
 * report the same queues twice. A backend that does not answer leaves the last values and
 * counts a collection error.
 */
@Injectable()
export class QueueDepthMetrics {
  constructor(registry: MetricsRegistry, jobs: JobQueue, @Inject(LOGGER) logger: Logger) {
    const errors = new Counter({
      name: 'pitlane_queue_metrics_errors_total',
      help: 'Scrapes that could not read the queue backend.',
      registers: [registry],
    });
    new Gauge<'queue' | 'state'>({
      name: 'pitlane_queue_jobs',
      help: 'Jobs per queue and state (waiting, active, delayed, failed), read from BullMQ at scrape time.',
      labelNames: ['queue', 'state'],
      registers: [registry],
      async collect() {
        try {
          const all = await Promise.all(
            QUEUE_NAMES.map(async (queue) => ({ queue, counts: await jobs.counts(queue) })),
          );
          for (const { queue, counts } of all) {
            for (const state of ['waiting', 'active', 'delayed', 'failed'] as const) {
              this.set({ queue, state }, counts[state]);
            }
          }
        } catch (error) {
          errors.inc();
          logger.warn({ err: error }, 'queue metrics: backend did not answer');
        }
      },
    });
  }
}
