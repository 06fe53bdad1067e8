import { MetricsEndpoint } from '@pitlane/observability';
import { startMailStack, MailStack } from '../support/mail-stack';
import { Sample, parseMetrics, seriesKey, valueOf } from './metrics-text';
import {
  allowedEmpty,
  announceSkip,
  notInstalled,
  binary,
  PANELS_ALLOWED_EMPTY,
  promQueries,
  substituteGrafanaVariables,
} from './monitoring-files';
import { TestPrometheus } from './prometheus';
import { smokeLoad, SmokeLoad } from './smoke-load';
import { eventually } from '../support/eventually';

const TENANTS = 50;
const FIRST_WAVE = 10;

const prometheusBinary = binary('prometheus');
if (!prometheusBinary)
  announceSkip('real Prometheus scraping API and worker', notInstalled('prometheus (Debian package)'));
const withPrometheus = prometheusBinary ? it : it.skip;

async function scrape(endpoint: MetricsEndpoint, path = '/metrics'): Promise<{ status: number; text: string }> {
  const { port } = endpoint.address();
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: response.status, text: await response.text() };
}

/**
 * One run of API and worker, a smoke load across 50 workshops, and what it leaves behind:
 * /metrics of both processes, their log lines, and a real Prometheus that scraped them every
 * second while it ran.
 */
