import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { announceSkip, binary, notInstalled, REPO } from './monitoring-files';

interface Service {
  image?: string;
  build?: { dockerfile: string };
  restart?: string;
  ports?: string[];
  healthcheck?: { test: unknown };
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string | number>;
  deploy?: { resources?: { limits?: { cpus?: string; memory?: string } } };
  volumes?: string[];
  stop_grace_period?: string;
}

const compose = parse(readFileSync(path.join(REPO, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const services = compose.services;
const ONE_SHOT = new Set(['migrate']);

const dockerCompose = binary('docker-compose');
if (!dockerCompose) announceSkip('docker-compose config -q', notInstalled('docker-compose (Debian package, v1)'));
const withDockerCompose = dockerCompose ? it : it.skip;

describe('docker-compose.yml', () => {
  withDockerCompose('docker-compose config -q accepts it with the example env', () => {
    const result = spawnSync(
      dockerCompose!,
      ['-f', 'docker-compose.yml', '--env-file', '.env.example', 'config', '-q'],
      { cwd: REPO, encoding: 'utf8' },
    );
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  });

  it('runs the whole production-shaped stack', () => {
    expect(Object.keys(services).sort()).toEqual(
      [
        'nginx',
        'api',
        'worker',
        'web',
        'migrate',
        'postgres',
        'redis',
        'elasticsearch',
        'prometheus',
        'alertmanager',
        'grafana',
        'loki',
        'alloy',
        'mailpit',
        'node-exporter',
        'cadvisor',
        'postgres-exporter',
        'redis-exporter',
      ].sort(),
    );
    expect(services.postgres!.image).toMatch(/^postgres:18/);
    expect(services.elasticsearch!.image).toMatch(/elasticsearch:9\./);
  });

  it.each(Object.keys(services).filter((name) => !ONE_SHOT.has(name)))(
    '%s restarts, reports its health and has resource limits',
    (name) => {
      const service = services[name]!;
      expect(service.restart).toBe('unless-stopped');
      expect(service.healthcheck?.test).toBeDefined();
      expect(service.deploy?.resources?.limits).toEqual({ cpus: expect.any(String), memory: expect.any(String) });
    },
  );

  it('publishes only nginx to the world; operator UIs on loopback, /metrics not at all', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const port of service.ports ?? []) {
        if (name === 'nginx') expect(['80:8080', '443:8443']).toContain(port);
        else expect({ name, port }).toEqual({ name, port: expect.stringMatching(/^127\.0\.0\.1:/) });
      }
    }
    expect(services.api!.ports).toBeUndefined();
    expect(services.worker!.ports).toBeUndefined();
  });

  it('starts api and worker only after the one-shot migration succeeded', () => {
    for (const name of ['api', 'worker']) {
      expect(services[name]!.depends_on?.migrate).toEqual({ condition: 'service_completed_successfully' });
    }
    expect(services.migrate!.restart).toBe('no');
    expect(services.migrate!.depends_on?.postgres).toEqual({ condition: 'service_healthy' });
  });

  it('gives the API and the worker time to drain before docker kills them', () => {
    const seconds = (value?: string) => Number(/^(\d+)s$/.exec(value ?? '')?.[1] ?? 10);
    // The API drains running requests for up to 10 s (RequestDrain), then flushes and closes.
    expect(seconds(services.api!.stop_grace_period)).toBeGreaterThan(10);
    // The worker lets running jobs finish for QUEUE_SHUTDOWN_TIMEOUT_MS (30 s by default).
    expect(seconds(services.worker!.stop_grace_period)).toBeGreaterThan(30);
  });

  it('keeps data in named volumes', () => {
    for (const [service, volume] of [
      ['postgres', 'postgres-data'],
      ['redis', 'redis-data'],
      ['elasticsearch', 'elasticsearch-data'],
      ['prometheus', 'prometheus-data'],
      ['alertmanager', 'alertmanager-data'],
      ['grafana', 'grafana-data'],
      ['loki', 'loki-data'],
    ] as const) {
      expect(compose.volumes).toHaveProperty(volume);
      expect(services[service]!.volumes?.some((v) => v.startsWith(`${volume}:`))).toBe(true);
    }
  });

  it('takes every secret from .env, never a literal', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [variable, value] of Object.entries(service.environment ?? {})) {
        if (!/PASSWORD|SECRET|MASTER_KEY$|_URL$|_PASS$/.test(variable)) continue;
        const text = String(value);
        if (/^https?:\/\/[a-z-]+(:\d+)?\/?$/.test(text) || text.startsWith('redis://redis:')) continue;
        expect({ name, variable, value: text }).toEqual({ name, variable, value: expect.stringContaining('${') });
      }
    }
  });

  it('configures Redis for BullMQ (AOF, noeviction) and Elasticsearch with security on', () => {
    const redis = JSON.stringify(parse(readFileSync(path.join(REPO, 'docker-compose.yml'), 'utf8')).services.redis);
    expect(redis).toContain('"--appendonly","yes"');
    expect(redis).toContain('"--maxmemory-policy","noeviction"');
    expect(services.elasticsearch!.environment).toMatchObject({
      'xpack.security.enabled': 'true',
      ELASTIC_PASSWORD: '${ELASTIC_PASSWORD}',
    });
  });

  it.each(['apps/api/Dockerfile', 'apps/worker/Dockerfile', 'apps/web/Dockerfile'])(
    '%s is multi-stage and runs as a non-root user',
    (file) => {
      const text = readFileSync(path.join(REPO, file), 'utf8');
      const stages = text.split(/^FROM /m).slice(1);
      expect(stages.length).toBeGreaterThanOrEqual(2);
      const final = stages.at(-1)!;
      expect(final).toMatch(/^USER (node|101)$/m);
      expect(final).toMatch(/^HEALTHCHECK /m);
    },
  );
});
