import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ConfigModule, createLogger, DatabaseModule, LoggerModule, TenantContext } from '@pitlane/core';
import { ObservabilityModule } from '@pitlane/observability';
import {
  JobHandler,
  JobHandlerRegistryError,
  JobQueue,
  JobRun,
  JobWorkerModule,
  MailSendPayload,
  QueueModule,
} from '@pitlane/queue';
import { UnrecoverableError } from 'bullmq';
import { ClsModule } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { testConfig, testRedisUrl } from '../../../test/support/test-config';
import { eventually } from '../../../test/support/eventually';

interface Seen {
  readonly mailId: string;
  readonly tenantInContext: string | undefined;
  readonly attempt: number;
}

/** A stand-in for the real mail handler: records what it saw and fails on request. */
@Injectable()
class RecordingHandler {
  readonly seen: Seen[] = [];
  readonly failures = new Map<string, { times: number; permanent?: boolean }>();
  slowMs = 0;

  constructor(private readonly tenantContext: TenantContext) {}

  @JobHandler('mail.send')
  async handle(payload: MailSendPayload, run: JobRun): Promise<void> {
    if (this.slowMs) await new Promise((resolve) => setTimeout(resolve, this.slowMs));
    this.seen.push({ mailId: payload.mailId, tenantInContext: this.tenantContext.tenantId, attempt: run.attempt });
    const failure = this.failures.get(payload.mailId);
    if (failure && failure.times > 0) {
      failure.times--;
      throw failure.permanent ? new UnrecoverableError('permanent') : new Error('temporary');
    }
  }
}

@Injectable()
class SecondHandler {
  @JobHandler('mail.send')
  handle(): Promise<void> {
    return Promise.resolve();
  }
}

/** The catalog's platform jobs need their one handler each too; these suites exercise mail.send. */
@Injectable()
class PlatformJobsStandIn {
  @JobHandler('platform.usage-rollup')
  rollUp(): Promise<void> {
    return Promise.resolve();
  }

  @JobHandler('search.prune-dictionary')
  prune(): Promise<void> {
    return Promise.resolve();
  }
}

const silent = () =>
  createLogger({ service: 'worker', level: 'silent', destination: new Writable({ write: (_c, _e, done) => done() }) });

async function boot(redisUrl: string | undefined, handlers: (new (...args: never[]) => unknown)[]) {
  @Module({ providers: [...handlers, PlatformJobsStandIn] })
  class HandlersModule {}
  const config = testConfig({
    QUEUE_NAMESPACE: `test-${randomUUID().slice(0, 8)}`,
    QUEUE_RETRY_BASE_DELAY_MS: '20',
    QUEUE_SHUTDOWN_TIMEOUT_MS: '5000',
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  });
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      LoggerModule.forRoot(silent()),
      ClsModule.forRoot({ global: true }),
      DatabaseModule.forRoot({ entities: [], applicationName: 'pitlane-test' }),
      ObservabilityModule,
      QueueModule,
      JobWorkerModule,
      HandlersModule,
    ],
  }).compile();
  try {
    return await moduleRef.init();
  } catch (error) {
    await moduleRef.close();
    throw error;
  }
}

const backends: [string, string | undefined][] = [['PostgreSQL', undefined]];
const redis = testRedisUrl();
if (redis) backends.push(['Redis', redis]);
else process.stdout.write('[queue tests] no Redis: the Redis half of the queue suite is not run\n');

describe.each(backends)('BullMQ jobs on %s', (_backend, redisUrl) => {
  it('runs a job in the tenant context its payload names', async () => {
    const app = await boot(redisUrl, [RecordingHandler]);
    try {
      const tenantId = randomUUID();
      const mailId = randomUUID();
      await app.get(JobQueue).enqueue('mail.send', { tenantId, mailId });
      const handler = app.get(RecordingHandler);
      await eventually(() => expect(handler.seen).toEqual([{ mailId, tenantInContext: tenantId, attempt: 1 }]));
    } finally {
      await app.close();
    }
  });

  it('retries a failing job with backoff until it succeeds, and never retries a permanent failure', async () => {
    const app = await boot(redisUrl, [RecordingHandler]);
    try {
      const handler = app.get(RecordingHandler);
      const flaky = randomUUID();
      const doomed = randomUUID();
      handler.failures.set(flaky, { times: 2 });
      handler.failures.set(doomed, { times: 5, permanent: true });
      const queue = app.get(JobQueue);
      await queue.enqueue('mail.send', { tenantId: randomUUID(), mailId: flaky });
      await queue.enqueue('mail.send', { tenantId: randomUUID(), mailId: doomed });
      await eventually(async () => {
        expect(handler.seen.filter((s) => s.mailId === flaky).map((s) => s.attempt)).toEqual([1, 2, 3]);
        expect(await queue.counts('mail')).toMatchObject({ failed: 1, waiting: 0, active: 0, delayed: 0 });
      });
      expect(handler.seen.filter((s) => s.mailId === doomed)).toHaveLength(1);
    } finally {
      await app.close();
    }
  });

  it('adds a job once when it is enqueued twice with the same id', async () => {
    const app = await boot(redisUrl, [RecordingHandler]);
    try {
      const handler = app.get(RecordingHandler);
      handler.slowMs = 200;
      const payload = { tenantId: randomUUID(), mailId: randomUUID() };
      const queue = app.get(JobQueue);
      await queue.enqueue('mail.send', payload, { jobId: `mail-${payload.mailId}` });
      await queue.enqueue('mail.send', payload, { jobId: `mail-${payload.mailId}` });
      await eventually(async () => {
        expect(handler.seen).toHaveLength(1);
        expect(await queue.counts('mail')).toMatchObject({ waiting: 0, active: 0, delayed: 0 });
      });
      // Still one run a moment later: the second add was ignored, not queued behind the first.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(handler.seen).toHaveLength(1);
    } finally {
      await app.close();
    }
  });

  it('lets a running job finish when the worker shuts down', async () => {
    const app = await boot(redisUrl, [RecordingHandler]);
    const handler = app.get(RecordingHandler);
    handler.slowMs = 700;
    const mailId = randomUUID();
    await app.get(JobQueue).enqueue('mail.send', { tenantId: randomUUID(), mailId });
    await eventually(async () => expect((await app.get(JobQueue).counts('mail')).active).toBe(1));
    await app.close();
    expect(handler.seen.map((s) => s.mailId)).toEqual([mailId]);
  });
});

describe('the worker refuses to boot', () => {
  it('when a job of the catalog has no handler', async () => {
    await expect(boot(undefined, [])).rejects.toThrow(JobHandlerRegistryError);
    await expect(boot(undefined, [])).rejects.toThrow(/"mail.send" has no handler/);
  });

  it('when a job has two handlers', async () => {
    await expect(boot(undefined, [RecordingHandler, SecondHandler])).rejects.toThrow(/"mail.send" has 2 handlers/);
  });
});
