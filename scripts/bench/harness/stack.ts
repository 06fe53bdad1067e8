// Everything the API scenarios measure against, started once per invocation: a throw-away
// database (migrated, app role under RLS), an SMTP sink, the built API as one process
// (API_PROCESSES=1) and the worker, and a seeded garage.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Garage, seedGarage } from './garage-seed';
import type { Lifecycle } from './lifecycle';
import { type BenchDatabase, throwAwayDatabase, withAdmin } from './postgres';
import { type Child, freePort, productEnv, type Secrets, startChild, startSmtpSink } from './processes';

export interface Stack {
  readonly tempDir: string;
  readonly database: BenchDatabase;
  readonly secrets: Secrets;
  readonly api: Child & { baseUrl: string };
  readonly worker: Child;
  readonly garage: Garage;
  readonly say: (line: string) => void;
  readonly lifecycle: Lifecycle;
  /** Pids of this database's Postgres backends right now (the API's, the worker's, the scenario servers'). */
  postgresBackends(): Promise<number[]>;
}

export interface StackSizes {
  readonly workshops: number;
  readonly vehiclesPerWorkshop: number;
}

export async function startStack(lifecycle: Lifecycle, say: (line: string) => void, sizes: StackSizes): Promise<Stack> {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-bench-'));
  lifecycle.onCleanup('remove the temp dir', () => fs.rmSync(tempDir, { recursive: true, force: true }));
  const database = await throwAwayDatabase(tempDir, lifecycle);
  say(`database ${database.name} on ${database.server}, migrated`);
  const secrets: Secrets = {
    jwtSecret: crypto.randomBytes(48).toString('base64url'),
    masterKey: crypto.randomBytes(32),
    masterKeyId: 'k1',
  };
  const env = productEnv(database.appUrl, secrets, await startSmtpSink(lifecycle, tempDir));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const api = await startChild(lifecycle, tempDir, {
    label: 'api',
    script: 'apps/api/dist/main.js',
    env: { ...env, API_PROCESSES: '1', HTTP_HOST: '127.0.0.1', HTTP_PORT: String(port), METRICS_PORT: '0' },
    readyUrl: `${baseUrl}/health/ready`,
  });
  const worker = await startChild(lifecycle, tempDir, {
    label: 'worker',
    script: 'apps/worker/dist/main.js',
    env: { ...env, LOG_LEVEL: 'info', WORKER_METRICS_PORT: '0' },
    readyLog: 'worker ready',
  });
  say(`API (pid ${api.pid}) on ${baseUrl}, worker (pid ${worker.pid}) running`);
  const started = Date.now();
  const garage = await seedGarage({ baseUrl, database, secrets, ...sizes });
  say(
    `seeded ${sizes.workshops} workshops x ${sizes.vehiclesPerWorkshop} vehicles in ` +
      `${Math.round((Date.now() - started) / 1000)} s`,
  );
  return {
    tempDir,
    database,
    secrets,
    api: { ...api, baseUrl },
    worker,
    garage,
    say,
    lifecycle,
    postgresBackends: () =>
      withAdmin(database.adminDbUrl, async (admin) => {
        const { rows } = await admin.query<{ pid: number }>(
          'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
          [database.name],
        );
        return rows.map((row) => row.pid);
      }),
  };
}
