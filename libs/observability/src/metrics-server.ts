import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';

/** Where a process serves `/metrics`: never the public API port, never published by nginx. */
export interface MetricsEndpointOptions {
  readonly host: string;
  /** 0 picks a free port (tests); `address()` tells which. */
  readonly port: number;
  /**
   * Set in the processes of an API cluster (API_PROCESSES > 1): the primary owns the port and
   * serves every process's metrics summed (cluster-metrics.ts); this process only answers it.
   */
  readonly reportToClusterPrimary?: boolean;
}

/** What a scrape returns: the exposition text and its content type. */
export interface MetricsSource {
  readonly contentType: string;
  collect(): Promise<string>;
}

/**
 * A bare HTTP server for Prometheus, apart from Fastify: scrapes never show up in the API's
 * request metrics or logs, and a wedged API still answers with its in-flight gauge. Anything
 * but `GET /metrics` is 404.
 */
export async function listenForScrapes(
  source: MetricsSource,
  options: MetricsEndpointOptions,
  logger: Logger,
): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    source.collect().then(
      (text) => response.writeHead(200, { 'content-type': source.contentType }).end(text),
      (error: unknown) => {
        logger.error({ err: error }, 'metrics collection failed');
        response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics collection failed\n');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { address, port } = boundAddress(server);
  logger.info({ url: `http://${address}:${port}/metrics` }, 'metrics listening');
  return server;
}

export async function closeScrapeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

export function boundAddress(server: Server | undefined): { address: string; port: number } {
  const info = server?.address() as AddressInfo | null | undefined;
  if (!info) throw new Error('the metrics endpoint is not listening');
  return { address: info.address, port: info.port };
}
