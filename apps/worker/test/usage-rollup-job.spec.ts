import { JobQueue } from '@pitlane/queue';
import { randomBytes, randomUUID } from 'node:crypto';
import { eventually } from '../../../test/support/eventually';
import { testRedisUrl } from '../../../test/support/test-config';
import { TestApi } from '../../../test/support/test-api';
import { TestWorker } from '../../../test/support/test-worker';

const backends: [string, Record<string, string>][] = [['PostgreSQL', {}]];
const redis = testRedisUrl();
if (redis) backends.push(['Redis', { REDIS_URL: redis }]);

type LogEntry = Record<string, unknown>;

describe.each(backends)('the usage rollup job on BullMQ over %s', (_backend, overrides) => {
  let worker: TestWorker;
  const entries = (): LogEntry[] => worker.logLines.map((line) => JSON.parse(line) as LogEntry);

  beforeAll(async () => {
    const api = await TestApi.start();
    await api.signupWorkshop('Rollup Garage');
    await api.close();
    worker = await TestWorker.start({ ...overrides, QUEUE_NAMESPACE: `test-${randomBytes(4).toString('hex')}` });
  });

  afterAll(async () => {
    await worker?.close();
  });

  it('is scheduled by the worker at boot and rolls up every workshop, naming none in its log', async () => {
    await eventually(() => expect(entries().some((entry) => entry.message === 'usage rolled up')).toBe(true), 30_000);
    const rolled = entries().find((entry) => entry.message === 'usage rolled up')!;
    expect(rolled).toEqual(expect.objectContaining({ workshops: expect.any(Number) }));
    expect(rolled.workshops as number).toBeGreaterThanOrEqual(1);
    const run = entries().find((entry) => entry.message === 'job' && entry.job === 'platform.usage-rollup')!;
    // A scheduler's job (BullMQ names them repeat:<scheduler>:<time>), run in no tenant's context.
    expect(run).toEqual(expect.objectContaining({ outcome: 'completed', jobId: expect.stringMatching(/^repeat:/) }));
    expect(run.tenantId).toBeUndefined();
  });

  it('refuses a platform job that names a tenant', async () => {
    await worker.app.get(JobQueue).enqueue('platform.usage-rollup', { tenantId: randomUUID() } as never);
    await eventually(() =>
      expect(
        entries().some(
          (entry) => entry.message === 'job' && entry.job === 'platform.usage-rollup' && entry.outcome === 'failed',
        ),
      ).toBe(true),
    );
  });
});
