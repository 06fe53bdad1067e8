import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eventually } from '../support/eventually';
import { MONITORING } from './monitoring-files';

/** A free TCP port on 127.0.0.1 (for binaries that cannot be told to pick one themselves). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface PromResult {
  readonly status: 'success' | 'error';
  readonly error?: string;
  readonly data?: { readonly resultType: string; readonly result: unknown[] };
}

/**
 * Debian's Prometheus in a temporary directory on a free port, scraping the given targets every
 * second with the shipped alert rules loaded. `stop()` kills it and removes its data.
 */
export class TestPrometheus {
  private constructor(
    private readonly child: ChildProcess,
    private readonly dir: string,
    readonly url: string,
    readonly output: string[],
  ) {}

  static async start(binary: string, targets: Record<string, string>): Promise<TestPrometheus> {
    const dir = mkdtempSync(path.join(tmpdir(), 'pitlane-prometheus-'));
    const port = await freePort();
    const scrapeConfigs = Object.entries(targets)
      .map(([job, target]) => `  - job_name: ${job}\n    static_configs:\n      - targets: ["${target}"]\n`)
      .join('');
    writeFileSync(
      path.join(dir, 'prometheus.yml'),
      `global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n` +
        `rule_files:\n  - ${JSON.stringify(path.join(MONITORING, 'prometheus/alerts.yml'))}\n` +
        `scrape_configs:\n${scrapeConfigs}`,
    );
    const output: string[] = [];
    const child = spawn(
      binary,
      [
        `--config.file=${path.join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${path.join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--log.level=warn',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    const prometheus = new TestPrometheus(child, dir, `http://127.0.0.1:${port}`, output);
    await eventually(
      async () => {
        if (child.exitCode !== null) throw new Error(`prometheus exited: ${output.join('')}`);
        const response = await fetch(`${prometheus.url}/-/ready`);
        if (!response.ok) throw new Error(`prometheus not ready: ${response.status}`);
      },
      30_000,
      100,
    );
    return prometheus;
  }

  async query(expr: string): Promise<PromResult> {
    const response = await fetch(`${this.url}/api/v1/query?query=${encodeURIComponent(expr)}`);
    return (await response.json()) as PromResult;
  }

  /** Every loaded rule with its evaluation health ("ok", "err", or "unknown" before its first run). */
  async rules(): Promise<{ name: string; health: string; lastError?: string }[]> {
    const response = await fetch(`${this.url}/api/v1/rules`);
    const body = (await response.json()) as {
      data: { groups: { rules: { name: string; health: string; lastError?: string }[] }[] };
    };
    return body.data.groups.flatMap((group) => group.rules);
  }

  /** The number of scrapes of `job` so far (within the last 10 minutes). */
  async scrapes(job: string): Promise<number> {
    const result = await this.query(`count_over_time(up{job="${job}"}[10m])`);
    const sample = result.data?.result[0] as { value: [number, string] } | undefined;
    return sample ? Number(sample.value[1]) : 0;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      this.child.kill('SIGTERM');
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
