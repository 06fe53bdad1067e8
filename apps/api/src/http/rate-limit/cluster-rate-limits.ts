import type { AppConfig } from '@pitlane/core';
import { RateLimiterClusterMaster } from 'rate-limiter-flexible';

/**
 * In an API cluster's primary, before it forks: without Redis, the processes' rate limiters
 * (rate-limiter.service.ts) keep their counters here, so a limit holds for the cluster as a
 * whole and not once per process. With REDIS_URL the counters are in Redis and this does nothing.
 */
export function shareRateLimitsInCluster(config: AppConfig): void {
  if (config.queue.redisUrl) return;
  // It listens to the cluster's messages from its construction on; nothing else is needed.
  new RateLimiterClusterMaster();
}
