import { migrateDatabase, provisionDatabase, dropDatabase } from '@pitlane/core';
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { TestApi, withClient } from '../support/test-api';
import { testDatabase } from '../support/test-config';
import { announceSkip, binary, notInstalled, REPO } from './monitoring-files';
import { smokeLoad } from './smoke-load';

const pgDump = binary('pg_dump');

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.href;
}

/** The server's major version, and whether this machine's pg_dump can dump it (>= server). */
async function compatibility(adminUrl: string): Promise<string | undefined> {
  if (!pgDump) return notInstalled('pg_dump (Debian package postgresql-client)');
  const server = await withClient(adminUrl, async (client) =>
    Number(
      (await client.query<{ v: string }>("select current_setting('server_version_num') as v")).rows[0]!.v.slice(0, -4),
    ),
  );
  const client = Number(/(\d+)/.exec(execFileSync(pgDump, ['--version'], { encoding: 'utf8' }))![1]);
  return client >= server
    ? undefined
    : `this machine's pg_dump ${client} cannot dump PostgreSQL ${server} (scripts/backup needs pg_dump >= the server)`;
}

/** Every table of every schema but the catalogs, with its row count and an md5 of its rows. */
async function fingerprint(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  return withClient(url, async (client: Client) => {
    const tables = await client.query<{ schemaname: string; tablename: string }>(
      `select schemaname, tablename from pg_tables
        where schemaname not in ('pg_catalog', 'information_schema') order by 1, 2`,
    );
    const result: Record<string, { rows: number; md5: string }> = {};
    for (const { schemaname, tablename } of tables.rows) {
      const name = `${client.escapeIdentifier(schemaname)}.${client.escapeIdentifier(tablename)}`;
      const row = await client.query<{ rows: string; md5: string | null }>(
        `select count(*) as rows, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as md5 from ${name} t`,
      );
      result[`${schemaname}.${tablename}`] = { rows: Number(row.rows[0]!.rows), md5: row.rows[0]!.md5 ?? '' };
    }
    return result;
  });
}

/**
 * scripts/backup then scripts/restore into a fresh database: every table comes back with the
 * same rows (count and checksum), and the retention keeps the newest dumps only.
 */
describe('backup and restore', () => {
  const suffix = randomBytes(3).toString('hex');
  const source = `pitlane_backup_src_${suffix}`;
  const target = `pitlane_backup_dst_${suffix}`;
  const dir = mkdtempSync(path.join(tmpdir(), 'pitlane-backups-'));
  let skip: string | undefined;
  let adminUrl: string;

  beforeAll(async () => {
    adminUrl = testDatabase.adminUrl();
    skip = await compatibility(adminUrl);
    if (skip) {
      announceSkip('backup and restore round trip', skip);
      return;
    }
    // A database of its own, so no other suite writes while it is dumped and compared.
    const { appUrl, migrationUrl } = await provisionDatabase({
      adminUrl,
      database: source,
      ownerRole: 'pitlane_test_owner',
      ownerPassword: 'pitlane-test-owner',
      appRole: 'pitlane_test_app',
      appPassword: 'pitlane-test-app',
      operatorPassword: 'pitlane-test-operator',
    });
    await migrateDatabase(migrationUrl, appUrl);
    const api = await TestApi.start({ DATABASE_URL: appUrl });
    try {
      await smokeLoad(api, 6, 3);
    } finally {
      await api.close();
    }
  }, 120_000);

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (skip) return;
    await dropDatabase(adminUrl, target);
    await dropDatabase(adminUrl, source);
  });

  const run = (script: string, args: string[], env: Record<string, string>) =>
    spawnSync(path.join(REPO, 'scripts', script), args, { encoding: 'utf8', env: { ...process.env, ...env } });

  it('a restored dump reproduces the row count and checksum of every table', async () => {
    if (skip) return;
    const backup = run('backup', [], { BACKUP_DATABASE_URL: withDatabase(adminUrl, source), BACKUP_DIR: dir });
    expect({ status: backup.status, stderr: backup.stderr }).toEqual({ status: 0, stderr: '' });
    const dump = backup.stdout.trim();
    expect(path.basename(dump)).toMatch(/^pitlane-\d{8}T\d{9}Z\.dump$/);

    const restore = run('restore', [dump], { RESTORE_DATABASE_URL: withDatabase(adminUrl, target) });
    expect({ status: restore.status }).toEqual({ status: 0 });

    const before = await fingerprint(withDatabase(adminUrl, source));
    const after = await fingerprint(withDatabase(adminUrl, target));
    expect(Object.keys(before).length).toBeGreaterThan(10);
    expect(before['public.tenants']?.rows).toBe(6);
    expect(before['public.vehicles']?.rows).toBe(6);
    expect(after).toEqual(before);
  });

  it('refuses to restore over a database that has tables, unless told to replace them', () => {
    if (skip) return;
    const dump = path.join(dir, readdirSync(dir).sort().at(-1)!);
    const refused = run('restore', [dump], { RESTORE_DATABASE_URL: withDatabase(adminUrl, target) });
    expect(refused.status).toBe(73);
    expect(refused.stderr).toContain('RESTORE_CLEAN=1');
    const replaced = run('restore', [dump], {
      RESTORE_DATABASE_URL: withDatabase(adminUrl, target),
      RESTORE_CLEAN: '1',
    });
    expect(replaced.status).toBe(0);
  });

  it('keeps only the newest BACKUP_KEEP dumps', () => {
    if (skip) return;
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const backup = run('backup', [], {
        BACKUP_DATABASE_URL: withDatabase(adminUrl, source),
        BACKUP_DIR: dir,
        BACKUP_KEEP: '2',
      });
      expect(backup.status).toBe(0);
      made.push(path.basename(backup.stdout.trim()));
    }
    expect(readdirSync(dir).sort()).toEqual(made.slice(-2).sort());
  });
});
