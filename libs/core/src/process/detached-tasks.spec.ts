import type { Logger } from 'pino';
import { DetachedTasks } from './detached-tasks';

function fakeLogger(): { logger: Logger; errors: string[] } {
  const errors: string[] = [];
  const logger = { error: (_fields: unknown, message: string) => errors.push(message) } as unknown as Logger;
  return { logger, errors };
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('DetachedTasks', () => {
  it('runs tasks with the same key in the order they were started, others alongside', async () => {
    const { logger } = fakeLogger();
    const tasks = new DetachedTasks(logger);
    const order: string[] = [];
    const gate = deferred();
    tasks.start('a', 'first', async () => {
      await gate.promise;
      order.push('a1');
    });
    tasks.start('a', 'second', () => Promise.resolve(void order.push('a2')));
    tasks.start('b', 'other', () => Promise.resolve(void order.push('b1')));
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['b1']);
    gate.resolve();
    await tasks.settled();
    expect(order).toEqual(['b1', 'a1', 'a2']);
  });

  it('logs a failure and goes on with the next task of the key', async () => {
    const { logger, errors } = fakeLogger();
    const tasks = new DetachedTasks(logger);
    let ran = false;
    tasks.start('k', 'failing work', () => Promise.reject(new Error('boom')));
    tasks.start('k', 'next work', () => Promise.resolve(void (ran = true)));
    await tasks.settled();
    expect(errors).toEqual(['failing work failed']);
    expect(ran).toBe(true);
  });

  it('waits for running work before the application shuts down', async () => {
    const { logger } = fakeLogger();
    const tasks = new DetachedTasks(logger);
    const gate = deferred();
    let finished = false;
    tasks.start('k', 'slow work', async () => {
      await gate.promise;
      finished = true;
    });
    const shutdown = tasks.beforeApplicationShutdown();
    gate.resolve();
    await shutdown;
    expect(finished).toBe(true);
  });
});
