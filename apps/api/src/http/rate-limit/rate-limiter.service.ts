import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, LOGGER, RateLimitedError } from '@pitlane/core';
import IORedis from 'ioredis';
import cluster from 'node:cluster';
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import {
  RateLimiterAbstract,
  RateLimiterCluster,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';

interface Window {
  readonly scope: 'ip' | 'account';
  readonly limiter: RateLimiterAbstract;
}

/**
 * Counters for the sign-in and recovery endpoints: in Redis when REDIS_URL is set (shared by
 * every API instance), in memory otherwise (the `npm start` default). Without Redis, the
 * processes of an API cluster (API_PROCESSES) count in their primary's memory through the
 * cluster's IPC channel (shareRateLimitsInCluster): counting in each process would multiply
 * every limit by the number of processes. Account keys are hashed, so no e-mail address is
 * stored in Redis or sent between processes.
 */
@Injectable()
export class RateLimiter implements OnApplicationShutdown {
  private readonly windows: readonly Window[];
  private readonly redis: IORedis | undefined;

  constructor(config: AppConfig, @Inject(LOGGER) logger: Logger) {
    const limits = config.rateLimit;
    this.redis = config.queue.redisUrl ? new IORedis(config.queue.redisUrl, { maxRetriesPerRequest: 1 }) : undefined;
    this.redis?.on('error', (error: Error) => logger.warn({ err: error }, 'rate limiter redis error'));
    const prefix = `${config.queue.namespace}:rl`;
    const make = (name: string, points: number, duration: number): RateLimiterAbstract => {
      const options = { keyPrefix: `${prefix}:${name}`, points, duration };
      if (this.redis) return new RateLimiterRedis({ ...options, storeClient: this.redis });
      return cluster.isWorker ? new RateLimiterCluster(options) : new RateLimiterMemory(options);
    };
    this.windows = [
      { scope: 'ip', limiter: make('ip-m', limits.ipPerMinute, 60) },
      { scope: 'ip', limiter: make('ip-h', limits.ipPerHour, 3600) },
      { scope: 'account', limiter: make('acct-m', limits.accountPerMinute, 60) },
      { scope: 'account', limiter: make('acct-h', limits.accountPerHour, 3600) },
    ];
  }

  /** Counts one attempt; throws `RateLimitedError` (429) when any window is exhausted. */
  async consume(bucket: string, ip: string, account: string | undefined): Promise<void> {
    const keys = {
      ip: `${bucket}:${ip}`,
      account:
        account === undefined ? undefined : `${bucket}:${createHash('sha256').update(account).digest('base64url')}`,
    };
    for (const window of this.windows) {
      const key = keys[window.scope];
      if (key === undefined) continue;
      try {
        await window.limiter.consume(key);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          throw new RateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
        }
        throw rejection;
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}
