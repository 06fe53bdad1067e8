import { Client } from 'pg';

export interface ProvisionOptions {
  /** A superuser (or CREATEROLE + CREATEDB) URL, used only here. */
  readonly adminUrl: string;
  readonly database: string;
  readonly ownerRole: string;
  readonly ownerPassword: string;
  readonly appRole: string;
  readonly appPassword: string;
}

export interface ProvisionedDatabase {
  readonly migrationUrl: string;
  readonly appUrl: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Creates (idempotently) the two roles and the database for local runs and tests. In
 * production the same roles are made by the platform's provisioning; the split is the point:
 * the owner runs migrations, the application role is NOSUPERUSER NOBYPASSRLS and owns nothing.
 */
export async function provisionDatabase(options: ProvisionOptions): Promise<ProvisionedDatabase> {
  for (const name of [options.database, options.ownerRole, options.appRole]) {
    if (!IDENTIFIER.test(name)) throw new Error(`Not a plain identifier: ${name}`);
  }
  const admin = new Client({ connectionString: options.adminUrl });
  await admin.connect();
  try {
    await ensureRole(admin, options.ownerRole, options.ownerPassword, 'NOSUPERUSER NOBYPASSRLS');
    await ensureRole(admin, options.appRole, options.appPassword, 'NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE');
    const exists = await admin.query('select 1 from pg_database where datname = $1', [options.database]);
    if (exists.rowCount === 0) {
      await admin.query(`create database ${options.database} owner ${options.ownerRole}`);
    }
    await admin.query(`revoke all on database ${options.database} from public`);
    await admin.query(`grant connect, temporary on database ${options.database} to ${options.appRole}`);
  } finally {
    await admin.end();
  }
  // Extensions need a superuser; the owner role may not be one.
  const adminOnDatabase = new Client({ connectionString: withDatabase(options.adminUrl, options.database) });
  await adminOnDatabase.connect();
  try {
    await adminOnDatabase.query(`revoke create on schema public from public`);
    await adminOnDatabase.query(`grant usage, create on schema public to ${options.ownerRole}`);
    await adminOnDatabase.query(`grant usage on schema public to ${options.appRole}`);
  } finally {
    await adminOnDatabase.end();
  }
  return {
    migrationUrl: withCredentials(options.adminUrl, options.database, options.ownerRole, options.ownerPassword),
    appUrl: withCredentials(options.adminUrl, options.database, options.appRole, options.appPassword),
  };
}

/** Drops a database made by `provisionDatabase` (tests clean up after themselves). */
export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  if (!IDENTIFIER.test(database)) throw new Error(`Not a plain identifier: ${database}`);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${database} with (force)`);
  } finally {
    await admin.end();
  }
}

async function ensureRole(admin: Client, role: string, password: string, attributes: string): Promise<void> {
  const exists = await admin.query('select 1 from pg_roles where rolname = $1', [role]);
  const verb = exists.rowCount === 0 ? 'create' : 'alter';
  // Passwords cannot be bound parameters in DDL; escapeLiteral quotes them safely.
  await admin.query(`${verb} role ${role} login ${attributes} password ${admin.escapeLiteral(password)}`);
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function withCredentials(url: string, database: string, user: string, password: string): string {
  const parsed = new URL(withDatabase(url, database));
  parsed.username = user;
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}
