import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * The process's own Prometheus registry (never prom-client's global one, so two Nest
 * applications in one test process never share or collide on metrics). Inject it anywhere and
 * create metrics with `registers: [registry]`.
 *
 * Rule for every metric registered here: no label whose values grow with tenants, users, ids or
 * URLs (a test checks it after a load across many tenants). Label by route template, job name,
 * queue, adapter, status class or outcome.
 */
@Injectable()
export class MetricsRegistry extends Registry {
  constructor() {
    super();
    // Process CPU, memory, event-loop lag, GC, handles: `process_*` and `nodejs_*`.
    collectDefaultMetrics({ register: this });
  }
}
