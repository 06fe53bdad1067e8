import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { LOGGER } from '@pitlane/core';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';

const INTERVAL_MS = 30_000;

/**
 * Keeps the worker process alive between jobs and says so in the log when the database stops
 * answering, so a wedged worker is visible before its queues back up.
 */
@Injectable()
export class Heartbeat implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private healthy = true;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.beat(), INTERVAL_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async beat(): Promise<void> {
    try {
      await this.dataSource.query('select 1');
      if (!this.healthy) this.logger.info('database reachable again');
      this.healthy = true;
    } catch (error) {
      if (this.healthy) this.logger.error({ err: error }, 'database unreachable');
      this.healthy = false;
    }
  }
}
