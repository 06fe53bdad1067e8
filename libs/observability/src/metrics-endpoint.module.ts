import { DynamicModule, Module } from '@nestjs/common';
import { DatabasePoolMetrics } from './database-pool-metrics';
import { METRICS_ENDPOINT_OPTIONS, MetricsEndpoint } from './metrics-endpoint';
import type { MetricsEndpointOptions } from './metrics-server';

/**
 * An application's `/metrics` (api, worker), plus the metrics only an application has: its
 * database pool. Needs `ObservabilityModule` and the core Config, Logger and Database modules.
 */
@Module({})
export class MetricsEndpointModule {
  static register(options: MetricsEndpointOptions): DynamicModule {
    return {
      module: MetricsEndpointModule,
      providers: [{ provide: METRICS_ENDPOINT_OPTIONS, useValue: options }, MetricsEndpoint, DatabasePoolMetrics],
      exports: [MetricsEndpoint],
    };
  }
}
