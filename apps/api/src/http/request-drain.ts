import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { LOGGER } from '@pitlane/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { sendProblem } from './send-problem';
import { ShuttingDownError } from './shutting-down.error';

/** How long shutdown waits for running requests before it goes on without them. */
const DRAIN_TIMEOUT_MS = 10_000;

/**
 * Lets the requests already running finish before anything they use goes away. Nest's close
 * runs onModuleDestroy, then beforeApplicationShutdown (the bookkeeping batches' last flush),
 * then Fastify's close, then onApplicationShutdown (the pool, the LISTEN connection): left alone,
 * the batches and the pool would close under requests still running ("Connection terminated"
 * 500s, visits noted after the last flush lost), and Fastify never waits for `inject`ed requests
 * at all. So the drain runs in onModuleDestroy, the first hook: the server stops accepting
 * connections, requests that still arrive on open keep-alive connections are served but told
 * `Connection: close`, and only once none is running does shutdown go on. Whatever arrives after
 * that is refused with a 503 (as Fastify itself answers while closing), never half served.
 */
@Injectable()
export class RequestDrain implements OnModuleDestroy {
  private readonly running = new Set<FastifyRequest>();
  private fastify: FastifyInstance | undefined;
  private state: 'serving' | 'draining' | 'drained' = 'serving';
  private idle: (() => void) | undefined;

  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  /** Counts the requests `fastify` serves; call once, before it listens. */
  install(fastify: FastifyInstance): void {
    this.fastify = fastify;
    fastify.addHook('onRequest', (request, reply, done) => {
      if (this.state === 'drained') {
        void reply.header('connection', 'close').header('retry-after', '1');
        sendProblem(this.logger, new ShuttingDownError(), request, reply);
        return;
      }
      if (this.state === 'draining') void reply.header('connection', 'close');
      this.running.add(request);
      done();
    });
    // A request ends with its response or when its client goes away; deleting twice is harmless.
    fastify.addHook('onResponse', (request, _reply, done) => {
      this.finished(request);
      done();
    });
    fastify.addHook('onRequestAbort', (request, done) => {
      this.finished(request);
      done();
    });
  }

  /** How many requests are running now. */
  get inFlight(): number {
    return this.running.size;
  }

  async onModuleDestroy(): Promise<void> {
    if (this.state !== 'serving') return;
    this.state = 'draining';
    const server = this.fastify?.server;
    // Stops new connections and closes the idle keep-alive ones; Fastify's own close later finds
    // the server closed, which it expects. Busy connections close after their current response.
    if (server?.listening) server.close(() => undefined);
    if (this.running.size > 0) {
      const idle = new Promise<void>((resolve) => (this.idle = resolve));
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>(
        (resolve) => (timer = setTimeout(() => resolve('timeout'), DRAIN_TIMEOUT_MS)),
      );
      const outcome = await Promise.race([idle, timeout]);
      clearTimeout(timer);
      if (outcome === 'timeout') {
        this.logger.warn({ running: this.running.size }, 'requests still running at shutdown; closing without them');
      }
    }
    this.state = 'drained';
  }

  private finished(request: FastifyRequest): void {
    if (!this.running.delete(request)) return;
    if (this.running.size === 0) this.idle?.();
  }
}
