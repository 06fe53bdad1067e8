import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { eventually } from '../support/eventually';
import { announceSkip, binary, MONITORING, notInstalled, REPO } from './monitoring-files';
import { freePort } from './prometheus';

interface AlertRule {
  readonly alert: string;
  readonly labels?: Record<string, string>;
  readonly annotations?: Record<string, string>;
}

const CONFIG = path.join(MONITORING, 'alertmanager', 'alertmanager.yml');
const alertRules = (
  parse(readFileSync(path.join(MONITORING, 'prometheus', 'alerts.yml'), 'utf8')) as {
    groups: { rules: AlertRule[] }[];
  }
).groups.flatMap((group) => group.rules.filter((rule) => rule.alert));

const amtool = binary('amtool');
const alertmanager = binary('prometheus-alertmanager') ?? binary('alertmanager');
if (!amtool || !alertmanager) {
  announceSkip(
    'amtool check-config, amtool config routes test and inhibition in a real Alertmanager',
    notInstalled('amtool and prometheus-alertmanager (Debian package prometheus-alertmanager)'),
  );
}
const withAmtool = amtool ? it : it.skip;
const withAlertmanager = alertmanager ? describe : describe.skip;

function amtoolRun(args: string[]): string {
  return execFileSync(amtool!, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The receiver `amtool config routes test` picks for an alert with these labels. */
function receiverFor(labels: Record<string, string>): string {
  const pairs = Object.entries(labels).map(([key, value]) => `${key}=${value}`);
  return amtoolRun(['config', 'routes', 'test', `--config.file=${CONFIG}`, ...pairs]).trim();
}

describe('Alertmanager configuration', () => {
  withAmtool('amtool accepts alertmanager.yml', () => {
    expect(amtoolRun(['check-config', CONFIG])).toContain('SUCCESS');
  });

  it('every alert rule says whether it pages or opens a ticket', () => {
    const unlabelled = alertRules.filter((rule) => !['page', 'ticket'].includes(rule.labels?.severity ?? ''));
    expect(unlabelled.map((rule) => rule.alert)).toEqual([]);
  });

  withAmtool('routes each alert rule by its severity: page to the pager, ticket to the ops mailbox', () => {
    const routed = alertRules.map((rule) => [rule.alert, receiverFor({ alertname: rule.alert, ...rule.labels })]);
    expect(routed).toEqual(alertRules.map((rule) => [rule.alert, rule.labels!.severity]));
  });

  withAmtool('an alert without a severity is not lost: it opens a ticket', () => {
    expect(receiverFor({ alertname: 'SomethingNew', job: 'api' })).toBe('ticket');
  });

  it('keeps the pager key out of the file: read from the compose secret', () => {
    const text = readFileSync(CONFIG, 'utf8');
    expect(text).toContain('routing_key_file: /run/secrets/alertmanager_pagerduty_routing_key');
    expect(text).not.toMatch(/routing_key:|service_key:|auth_password:|api_key:/);
  });

  it('is where Prometheus sends its alerts, and runs in the compose stack', () => {
    const prometheus = parse(readFileSync(path.join(MONITORING, 'prometheus', 'prometheus.yml'), 'utf8')) as {
      alerting: { alertmanagers: { static_configs: { targets: string[] }[] }[] };
    };
    expect(prometheus.alerting.alertmanagers.flatMap((a) => a.static_configs.flatMap((s) => s.targets))).toEqual([
      'alertmanager:9093',
    ]);
    const compose = parse(readFileSync(path.join(REPO, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
      services: Record<string, { command?: string[]; volumes?: string[]; secrets?: string[] }>;
      secrets: Record<string, { file: string }>;
    };
    const service = compose.services.alertmanager!;
    expect(service.command).toContain('--config.file=/etc/alertmanager/alertmanager.yml');
    expect(service.volumes).toContain('./monitoring/alertmanager:/etc/alertmanager:ro');
    expect(service.secrets).toEqual(['alertmanager_pagerduty_routing_key']);
    expect(compose.secrets.alertmanager_pagerduty_routing_key!.file).toContain(
      'ALERTMANAGER_PAGERDUTY_ROUTING_KEY_FILE',
    );
  });
});

interface AlertStatus {
  readonly labels: Record<string, string>;
  readonly status: { readonly state: string; readonly inhibitedBy: string[] };
}

/** Debian's Alertmanager with the shipped configuration on a free port, no cluster, data in a temp folder. */
class TestAlertmanager {
  private constructor(
    private readonly child: ChildProcess,
    private readonly dir: string,
    readonly url: string,
  ) {}

  static async start(): Promise<TestAlertmanager> {
    const dir = mkdtempSync(path.join(tmpdir(), 'pitlane-alertmanager-'));
    const port = await freePort();
    const output: string[] = [];
    const child = spawn(
      alertmanager!,
      [
        `--config.file=${CONFIG}`,
        `--storage.path=${dir}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--cluster.listen-address=',
        '--log.level=warn',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    const instance = new TestAlertmanager(child, dir, `http://127.0.0.1:${port}`);
    await eventually(
      async () => {
        if (child.exitCode !== null) throw new Error(`alertmanager exited: ${output.join('')}`);
        const response = await fetch(`${instance.url}/-/ready`);
        if (!response.ok) throw new Error(`alertmanager not ready: ${response.status}`);
      },
      30_000,
      100,
    );
    return instance;
  }

  async fire(alerts: Record<string, string>[]): Promise<void> {
    const response = await fetch(`${this.url}/api/v2/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(alerts.map((labels) => ({ labels }))),
    });
    expect(response.status).toBe(200);
  }

  /** "alertname job" → inhibited or not, for every alert it holds. */
  async inhibition(): Promise<Record<string, boolean>> {
    const alerts = (await (await fetch(`${this.url}/api/v2/alerts`)).json()) as AlertStatus[];
    return Object.fromEntries(
      alerts.map((alert) => [
        `${alert.labels.alertname} ${alert.labels.job ?? '-'}`,
        alert.status.inhibitedBy.length > 0,
      ]),
    );
  }

  async stop(): Promise<void> {
    this.child.kill('SIGTERM');
    await new Promise((resolve) => (this.child.exitCode !== null ? resolve(null) : this.child.once('exit', resolve)));
    rmSync(this.dir, { recursive: true, force: true });
  }
}

withAlertmanager('inhibition in a real Alertmanager', () => {
  let instance: TestAlertmanager;

  beforeAll(async () => {
    instance = await TestAlertmanager.start();
  });

  afterAll(async () => {
    await instance?.stop();
  });

  it('pages for the cause only: a target that is down silences what the same job reports', async () => {
    await instance.fire([
      { alertname: 'PitlaneInstanceDown', job: 'worker', instance: 'worker:9465', severity: 'page' },
      { alertname: 'PitlaneDatabasePoolSaturated', job: 'worker', severity: 'ticket' },
      { alertname: 'PitlaneDatabasePoolSaturated', job: 'api', severity: 'ticket' },
      { alertname: 'PitlaneSearchOutboxStale', severity: 'page' },
      { alertname: 'PitlaneSearchLagHigh', severity: 'ticket' },
      { alertname: 'PitlaneSearchSyncFailing', severity: 'ticket' },
      { alertname: 'PitlaneMailFailing', severity: 'ticket' },
    ]);
    await eventually(async () => {
      expect(await instance.inhibition()).toEqual({
        'PitlaneInstanceDown worker': false,
        'PitlaneDatabasePoolSaturated worker': true,
        // The API's pool is its own problem: a down worker does not explain it.
        'PitlaneDatabasePoolSaturated api': false,
        'PitlaneSearchOutboxStale -': false,
        'PitlaneSearchLagHigh -': true,
        'PitlaneSearchSyncFailing -': true,
        'PitlaneMailFailing -': false,
      });
    }, 10_000);
  });
});

describe('runbooks', () => {
  const operations = readFileSync(path.join(REPO, 'docs', 'operations.md'), 'utf8');

  /** The text under `### <title>` up to the next heading, or undefined when there is no such heading. */
  function section(title: string): string | undefined {
    const lines = operations.split('\n');
    const start = lines.findIndex((line) => line.trim() === `### ${title}`);
    if (start < 0) return undefined;
    const end = lines.findIndex((line, index) => index > start && /^#{1,3} /.test(line));
    return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
  }

  it.each(alertRules.map((rule) => [rule.alert, rule] as const))(
    '%s links to its runbook, which says what to look at first and how to fix it',
    (name, rule) => {
      expect(rule.annotations?.runbook_url).toBe(`docs/operations.md#${name.toLowerCase()}`);
      const body = section(name);
      expect(body).toBeDefined();
      expect(body).toMatch(/\*\*Look first\*\*/);
      expect(body).toMatch(/\*\*Fix\*\*/);
    },
  );
});
