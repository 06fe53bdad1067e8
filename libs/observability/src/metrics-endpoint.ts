import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { LOGGER } from '@pitlane/core';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { answerClusterPrimary } from './cluster-metrics';
import { MetricsRegistry } from './metrics-registry';
import { boundAddress, closeScrapeServer, listenForScrapes, MetricsEndpointOptions } from './metrics-server';

export const METRICS_ENDPOINT_OPTIONS = Symbol('METRICS_ENDPOINT_OPTIONS');

/**
 * The process's `/metrics` (metrics-server.ts), or, in a process of an API cluster, its answers
 * to the primary, which serves the whole cluster's on the one port.
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
    if (this.options.reportToClusterPrimary) {
      answerClusterPrimary(this.registry);
      return;
    }
    const registry = this.registry;
    this.server = await listenForScrapes(
      { contentType: registry.contentType, collect: () => registry.metrics() },
      this.options,
      this.logger,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await closeScrapeServer(server);
  }

  /** The bound address (the actual port when 0 was asked for). */
  address(): { address: string; port: number } {
    return boundAddress(this.server);
  }
}
