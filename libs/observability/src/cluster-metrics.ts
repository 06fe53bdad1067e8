import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { AggregatorRegistry, Registry } from 'prom-client';
import { boundAddress, closeScrapeServer, listenForScrapes, MetricsEndpointOptions } from './metrics-server';

/**
 * An API cluster's metrics on one port: the primary asks every process for its registry over
 * the cluster's IPC channel at each scrape and serves the sum (prom-client's AggregatorRegistry;
 * counters and histograms add up, the process gauges use prom-client's own aggregators). One
 * scrape target per container, whatever API_PROCESSES is, so dashboards and alerts stay as they
 * are; what one process alone does is not told apart, which the request log line is for (it
 * names the process).
 */
export async function serveClusterMetrics(
  options: MetricsEndpointOptions,
  logger: Logger,
): Promise<{ address(): { address: string; port: number }; close(): Promise<void> }> {
  const aggregator = new AggregatorRegistry();
  const server: Server = await listenForScrapes(
    { contentType: aggregator.contentType, collect: () => aggregator.clusterMetrics() },
    options,
    logger,
  );
  return { address: () => boundAddress(server), close: () => closeScrapeServer(server) };
}

/** In a cluster's process: answer the primary's metrics requests with `registry`. */
export function answerClusterPrimary(registry: Registry): void {
  AggregatorRegistry.setRegistries([registry]);
  // Constructing one is what installs prom-client's listener for the primary's requests.
  new AggregatorRegistry();
}
