import { BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER } from '../logging/logger.module';

/**
 * Work a request starts but does not wait for, so that how long the answer takes cannot tell
 * what the work found (a "forgot password" for a known or an unknown address). Tasks with the
 * same key run one after another, in the order they were started; a failure is logged (it has
 * no caller to reach); shutdown waits for whatever is still running.
 */
@Injectable()
export class DetachedTasks implements BeforeApplicationShutdown {
  private readonly running = new Set<Promise<void>>();
  private readonly lastOfKey = new Map<string, Promise<void>>();

  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  start(key: string, description: string, work: () => Promise<void>): void {
    const previous = this.lastOfKey.get(key) ?? Promise.resolve();
    const task = previous
      .then(work)
      .catch((error: unknown) => this.logger.error({ err: error }, `${description} failed`));
    this.lastOfKey.set(key, task);
    this.running.add(task);
    void task.finally(() => {
      this.running.delete(task);
      if (this.lastOfKey.get(key) === task) this.lastOfKey.delete(key);
    });
  }

  /** Resolves once every task started so far has finished. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.settled();
  }
}
