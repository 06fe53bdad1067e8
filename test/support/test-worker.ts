import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createLogger } from '@pitlane/core';
import { JobQueue, QueueName } from '@pitlane/queue';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { eventually } from './eventually';
import { captureLogLines } from './log-capture';
import { bypassingRls, testConfig } from './test-config';

/**
 * The worker process booted in-process against the test database, on the same queue namespace
 * (and backend) as the API it works for. `drained()` waits until its queues are empty: tests
 * wait for mail with it, never with a sleep.
 */
export class TestWorker {
  private constructor(
    readonly app: INestApplicationContext,
    /** Every JSON log line the worker wrote. */
    readonly logLines: readonly string[],
  ) {}

  static async start(overrides: Record<string, string> = {}): Promise<TestWorker> {
    const { sink, lines } = captureLogLines();
    const config = testConfig({
      LOG_LEVEL: 'info',
      QUEUE_RETRY_BASE_DELAY_MS: '50',
      QUEUE_KEEP_COMPLETED_COUNT: '100000',
      ...overrides,
    });
    const logger = createLogger({ service: 'worker', level: config.logLevel, destination: sink });
    const app = await NestFactory.createApplicationContext(
      WorkerModule.register({
        config,
        logger,
        // As in TestApi: the bypass run's role is one the boot guard refuses.
        ...(bypassingRls() ? { databaseRoleCheck: false } : {}),
      }),
      {
        logger: false,
      },
    );
    app.enableShutdownHooks();
    return new TestWorker(app, lines);
  }

  async drained(queue: QueueName = 'mail', timeoutMs = 20_000): Promise<void> {
    const jobs = this.app.get(JobQueue);
    await eventually(async () => {
      const counts = await jobs.counts(queue);
      if (counts.waiting + counts.active + counts.delayed > 0)
        throw new Error(`queue ${queue} busy: ${JSON.stringify(counts)}`);
    }, timeoutMs);
  }

  async close(): Promise<void> {
    await this.app.close();
  }
}
