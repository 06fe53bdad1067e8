import { Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Counter, register as globalRegistry } from 'prom-client';
import { MetricsRegistry } from './metrics-registry';
import { ObservabilityModule } from './observability.module';

@Injectable()
class SomeLibraryMetrics {
  readonly things: Counter;
  constructor(registry: MetricsRegistry) {
    this.things = new Counter({ name: 'pitlane_things_total', help: 'Things.', registers: [registry] });
  }
}

async function boot(): Promise<MetricsRegistry> {
  const moduleRef = await Test.createTestingModule({
    imports: [ObservabilityModule],
    providers: [SomeLibraryMetrics],
  }).compile();
  moduleRef.get(SomeLibraryMetrics).things.inc(2);
  return moduleRef.get(MetricsRegistry);
}

describe('ObservabilityModule', () => {
  it("lets any provider register metrics on the application's own registry", async () => {
    const registry = await boot();
    const text = await registry.metrics();
    expect(text).toContain('pitlane_things_total 2');
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('pitlane_signups_total 0');
  });

  it("keeps two applications' metrics apart and off prom-client's global registry", async () => {
    const first = await boot();
    const second = await boot();
    expect(first).not.toBe(second);
    expect(await globalRegistry.getSingleMetricAsString('pitlane_things_total').catch(() => 'absent')).toBe('absent');
  });
});
