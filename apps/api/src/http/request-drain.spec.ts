import Fastify from 'fastify';
import type { Logger } from 'pino';
import { RequestDrain } from './request-drain';

describe('RequestDrain', () => {
  const logger = { error: jest.fn(), warn: jest.fn() } as unknown as Logger;

  it('waits for running requests, serves late ones with Connection: close, then refuses with 503', async () => {
    const fastify = Fastify();
    const drain = new RequestDrain(logger);
    drain.install(fastify);
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    fastify.get('/slow', async () => {
      await released;
      return { ok: true };
    });
    fastify.get('/fast', () => Promise.resolve({ ok: true }));
    await fastify.ready();

    const slow = fastify.inject({ method: 'GET', url: '/slow' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(drain.inFlight).toBe(1);

    let drained = false;
    const destroying = drain.onModuleDestroy().then(() => (drained = true));
    const late = await fastify.inject({ method: 'GET', url: '/fast' });
    expect(late.statusCode).toBe(200);
    expect(late.headers.connection).toBe('close');
    await new Promise((resolve) => setImmediate(resolve));
    expect(drained).toBe(false);

    release();
    expect((await slow).statusCode).toBe(200);
    await destroying;
    expect(drain.inFlight).toBe(0);

    const refused = await fastify.inject({ method: 'GET', url: '/fast' });
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    expect(refused.headers.connection).toBe('close');
    expect(refused.headers['retry-after']).toBe('1');
    await fastify.close();
  });

  it('returns at once when nothing is running', async () => {
    const fastify = Fastify();
    const drain = new RequestDrain(logger);
    drain.install(fastify);
    await fastify.ready();
    await drain.onModuleDestroy();
    expect(drain.inFlight).toBe(0);
    await fastify.close();
  });
});