describe(`metrics and logs under a smoke load across ${TENANTS} workshops`, () => {
  let stack: MailStack;
  let prometheus: TestPrometheus | undefined;
  let load: SmokeLoad;
  let afterFirstWave: Sample[];
  let afterLoad: Sample[];

  const apiMetrics = () => stack.api.app.get(MetricsEndpoint);
  const workerMetrics = () => stack.worker.app.get(MetricsEndpoint);
  const allSamples = async () => [
    ...parseMetrics((await scrape(apiMetrics())).text),
    ...parseMetrics((await scrape(workerMetrics())).text),
  ];

  beforeAll(async () => {
    stack = await startMailStack();
    if (prometheusBinary) {
      prometheus = await TestPrometheus.start(prometheusBinary, {
        api: `127.0.0.1:${apiMetrics().address().port}`,
        worker: `127.0.0.1:${workerMetrics().address().port}`,
      });
    }
    const first = await smokeLoad(stack.api, FIRST_WAVE);
    await stack.worker.drained('mail', 60_000);
    afterFirstWave = await allSamples();
    const rest = await smokeLoad(stack.api, TENANTS - FIRST_WAVE);
    await stack.worker.drained('mail', 60_000);
    load = {
      workshops: [...first.workshops, ...rest.workshops],
      vehicleIds: [...first.vehicleIds, ...rest.vehicleIds],
    };
    afterLoad = await allSamples();
  }, 240_000);

  afterAll(async () => {
    await prometheus?.stop();
    await stack?.close();
  });

  describe('/metrics', () => {
    it('is served on the internal metrics port, not on the public API', async () => {
      expect((await stack.api.request('GET', '/metrics')).status).toBe(404);
      expect((await stack.api.request('GET', '/api/v1/metrics')).status).toBe(404);
      const served = await scrape(apiMetrics());
      expect(served.status).toBe(200);
      expect(served.text).toContain('# TYPE pitlane_http_request_duration_seconds histogram');
      expect((await scrape(apiMetrics(), '/anything-else')).status).toBe(404);
    });

    it('counts requests by route template and status class, never by raw URL', () => {
      const vehicleReads = valueOf(afterLoad, 'pitlane_http_requests_total', {
        method: 'GET',
        route: '/api/v1/vehicles/:id',
        status_class: '2xx',
      });
      expect(vehicleReads).toBe(TENANTS);
      expect(
        valueOf(afterLoad, 'pitlane_http_requests_total', {
          method: 'GET',
          route: '/api/v1/vehicles/:id',
          status_class: '4xx',
        }),
      ).toBe(TENANTS);
      expect(
        valueOf(afterLoad, 'pitlane_http_requests_total', { method: 'GET', route: 'unmatched', status_class: '4xx' }),
      ).toBe(TENANTS);
      expect(valueOf(afterLoad, 'pitlane_http_request_duration_seconds_count', { route: '/api/v1/auth/signup' })).toBe(
        TENANTS,
      );
      expect(valueOf(afterLoad, 'pitlane_http_requests_in_flight')).toBe(0);
    });

    it('reports jobs, queues, mail, the database pool, signups and the process', () => {
      expect(valueOf(afterLoad, 'pitlane_signups_total')).toBe(TENANTS);
      expect(valueOf(afterLoad, 'pitlane_search_query_duration_seconds_count')).toBe(TENANTS);
      expect(valueOf(afterLoad, 'pitlane_jobs_total', { job_name: 'mail.send', outcome: 'completed' })).toBe(TENANTS);
      expect(
        valueOf(afterLoad, 'pitlane_job_duration_seconds_count', { job_name: 'mail.send', outcome: 'completed' }),
      ).toBe(TENANTS);
      expect(valueOf(afterLoad, 'pitlane_mail_sent_total', { template: 'email_verification' })).toBe(TENANTS);
      for (const state of ['waiting', 'active', 'delayed', 'failed']) {
        expect(valueOf(afterLoad, 'pitlane_queue_jobs', { queue: 'mail', state })).toBe(0);
      }
      expect(valueOf(afterLoad, 'pitlane_db_pool_connections', { state: 'in_use' })).toBeGreaterThanOrEqual(0);
      expect(valueOf(afterLoad, 'pitlane_db_pool_max')).toBe(10);
      expect(valueOf(afterLoad, 'pitlane_db_pool_waiting')).toBe(0);
      expect(valueOf(afterLoad, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
      expect(valueOf(afterLoad, 'nodejs_eventloop_lag_p99_seconds')).toBeDefined();
    });
  });

  describe('cardinality', () => {
    it('no label value is a tenant, user, vehicle, e-mail, slug or any id', () => {
      const secrets = load.workshops.flatMap((w) => [w.tenantId, w.userId, w.email, w.slug]).concat(load.vehicleIds);
      const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
      const offending = afterLoad.flatMap((sample) =>
        Object.entries(sample.labels)
          .filter(([, value]) => uuid.test(value) || /@/.test(value) || secrets.some((s) => value.includes(s)))
          .map(([key, value]) => `${sample.name}{${key}="${value}"}`),
      );
      expect(offending).toEqual([]);
      const labelNames = new Set(afterLoad.flatMap((sample) => Object.keys(sample.labels)));
      expect([...labelNames].filter((name) => /tenant|user|url|path|email|id$/i.test(name))).toEqual([]);
    });

    it('no metric uses a label Prometheus sets on every target (job, instance): it would be renamed exported_*', () => {
      const clashing = afterLoad.filter((sample) => 'job' in sample.labels || 'instance' in sample.labels);
      expect(clashing.map(seriesKey)).toEqual([]);
    });

    it(`no series appeared between ${FIRST_WAVE} and ${TENANTS} workshops: label values do not grow with tenants`, () => {
      const ours = (samples: Sample[]) =>
        new Set(samples.filter((sample) => sample.name.startsWith('pitlane_')).map(seriesKey));
      const before = ours(afterFirstWave);
      const grown = [...ours(afterLoad)].filter((key) => !before.has(key));
      expect(grown).toEqual([]);
      // And per label, far fewer values than workshops.
      const values = new Map<string, Set<string>>();
      for (const sample of afterLoad) {
        for (const [key, value] of Object.entries(sample.labels)) {
          const id = `${sample.name}/${key}`;
          values.set(id, (values.get(id) ?? new Set()).add(value));
        }
      }
      const wide = [...values].filter(([, set]) => set.size >= TENANTS / 2).map(([id, set]) => `${id}: ${set.size}`);
      expect(wide).toEqual([]);
    });
  });

  describe('logs', () => {
    const json = (lines: readonly string[]) => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

    it('one JSON line per request with service, request id, tenant, user, route, status and duration', () => {
      const workshop = load.workshops[0]!;
      const line = json(stack.api.logLines).find(
        (entry) =>
          entry.message === 'request' && entry.route === '/api/v1/vehicles/:id' && entry.tenantId === workshop.tenantId,
      );
      expect(line).toEqual(
        expect.objectContaining({
          service: 'api',
          level: 'info',
          requestId: expect.any(String),
          tenantId: workshop.tenantId,
          userId: workshop.userId,
          method: 'GET',
          status: 200,
          durationMs: expect.any(Number),
        }),
      );
      const raw = JSON.stringify(line);
      expect(raw).not.toContain(load.vehicleIds[0]);
    });

    it('one JSON line per job with job id, name, tenant, duration and outcome', () => {
      const workshop = load.workshops[0]!;
      const line = json(stack.worker.logLines).find(
        (entry) => entry.message === 'job' && entry.tenantId === workshop.tenantId,
      );
      expect(line).toEqual(
        expect.objectContaining({
          service: 'worker',
          jobId: expect.any(String),
          job: 'mail.send',
          queue: expect.any(String),
          tenantId: workshop.tenantId,
          outcome: 'completed',
          durationMs: expect.any(Number),
        }),
      );
    });
  });

  describe('a real Prometheus', () => {
    withPrometheus(
      'scraped both processes, and every dashboard and alert query runs; every panel has data but the allow-listed',
      async () => {
        const prom = prometheus!;
        // Two scrapes of each process after the load, so every rate() has two points.
        const seen = { api: await prom.scrapes('api'), worker: await prom.scrapes('worker') };
        await eventually(
          async () => {
            for (const job of ['api', 'worker'] as const) {
              const now = await prom.scrapes(job);
              if (now < seen[job] + 2) throw new Error(`${job}: ${now} scrapes, waiting for ${seen[job] + 2}`);
            }
          },
          30_000,
          200,
        );
        const up = await prom.query('up');
        expect(up.data?.result).toHaveLength(2);
        expect((await prom.query('min(up)')).data?.result).toEqual([
          expect.objectContaining({ value: [expect.any(Number), '1'] }),
        ]);

        const problems: string[] = [];
        const allowedButAnswered: string[] = [];
        const queries = promQueries();
        for (const query of queries) {
          const result = await prom.query(substituteGrafanaVariables(query.expr));
          if (result.status !== 'success') {
            problems.push(`${query.where}: invalid: ${result.error}`);
            continue;
          }
          if (query.kind !== 'panel') continue;
          const empty = (result.data?.result.length ?? 0) === 0;
          const allowed = allowedEmpty(query.where);
          if (empty && !allowed) problems.push(`${query.where}: no data for ${query.expr}`);
          if (!empty && allowed) allowedButAnswered.push(query.where);
        }
        if (allowedButAnswered.length > 0) {
          process.stdout.write(
            `[observability tests] allow-listed panels that now return data (shrink PANELS_ALLOWED_EMPTY):\n  ${allowedButAnswered.join('\n  ')}\n`,
          );
        }
        expect(problems).toEqual([]);
        expect(queries.filter((q) => q.kind === 'panel').length).toBeGreaterThan(40);
        // Prometheus itself evaluates the shipped alert rules every second: all without error.
        await eventually(async () => {
          const rules = await prom.rules();
          expect(rules.length).toBe(queries.filter((q) => q.kind === 'alert').length);
          expect(rules.filter((rule) => rule.health !== 'ok')).toEqual([]);
        }, 10_000);
        expect(PANELS_ALLOWED_EMPTY.length).toBeLessThanOrEqual(2);
      },
      60_000,
    );
  });
});
