import { Injectable } from '@nestjs/common';
import { MetricsRegistry } from '@pitlane/observability';
import { Counter, Gauge, Histogram } from 'prom-client';
import { SearchAdapterKind } from '../search-index';

/** Search latency, in the process that answers searches (the API). Label: adapter only. */
@Injectable()
export class SearchQueryMetrics {
  readonly queryDuration: Histogram<'adapter'>;

  constructor(registry: MetricsRegistry) {
    this.queryDuration = new Histogram({
      name: 'pitlane_search_query_duration_seconds',
      help: 'Time a search query spends in the search adapter',
      labelNames: ['adapter'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    });
  }

  /** Times `query` under the adapter's label. */
  async timeQuery<T>(adapter: SearchAdapterKind, query: () => Promise<T>): Promise<T> {
    const end = this.queryDuration.startTimer({ adapter });
    try {
      return await query();
    } finally {
      end();
    }
  }
}

/**
 * Sync lag, failures and the outbox backlog, in the process that runs the relay (the worker):
 * only there, so no other process exports a backlog of 0 beside the real one. No labels.
 */
@Injectable()
export class SearchSyncMetrics {
  readonly syncLag: Histogram;
  readonly syncFailures: Counter;
  readonly outboxBacklog: Gauge;
  readonly outboxOldestAge: Gauge;

  constructor(registry: MetricsRegistry) {
    this.syncLag = new Histogram({
      name: 'pitlane_search_sync_lag_seconds',
      help: 'From a committed change of a client or vehicle to its document being written to the index',
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300],
      registers: [registry],
    });
    this.syncFailures = new Counter({
      name: 'pitlane_search_sync_failures_total',
      help: 'Outbox batches the relay could not apply to the index (retried with backoff)',
      registers: [registry],
    });
    this.outboxBacklog = new Gauge({
      name: 'pitlane_search_outbox_backlog',
      help: 'Changes waiting in the search outbox, all workshops',
      registers: [registry],
    });
    this.outboxOldestAge = new Gauge({
      name: 'pitlane_search_outbox_oldest_age_seconds',
      help: 'Age of the oldest change waiting in the search outbox (0 when empty)',
      registers: [registry],
    });
  }
}
