import { Injectable } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { MetricsRegistry } from './metrics-registry';

/** What node-postgres' Pool exposes (TypeORM's Postgres driver keeps it as `master`). */
interface PgPoolCounts {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
  readonly options?: { readonly max?: number };
}

/**
 * The application's database pool, read at scrape time: connections in use and idle, callers
 * waiting for one, and the configured maximum. Waiting above zero for long means the pool (or
 * the database) is the bottleneck.
 */
@Injectable()
export class DatabasePoolMetrics {
  constructor(registry: MetricsRegistry, dataSource: DataSource) {
    const pool = (): PgPoolCounts | undefined =>
      (dataSource.driver as unknown as { master?: PgPoolCounts }).master ?? undefined;
    new Gauge({
      name: 'pitlane_db_pool_connections',
      help: 'Connections of the database pool, by state (in_use, idle).',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        const current = pool();
        const idle = current?.idleCount ?? 0;
        this.set({ state: 'idle' }, idle);
        this.set({ state: 'in_use' }, (current?.totalCount ?? 0) - idle);
      },
    });
    new Gauge({
      name: 'pitlane_db_pool_waiting',
      help: 'Queries waiting for a free connection of the database pool.',
      registers: [registry],
      collect() {
        this.set(pool()?.waitingCount ?? 0);
      },
    });
    new Gauge({
      name: 'pitlane_db_pool_max',
      help: 'Largest size of the database pool (DATABASE_POOL_MAX).',
      registers: [registry],
      collect() {
        this.set(pool()?.options?.max ?? 0);
      },
    });
  }
}
