import { Global, Module } from '@nestjs/common';
import { BusinessMetrics } from './business-metrics';
import { MetricsRegistry } from './metrics-registry';

/**
 * Metrics for every library: import it once in an application (api, worker) or a test module;
 * any provider can then inject `MetricsRegistry` (or `BusinessMetrics`). Serving `/metrics` is
 * `MetricsEndpointModule`'s job, so a library test needs no port.
 */
@Global()
@Module({ providers: [MetricsRegistry, BusinessMetrics], exports: [MetricsRegistry, BusinessMetrics] })
export class ObservabilityModule {}
