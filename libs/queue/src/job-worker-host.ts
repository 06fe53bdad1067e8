import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { AppConfig, LOGGER, TenantContext } from '@pitlane/core';
import { Job, UnrecoverableError } from 'bullmq';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { JOB_CATALOG, JOB_NAMES, JobName, QUEUE_CONCURRENCY, QueueName } from './job-catalog';
import { JOB_HANDLER, JobRun } from './job-handler.decorator';
import { JobQueue } from './job-queue';
import { BackendWorker, QueueBackend } from './queue-backend';
import { JobMetrics } from './queue-metrics';

type Handler = (payload: unknown, run: JobRun) => Promise<void>;

/** Thrown at boot: the catalog and the handlers disagree. */
export class JobHandlerRegistryError extends Error {}

/**
 * Runs the workers of the worker process. At boot it pairs every job of the catalog with
 * exactly one `@JobHandler` and upserts the schedules of the repeating ones; each tenant job then
 * runs inside its tenant's context (a platform job in none), logs one line, and on shutdown the
 * running jobs get a bounded time to finish.
 */
@Injectable()
export class JobWorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly workers: BackendWorker[] = [];
  private handlers = new Map<JobName, Handler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly backend: QueueBackend,
    private readonly tenantContext: TenantContext,
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly metrics: JobMetrics,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.handlers = this.collectHandlers();
    const queues = new Set<QueueName>(JOB_NAMES.map((name) => JOB_CATALOG[name].queue));
    for (const queue of queues) {
      const worker = this.backend.createWorker(queue, (job) => this.process(job), {
        concurrency: QUEUE_CONCURRENCY[queue],
      });
      worker.on('error', (error) => this.logger.error({ err: error, queue }, 'queue worker error'));
      this.workers.push(worker);
    }
    for (const name of JOB_NAMES) {
      const everyMs = JOB_CATALOG[name].everyMs;
      if (everyMs !== undefined) await this.jobs.schedule(name, everyMs, {});
    }
    this.logger.info({ queues: [...queues], backend: this.backend.kind }, 'job workers started');
  }

  async onApplicationShutdown(): Promise<void> {
    const graceful = Promise.all(this.workers.map((worker) => worker.close()));
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.config.queue.shutdownTimeoutMs);
    });
    if ((await Promise.race([graceful, deadline])) === 'timeout') {
      this.logger.warn('running jobs did not finish in time; they will be retried');
      await Promise.all(this.workers.map((worker) => worker.close(true)));
    }
    clearTimeout(timer);
  }

  private async process(job: Job): Promise<void> {
    const started = process.hrtime.bigint();
    const handler = this.handlers.get(job.name as JobName);
    const tenantId = (job.data as { tenantId?: unknown } | undefined)?.tenantId;
    const maxAttempts = job.opts.attempts ?? 1;
    const run: JobRun = {
      jobId: job.id ?? '',
      attempt: job.attemptsMade + 1,
      maxAttempts,
      isFinalAttempt: job.attemptsMade + 1 >= maxAttempts,
    };
    const line = { jobId: job.id, job: job.name, queue: job.queueName, tenantId, attempt: run.attempt };
    try {
      if (!handler) throw new UnrecoverableError(`No handler for job "${job.name}"`);
      if (JOB_CATALOG[job.name as JobName].scope === 'platform') {
        // Across workshops by design: no tenant context, and a payload naming one is refused.
        if (tenantId !== undefined) throw new UnrecoverableError('A platform job carries no tenantId');
        await handler(job.data, run);
      } else {
        if (typeof tenantId !== 'string') throw new UnrecoverableError('The job carries no tenantId');
        await this.tenantContext.run(tenantId, () => handler(job.data, run));
      }
      const durationMs = elapsedMs(started);
      this.metrics.record(job.name, 'completed', durationMs / 1000);
      this.logger.info({ ...line, outcome: 'completed', durationMs }, 'job');
    } catch (error) {
      const final = error instanceof UnrecoverableError || run.isFinalAttempt;
      const outcome = final ? 'failed' : 'retrying';
      const durationMs = elapsedMs(started);
      this.metrics.record(job.name, outcome, durationMs / 1000);
      // The errorId ties this line to whatever an operator sees elsewhere (the mail log's reason).
      this.logger[final ? 'error' : 'warn']({ ...line, outcome, durationMs, errorId: randomUUID(), err: error }, 'job');
      throw error;
    }
  }

  private collectHandlers(): Map<JobName, Handler> {
    const found = new Map<JobName, Handler[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object | null;
      if (!prototype) continue;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const name = Reflect.getMetadata(JOB_HANDLER, (prototype as Record<string, object>)[method]!) as
          JobName | undefined;
        if (!name) continue;
        if (!(name in JOB_CATALOG)) {
          throw new JobHandlerRegistryError(`@JobHandler("${name}") names no job of the catalog`);
        }
        const handler = (instance[method] as Handler).bind(instance);
        found.set(name, [...(found.get(name) ?? []), handler]);
      }
    }
    const problems = JOB_NAMES.flatMap((name) => {
      const count = found.get(name)?.length ?? 0;
      return count === 1 ? [] : [`"${name}" has ${count === 0 ? 'no handler' : `${count} handlers`}`];
    });
    if (problems.length > 0) {
      throw new JobHandlerRegistryError(`Every job needs exactly one @JobHandler: ${problems.join('; ')}`);
    }
    return new Map(JOB_NAMES.map((name) => [name, found.get(name)![0]!]));
  }
}

function elapsedMs(started: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
}
