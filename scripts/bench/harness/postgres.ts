// The database a run measures on: the server (BENCH_DATABASE_URL, else the machine's Postgres on
// 127.0.0.1:5432, else embedded Postgres), and a throw-away database on it with the product's own
// owner and application roles, migrated, dropped again by the run's lifecycle.
import { definerRoleOf, dropDatabase, migrateDatabase, operatorRoleOf, provisionDatabase } from '@pitlane/core';
import { createRequire } from 'node:module';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { Lifecycle } from './lifecycle';
import { ROOT } from './paths';

export interface BenchDatabase {
  readonly name: string;
  readonly appUrl: string;
  /** The operator role's URL (the platform console's read-only role over the aggregate views). */
  readonly operatorUrl: string;
  readonly adminDbUrl: string;
  readonly server: string;
}

interface EmbeddedPostgresModule {
  startEmbeddedPostgres(options: {
    dataDir: string;
    port: number;
    persistent: boolean;
  }): Promise<{ adminUrl: string; stop: () => Promise<void> }>;
}

export async function withAdmin<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    return await withAdmin(url, async (client) => (await client.query('select 1')).rowCount === 1);
  } catch {
    return false;
  }
}

async function startServer(tempDir: string, lifecycle: Lifecycle): Promise<{ adminUrl: string; server: string }> {
  const fromEnv = process.env.BENCH_DATABASE_URL;
  if (fromEnv) return { adminUrl: fromEnv, server: 'the server at BENCH_DATABASE_URL' };
  const machineUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await answers(machineUrl)) return { adminUrl: machineUrl, server: "the machine's PostgreSQL on :5432" };
  const load = createRequire(__filename);
  const embedded = load(path.join(ROOT, 'scripts', 'lib', 'embedded-postgres.js')) as EmbeddedPostgresModule;
  const port = 55_000 + crypto.randomInt(5_000);
  fs.chmodSync(tempDir, 0o755);
  const started = await embedded.startEmbeddedPostgres({
    dataDir: path.join(tempDir, 'postgres'),
    port,
    persistent: false,
  });
  lifecycle.onCleanup('stop embedded Postgres', () => started.stop());
  return { adminUrl: started.adminUrl, server: `embedded PostgreSQL on :${port}` };
}

/** A fresh `pitlane_bench_<id>` database as `npm start` makes one: owner, app role, migrations. */
export async function throwAwayDatabase(tempDir: string, lifecycle: Lifecycle): Promise<BenchDatabase> {
  const { adminUrl, server } = await startServer(tempDir, lifecycle);
  const runId = crypto.randomBytes(4).toString('hex');
  const name = `pitlane_bench_${runId}`;
  const ownerRole = `${name}_owner`;
  const appRole = `${name}_app`;
  lifecycle.onCleanup('drop bench roles', () =>
    withAdmin(adminUrl, async (admin) => {
      for (const role of [appRole, operatorRoleOf(appRole), ownerRole, definerRoleOf(ownerRole)]) {
        await admin.query(`drop role if exists ${role}`);
      }
    }),
  );
  lifecycle.onCleanup(`drop database ${name}`, () => dropDatabase(adminUrl, name));
  const password = () => crypto.randomBytes(18).toString('base64url');
  const { appUrl, migrationUrl, operatorUrl } = await provisionDatabase({
    adminUrl,
    database: name,
    ownerRole,
    ownerPassword: password(),
    appRole,
    appPassword: password(),
    operatorPassword: password(),
  });
  await migrateDatabase(migrationUrl, appUrl);
  const adminDbUrl = new URL(adminUrl);
  adminDbUrl.pathname = `/${name}`;
  return { name, appUrl, operatorUrl, adminDbUrl: adminDbUrl.toString(), server };
}
