import { Inject, Injectable } from '@nestjs/common';
import { LOGGER, SystemDatabase } from '@pitlane/core';
import { JobHandler, UsageRollupPayload } from '@pitlane/queue';
import { UnrecoverableError } from 'bullmq';
import type { Logger } from 'pino';
import { utcDay } from './usage-days';

/**
 * The worker's side of the usage figures: runs `platform_usage_rollup` (migration 1795432000000)
 * for today and yesterday, in an explicit system transaction (no tenant; the function sets each
 * workshop in turn and restores the empty setting). The log line says how many workshops and how
 * long, never which: tenant ids are neither logged here nor metric labels.
 */
@Injectable()
export class UsageRollup {
  constructor(
    private readonly system: SystemDatabase,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Rolls up `day` (UTC, default today) and the day before; returns the workshops visited. */
  async rollUp(day: string = utcDay()): Promise<number> {
    const [row] = await this.system.transaction((manager) =>
      manager.query<{ visited: number }[]>('select platform_usage_rollup($1::date) as visited', [day]),
    );
    return row?.visited ?? 0;
  }

  @JobHandler('platform.usage-rollup')
  async run(payload: UsageRollupPayload): Promise<void> {
    const day = payload.day ?? utcDay();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new UnrecoverableError('The usage rollup takes a day, YYYY-MM-DD');
    const started = Date.now();
    const workshops = await this.rollUp(day);
    this.logger.info({ day, workshops, durationMs: Date.now() - started }, 'usage rolled up');
  }
}
