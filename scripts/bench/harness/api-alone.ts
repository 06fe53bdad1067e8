// The API as one process on its own throw-away database, without the worker and without the
// shared garage: for standalone scenarios that seed their own data (bookings, a year of orders).
import crypto from 'node:crypto';
import type { StandaloneContext } from './scenario';
import { type BenchDatabase, throwAwayDatabase, withAdmin } from './postgres';
import { type Child, freePort, productEnv, type Secrets, startChild, startSmtpSink } from './processes';

export interface ApiAlone {
  readonly database: BenchDatabase;
  readonly secrets: Secrets;
  readonly api: Child & { baseUrl: string };
}

export function randomSecrets(): Secrets {
  return {
    jwtSecret: crypto.randomBytes(48).toString('base64url'),
    masterKey: crypto.randomBytes(32),
    masterKeyId: 'k1',
  };
}

/** A migrated database and the built API on it; `env` adds to (or overrides) the product's env. */
export async function startApiAlone(context: StandaloneContext, env: NodeJS.ProcessEnv = {}): Promise<ApiAlone> {
  const { lifecycle, tempDir, say } = context;
  const database = await throwAwayDatabase(tempDir, lifecycle);
  say(`database ${database.name} on ${database.server}, migrated`);
  const secrets = randomSecrets();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const api = await startChild(lifecycle, tempDir, {
    label: 'api',
    script: 'apps/api/dist/main.js',
    env: {
      ...productEnv(database.appUrl, secrets, await startSmtpSink(lifecycle, tempDir)),
      API_PROCESSES: '1',
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: String(port),
      METRICS_PORT: '0',
      ...env,
    },
    readyUrl: `${baseUrl}/health/ready`,
  });
  say(`API (pid ${api.pid}) on ${baseUrl}, no worker`);
  return { database, secrets, api: { ...api, baseUrl } };
}

/** Pids of `database`'s Postgres backends right now, for CPU per process group. */
export function databaseBackends(database: BenchDatabase): Promise<number[]> {
  return withAdmin(database.adminDbUrl, async (admin) => {
    const { rows } = await admin.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [database.name],
    );
    return rows.map((row) => row.pid);
  });
}
