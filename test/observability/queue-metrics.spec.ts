import { MetricsEndpoint } from '@pitlane/observability';
import { JobQueue } from '@pitlane/queue';
import { randomBytes, randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { testRedisUrl } from '../support/test-config';
import { TestWorker } from '../support/test-worker';
import { parseMetrics, valueOf } from './metrics-text';

const backends: [string, Record<string, string>][] = [['PostgreSQL', {}]];
const redis = testRedisUrl();
if (redis) backends.push(['Redis', { REDIS_URL: redis }]);
else process.stdout.write('[observability tests] no Redis: queue metrics are checked on PostgreSQL only\n');

describe.each(backends)('queue metrics on BullMQ over %s', (_backend, overrides) => {
  let worker: TestWorker;

  beforeAll(async () => {
    worker = await TestWorker.start({ ...overrides, QUEUE_NAMESPACE: `test-${randomBytes(4).toString('hex')}` });
  });

  afterAll(async () => {
    await worker?.close();
  });

  async function metrics() {
    const { port } = worker.app.get(MetricsEndpoint).address();
    return parseMetrics(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text());
  }

  it('reports delayed and failed jobs per queue at scrape time, and counts the failure by job name', async () => {
    const jobs = worker.app.get(JobQueue);
    await jobs.enqueue('mail.send', { tenantId: randomUUID(), mailId: randomUUID() }, { delayMs: 3_600_000 });
    // A job without a tenant is refused for good: it lands in the failed set.
    await jobs.enqueue('mail.send', { mailId: randomUUID() } as never);
    await eventually(async () => {
      const samples = await metrics();
      expect(valueOf(samples, 'pitlane_queue_jobs', { queue: 'mail', state: 'delayed' })).toBe(1);
      expect(valueOf(samples, 'pitlane_queue_jobs', { queue: 'mail', state: 'failed' })).toBe(1);
      expect(valueOf(samples, 'pitlane_queue_jobs', { queue: 'mail', state: 'waiting' })).toBe(0);
      expect(valueOf(samples, 'pitlane_jobs_total', { job_name: 'mail.send', outcome: 'failed' })).toBe(1);
    }, 20_000);
    const failedLine = worker.logLines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((entry) => entry.message === 'job' && entry.outcome === 'failed');
    expect(failedLine).toEqual(
      expect.objectContaining({
        level: 'error',
        errorId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        err: expect.objectContaining({ stack: expect.stringContaining('UnrecoverableError') }),
      }),
    );
  });
});
