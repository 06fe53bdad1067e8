// Jest's moduleNameMapper does not apply to global setup: `@pitlane/core` would resolve to the
// built dist/ (stale, or missing on a fresh clone), so the sources are imported directly.
import { migrateDatabase } from '../libs/core/src/database/migrate';
import { dropDatabase, provisionDatabase } from '../libs/core/src/database/provision';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import IORedis from 'ioredis';
import { Client } from 'pg';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain-JS script shared with `npm start`
const { startEmbeddedPostgres } = require('../scripts/lib/embedded-postgres') as {
  startEmbeddedPostgres: (options: {
    dataDir: string;
    port: number;
    persistent: boolean;
  }) => Promise<{ adminUrl: string; stop: () => Promise<void> }>;
};

export interface TestDatabaseHandle {
  adminUrl: string;
  database: string;
  stop?: () => Promise<void>;
}

declare global {
  var pitlaneTestDatabase: TestDatabaseHandle | undefined;
}

/**
 * One database per `npm test` run: Postgres from TEST_DATABASE_URL (a superuser URL) or, on a
 * machine without one, embedded Postgres. Migrated as the owner role; tests connect as the
 * application role, exactly as the API does.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  if (adminUrl) {
    log(`Postgres from TEST_DATABASE_URL (${await serverVersion(adminUrl)})`);
  } else {
    const parent = mkdtempSync(path.join(tmpdir(), 'pitlane-test-'));
    // Run as root, Postgres runs as its own system user, which must be able to enter the folder.
    chmodSync(parent, 0o755);
    const dataDir = path.join(parent, 'postgres');
    const port = 55_000 + Math.floor(Math.random() * 5_000);
    const embedded = await startEmbeddedPostgres({ dataDir, port, persistent: false });
    adminUrl = embedded.adminUrl;
    stop = async () => {
      await embedded.stop();
      rmSync(parent, { recursive: true, force: true });
    };
    log(`embedded Postgres on port ${port} (${await serverVersion(adminUrl)}); set TEST_DATABASE_URL to use your own`);
  }
  const database = `pitlane_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const { appUrl, migrationUrl, operatorUrl } = await provisionDatabase({
    adminUrl,
    database,
    ownerRole: 'pitlane_test_owner',
    ownerPassword: 'pitlane-test-owner',
    appRole: 'pitlane_test_app',
    appPassword: 'pitlane-test-app',
    operatorPassword: 'pitlane-test-operator',
  });
  try {
    await migrateDatabase(migrationUrl, appUrl);
  } catch (error) {
    await dropDatabase(adminUrl, database);
    throw error;
  }
  if (process.env.PITLANE_TEST_BYPASS_RLS === '1') {
    process.env.PITLANE_TEST_BYPASS_URL = await provisionBypassRole(adminUrl, database, appUrl);
    log('PITLANE_TEST_BYPASS_RLS=1: the API and worker connect through a role that BYPASSES row-level security');
  }
  process.env.PITLANE_TEST_REDIS_URL = await reachableRedis();
  process.env.PITLANE_TEST_ADMIN_URL = adminUrl;
  process.env.PITLANE_TEST_APP_URL = appUrl;
  process.env.PITLANE_TEST_OPERATOR_URL = operatorUrl;
  process.env.PITLANE_TEST_MIGRATION_URL = migrationUrl;
  process.env.PITLANE_TEST_ADMIN_DB_URL = withDatabase(adminUrl, database);
  globalThis.pitlaneTestDatabase = { adminUrl, database, stop };
}

/**
 * The isolation suites' second run (`npm run test:isolation-bypass`): a login role with the
 * application role's privileges (it is a member of it) and BYPASSRLS, so that only the code's own
 * `tenant_id` conditions stand between workshops. A test-harness switch, never a product setting:
 * the boot guard refuses such a role, and the harness alone may tell it not to look.
 */
async function provisionBypassRole(adminUrl: string, database: string, appUrl: string): Promise<string> {
  const role = 'pitlane_test_bypass';
  const password = 'pitlane-test-bypass';
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_roles where rolname = $1', [role]);
    await client.query(
      `${exists.rowCount === 0 ? 'create' : 'alter'} role ${role} login bypassrls nosuperuser password '${password}'`,
    );
    await client.query(`grant ${new URL(appUrl).username} to ${role}`);
    await client.query(`grant connect on database ${database} to ${role}`);
  } finally {
    await client.end();
  }
  const url = new URL(appUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}

/** TEST_REDIS_URL, else a Redis on 127.0.0.1:6379 when one answers, else none (''). */
async function reachableRedis(): Promise<string> {
  const url = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redis = new IORedis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 1000,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    const info = await redis.info('server');
    log(
      `Redis at ${new URL(url).host} (${/redis_version:(\S+)/.exec(info)?.[1] ?? '?'}): queue suites run on Redis and on PostgreSQL`,
    );
    return url;
  } catch {
    if (process.env.TEST_REDIS_URL) throw new Error('TEST_REDIS_URL is set but Redis does not answer there');
    log('no Redis answers on 127.0.0.1:6379: queue suites run on the PostgreSQL backend only');
    return '';
  } finally {
    redis.disconnect();
  }
}

async function serverVersion(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ server_version: string }>('show server_version');
    return `PostgreSQL ${result.rows[0]?.server_version ?? '?'}`;
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function log(line: string): void {
  process.stdout.write(`\n[pitlane tests] ${line}\n`);
}
