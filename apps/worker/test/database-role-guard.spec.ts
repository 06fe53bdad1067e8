import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  ConfigModule,
  createLogger,
  DatabaseModule,
  findUnsafeRolePowers,
  UnsafeDatabaseRoleError,
} from '@pitlane/core';
import { ClsModule } from 'nestjs-cls';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { testConfig } from '../../../test/support/test-config';
import { WorkerModule } from '../src/worker.module';

/**
 * The boot guard, one unsafe role kind at a time. Each kind gets throw-away roles and a
 * throw-away database of its own (ownership of `public` cannot be handed around in the shared
 * test database), so nothing here touches what other suites see.
 */
const RUN = randomBytes(3).toString('hex');
const DATABASE = `pitlane_guard_${RUN}`;
/** A second database, owned by a login role: what `createdb -O me` gives a local user. */
const OWNED_DATABASE = `${DATABASE}_owned`;
const PASSWORD = 'pitlane-guard';
const role = (name: string): string => `pitlane_guard_${RUN}_${name}`;

function serverAdminUrl(): string {
  const url = process.env.PITLANE_TEST_ADMIN_URL;
  if (!url) throw new Error('PITLANE_TEST_ADMIN_URL is not set: run through npm test');
  return url;
}

function urlAs(user: string, database = DATABASE): string {
  const url = new URL(serverAdminUrl());
  url.username = user;
  url.password = PASSWORD;
  url.pathname = `/${database}`;
  return url.toString();
}

async function asAdmin(database: string | undefined, statements: readonly string[]): Promise<void> {
  const url = new URL(serverAdminUrl());
  if (database) url.pathname = `/${database}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

const login = (name: string, attributes = ''): string =>
  `create role ${role(name)} login ${attributes} password '${PASSWORD}'`;

/** A table as the migrations make them: row-level security on, owned by `owner`. */
const tenantTable = (table: string, owner: string): string[] => [
  `create table public.${table} (tenant_id uuid not null, id uuid not null, primary key (tenant_id, id))`,
  `alter table public.${table} enable row level security`,
  `alter table public.${table} force row level security`,
  `alter table public.${table} owner to ${role(owner)}`,
];

const ROLES = [
  'superuser',
  'bypass',
  'table_owner',
  'schema_owner',
  'db_owner',
  'owner',
  'member',
  'owner2',
  'middle',
  'indirect',
  'safe',
];

beforeAll(async () => {
  await asAdmin(undefined, [
    `create database ${DATABASE}`,
    login('superuser', 'superuser'),
    login('bypass', 'bypassrls'),
    login('table_owner'),
    login('schema_owner'),
    login('db_owner'),
    `create database ${OWNED_DATABASE} owner ${role('db_owner')}`,
    `create role ${role('owner')} nologin`,
    login('member', `in role ${role('owner')}`),
    `create role ${role('owner2')} nologin`,
    `create role ${role('middle')} nologin in role ${role('owner2')}`,
    login('indirect', `in role ${role('middle')}`),
    login('safe'),
  ]);
  await asAdmin(DATABASE, [
    ...tenantTable('guard_owned', 'table_owner'),
    ...tenantTable('guard_owned_by_owner', 'owner'),
    ...tenantTable('guard_owned_by_owner2', 'owner2'),
    `alter schema public owner to ${role('schema_owner')}`,
  ]);
});

afterAll(async () => {
  await asAdmin(undefined, [
    `drop database if exists ${DATABASE} with (force)`,
    `drop database if exists ${OWNED_DATABASE} with (force)`,
    ...[...ROLES].reverse().map((name) => `drop role if exists ${role(name)}`),
  ]);
});

const silentLogger = () =>
  createLogger({
    service: 'worker',
    level: 'silent',
    destination: new Writable({ write: (_chunk, _encoding, done) => done() }),
  });

/** What the API and worker both import for their connection, alone: the guard runs in it. */
function databaseOnly(databaseUrl: string, databaseRoleCheck?: boolean) {
  @Module({
    imports: [
      ConfigModule.forRoot(testConfig({ DATABASE_URL: databaseUrl })),
      ClsModule.forRoot({ global: true }),
      DatabaseModule.forRoot({ entities: [], applicationName: 'pitlane-guard-test', databaseRoleCheck }),
    ],
  })
  class DatabaseOnly {}
  return DatabaseOnly;
}

/** The error a boot ends with, or undefined when it started. */
async function bootError(module: Parameters<typeof NestFactory.createApplicationContext>[0]): Promise<unknown> {
  try {
    const app = await NestFactory.createApplicationContext(module, { logger: false, abortOnError: false });
    await app.close();
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('the database connection refuses a role row-level security does not hold', () => {
  it.each([
    ['a superuser', 'superuser', `"${role('superuser')}" is a superuser`],
    ['a role with BYPASSRLS', 'bypass', `"${role('bypass')}" has BYPASSRLS`],
    [
      'the owner of a tenant table',
      'table_owner',
      `"${role('table_owner')}" owns 1 table in schema public (guard_owned)`,
    ],
    ['the owner of the schema', 'schema_owner', `"${role('schema_owner')}" owns schema public`],
    [
      'a member of the tables owner role',
      'member',
      `it is a member of "${role('owner')}", which owns 1 table in schema public (guard_owned_by_owner)`,
    ],
    [
      'a member of the owner role through an intermediate role',
      'indirect',
      `it is a member of "${role('owner2')}", which owns 1 table in schema public (guard_owned_by_owner2)`,
    ],
    ['the owner of the database', 'db_owner', `"${role('db_owner')}" owns database ${OWNED_DATABASE}`],
  ])('connected as %s', async (_kind, user, finding) => {
    const database = user === 'db_owner' ? OWNED_DATABASE : DATABASE;
    const error = await bootError(databaseOnly(urlAs(role(user), database)));
    expect(error).toBeInstanceOf(UnsafeDatabaseRoleError);
    const message = (error as Error).message;
    expect(message).toContain(`Refusing to start: DATABASE_URL connects as role "${role(user)}"`);
    expect(message).toContain(finding);
    // ... and says what to do instead.
    expect(message).toContain('Connect the API and worker as the application role');
    expect(message).toContain('DATABASE_MIGRATION_URL');
  });

  it('finds nothing to refuse for a role that owns nothing and is a member of nothing', async () => {
    const dataSource = new DataSource({ type: 'postgres', url: urlAs(role('safe')) });
    await dataSource.initialize();
    try {
      await expect(findUnsafeRolePowers(dataSource)).resolves.toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('starts as the application role of the test database', async () => {
    await expect(bootError(databaseOnly(process.env.PITLANE_TEST_APP_URL!))).resolves.toBeUndefined();
  });

  it('is skipped only when the (test harness) caller passes databaseRoleCheck: false', async () => {
    await expect(bootError(databaseOnly(urlAs(role('bypass')), false))).resolves.toBeUndefined();
  });
});

describe('the worker process', () => {
  it('refuses to start as a superuser', async () => {
    const config = testConfig({ DATABASE_URL: urlAs(role('superuser')) });
    const error = await bootError(WorkerModule.register({ config, logger: silentLogger() }));
    expect(error).toBeInstanceOf(UnsafeDatabaseRoleError);
    expect((error as Error).message).toContain(`"${role('superuser')}" is a superuser`);
  });
});
