import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  announceSkip,
  notInstalled,
  binary,
  dashboards,
  MONITORING,
  panelsOf,
  promQueries,
  provisionedDatasources,
} from './monitoring-files';

const promtool = binary('promtool');
if (!promtool)
  announceSkip(
    'promtool check config / check rules / test rules',
    notInstalled('promtool (Debian package prometheus)'),
  );
const withPromtool = promtool ? it : it.skip;

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('Prometheus configuration and alert rules', () => {
  const dir = path.join(MONITORING, 'prometheus');

  withPromtool('promtool accepts prometheus.yml', () => {
    expect(run(promtool!, ['check', 'config', 'prometheus.yml'], dir)).toContain('SUCCESS');
  });

  withPromtool('promtool accepts alerts.yml', () => {
    expect(run(promtool!, ['check', 'rules', 'alerts.yml'], dir)).toContain('SUCCESS');
  });

  withPromtool('every alert behaves as its unit tests (alerts.test.yml) say', () => {
    expect(run(promtool!, ['test', 'rules', 'alerts.test.yml'], dir)).toContain('SUCCESS');
  });

  it('has a unit test for every alert rule', () => {
    const alerts = promQueries()
      .filter((query) => query.kind === 'alert')
      .map((query) => query.where.replace('alerts.yml / ', ''));
    const tests = readFileSync(path.join(dir, 'alerts.test.yml'), 'utf8');
    for (const alert of alerts) expect(tests).toContain(`alertname: ${alert}`);
  });

  it('scrapes the api, the worker and every exporter of docker-compose.yml', () => {
    const config = parse(readFileSync(path.join(dir, 'prometheus.yml'), 'utf8')) as {
      scrape_configs: { job_name: string; static_configs: { targets: string[] }[] }[];
    };
    const jobs = Object.fromEntries(config.scrape_configs.map((job) => [job.job_name, job.static_configs[0]!.targets]));
    expect(jobs).toMatchObject({
      api: ['api:9464'],
      worker: ['worker:9465'],
      node: ['node-exporter:9100'],
      cadvisor: ['cadvisor:8080'],
      postgres: ['postgres-exporter:9187'],
      redis: ['redis-exporter:9121'],
    });
  });
});

describe('Grafana provisioning and dashboards', () => {
  const datasources = provisionedDatasources();

  it('provisions Prometheus and Loki with fixed, unique uids', () => {
    expect(datasources.map((d) => [d.type, d.uid])).toEqual([
      ['prometheus', 'pitlane-prometheus'],
      ['loki', 'pitlane-loki'],
    ]);
  });

  it('ships the five dashboards with unique uids', () => {
    const all = dashboards();
    expect(all.map((d) => d.file)).toEqual([
      'business.json',
      'database.json',
      'platform-overview.json',
      'queues-and-mail.json',
      'search-and-outbox.json',
    ]);
    expect(new Set(all.map((d) => d.dashboard.uid)).size).toBe(all.length);
  });

  it.each(dashboards().map((d) => [d.file, d.dashboard] as const))(
    '%s: unique panel ids, every data source uid provisioned, every panel with a query',
    (_file, dashboard) => {
      const panels = panelsOf(dashboard);
      const ids = panels.map((panel) => panel.id);
      expect(new Set(ids).size).toBe(ids.length);
      const uids = new Set(datasources.map((d) => d.uid));
      for (const panel of panels.filter((p) => p.type !== 'row')) {
        expect({ panel: panel.title, uid: panel.datasource?.uid }).toEqual({
          panel: panel.title,
          uid: expect.stringMatching(/./),
        });
        expect(uids).toContain(panel.datasource!.uid);
        expect(panel.targets?.length ?? 0).toBeGreaterThan(0);
        for (const target of panel.targets ?? []) {
          expect(uids).toContain((target.datasource ?? panel.datasource)!.uid);
          expect(target.expr.trim()).not.toBe('');
        }
      }
    },
  );

  it('never groups or filters a panel by tenant, user or raw URL', () => {
    for (const query of promQueries()) {
      expect({ where: query.where, expr: query.expr }).toEqual({
        where: query.where,
        expr: expect.not.stringMatching(/tenant|user_?id|\burl\b|request_?id/i),
      });
    }
  });

  it('loads dashboards from the folder docker-compose.yml mounts', () => {
    const provider = parse(
      readFileSync(path.join(MONITORING, 'grafana/provisioning/dashboards/dashboards.yml'), 'utf8'),
    ) as { providers: { options: { path: string } }[] };
    expect(provider.providers[0]!.options.path).toBe('/var/lib/grafana/dashboards');
  });
});

describe('Loki and Alloy', () => {
  it('Loki keeps logs 31 days and its compactor applies the retention', () => {
    const config = parse(readFileSync(path.join(MONITORING, 'loki/config.yml'), 'utf8')) as {
      limits_config: { retention_period: string };
      compactor: { retention_enabled: boolean; delete_request_store: string; working_directory: string };
      schema_config: { configs: { index: { period: string }; store: string }[] };
    };
    expect(config.limits_config.retention_period).toBe('744h');
    expect(config.compactor.retention_enabled).toBe(true);
    expect(config.compactor.delete_request_store).toBe('filesystem');
    // Retention needs a 24h index period.
    expect(config.schema_config.configs.every((c) => c.index.period === '24h' && c.store === 'tsdb')).toBe(true);
  });

  it('Alloy labels log streams only by service, environment and level, and wires every component', () => {
    const text = readFileSync(path.join(MONITORING, 'alloy/config.alloy'), 'utf8');
    const code = text.replace(/^\s*\/\/.*$/gm, '');
    expect(code.split('{').length).toBe(code.split('}').length);
    const keep = /stage\.label_keep\s*{\s*values\s*=\s*\[([^\]]*)]/.exec(code);
    expect(keep?.[1]?.replace(/\s/g, '')).toBe('"service","environment","level"');
    const declared = new Set([...code.matchAll(/^([a-z_.]+)\s+"([a-z_]+)"\s*{/gm)].map((m) => `${m[1]}.${m[2]}`));
    const referenced = [...code.matchAll(/([a-z_]+(?:\.[a-z_]+)+)\.(receiver|targets|rules)\b/g)].map((m) => m[1]!);
    for (const reference of referenced) expect(declared).toContain(reference);
    expect(code).toContain('url = "http://loki:3100/loki/api/v1/push"');
    // Every environment variable it reads is given to the alloy container.
    const compose = parse(readFileSync(path.join(MONITORING, '../docker-compose.yml'), 'utf8'), { merge: true }) as {
      services: { alloy: { environment: Record<string, string> } };
    };
    for (const [, name] of code.matchAll(/sys\.env\("([A-Z_]+)"\)/g)) {
      expect(compose.services.alloy.environment).toHaveProperty(name!);
    }
  });
});
