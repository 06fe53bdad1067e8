import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { LOGGER } from '@pitlane/core';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { MetricsRegistry } from './metrics-registry';

/** Where a process serves `/metrics`: never the public API port, never published by nginx. */
export interface MetricsEndpointOptions {
  readonly host: string;
  /** 0 picks a free port (tests); `address()` tells which. */
  readonly port: number;
}

export const METRICS_ENDPOINT_OPTIONS = Symbol('METRICS_ENDPOINT_OPTIONS');

/**
 * A bare HTTP server for Prometheus, apart from Fastify: scrapes never show up in the API's
 * request metrics or logs, and a wedged API still answers with its in-flight gauge. Anything
 * but `GET /metrics` is 404.
 */
@Injectable()
export class MetricsEndpoint implements OnApplicationBootstrap, OnApplicationShutdown {
  private server: Server | undefined;

  constructor(
    private readonly registry: MetricsRegistry,
    @Inject(METRICS_ENDPOINT_OPTIONS) private readonly options: MetricsEndpointOptions,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const server = createServer((request, response) => {
      if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
        return;
      }
      this.registry.metrics().then(
        (text) => response.writeHead(200, { 'content-type': this.registry.contentType }).end(text),
        (error: unknown) => {
          this.logger.error({ err: error }, 'metrics collection failed');
          response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics collection failed\n');
        },
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, this.options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    const { address, port } = this.address();
    this.logger.info({ url: `http://${address}:${port}/metrics` }, 'metrics listening');
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The bound address (the actual port when 0 was asked for). */
  address(): { address: string; port: number } {
    const info = this.server?.address() as AddressInfo | null | undefined;
    if (!info) throw new Error('the metrics endpoint is not listening');
    return { address: info.address, port: info.port };
  }
}
