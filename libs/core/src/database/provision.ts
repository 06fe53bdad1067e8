import { Client } from 'pg';

export interface ProvisionOptions {
  /** A superuser (or CREATEROLE + CREATEDB) URL, used only here. */
  readonly adminUrl: string;
  readonly database: string;
  readonly ownerRole: string;
  readonly ownerPassword: string;
  readonly appRole: string;
  readonly appPassword: string;
  /** The operator role's password; the role is named after the application role (`operatorRoleOf`). */
  readonly operatorPassword: string;
}

export interface ProvisionedDatabase {
  readonly migrationUrl: string;
  readonly appUrl: string;
  /** The platform operators' read-only role: it may select only the aggregate views. */
  readonly operatorUrl: string;
  /** The NOLOGIN role the SECURITY DEFINER functions and cross-tenant read policies belong to. */
  readonly definerRole: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** The NOLOGIN role that owns the definer functions: named after the owner (migration) role. */
export function definerRoleOf(ownerRole: string): string {
  return `${ownerRole}_definer`;
}

/**
 * The LOGIN role the operator console's queries run as, named after the application role
 * (`pitlane_app` -> `pitlane_operator`) so that migrations find it without being told.
 */
export function operatorRoleOf(appRole: string): string {
  return appRole.endsWith('_app') ? `${appRole.slice(0, -'_app'.length)}_operator` : `${appRole}_operator`;
}

/**
 * Creates (idempotently) the roles and the database for local runs, tests and docker compose:
 * - the owner (`ownerRole`, LOGIN) owns the database, the schema's objects and runs migrations;
 * - the definer (`<owner>_definer`, NOLOGIN, the owner is its only member) owns the SECURITY
 *   DEFINER functions and is the only role the cross-tenant `owner_read` policies name, so owning
 *   the tables never implies reading across workshops;
 * - the application role (`appRole`, LOGIN) is NOSUPERUSER NOBYPASSRLS, owns nothing, may only
 *   connect (no temporary objects), and is a member of neither of the others, nor they of it;
 * - the operator role (`operatorRoleOf(appRole)`, LOGIN) is NOSUPERUSER NOBYPASSRLS, owns nothing,
 *   is a member of no role and no role of it; it may connect, and `migrateDatabase` grants it
 *   SELECT on the aggregate views of OPERATOR_VIEWS and nothing else (operator-views.ts).
 * The API's boot guard (database-role-check.ts) refuses any other shape.
 */
export async function provisionDatabase(options: ProvisionOptions): Promise<ProvisionedDatabase> {
  const definerRole = definerRoleOf(options.ownerRole);
  const operatorRole = operatorRoleOf(options.appRole);
  const operatorPassword = options.operatorPassword;
  for (const name of [options.database, options.ownerRole, options.appRole, definerRole, operatorRole]) {
    if (!IDENTIFIER.test(name)) throw new Error(`Not a plain identifier: ${name}`);
  }
  if (options.appRole === options.ownerRole || options.appRole === definerRole) {
    throw new Error(
      `The application role and the owner role must be two roles (both are "${options.appRole}"): ` +
        'the owner is not held by row-level security on its own tables.',
    );
  }
  const adminRole = decodeURIComponent(new URL(options.adminUrl).username);
  if (operatorRole === options.ownerRole || operatorRole === definerRole) {
    throw new Error(`The operator role "${operatorRole}" must be a role of its own, not the owner or the definer.`);
  }
  if ([options.ownerRole, options.appRole, definerRole, operatorRole].includes(adminRole)) {
    throw new Error(
      `The admin URL's role "${adminRole}" cannot also be the owner or application role: provisioning would ` +
        'strip it of the rights it provisions with. Give the owner and application roles names of their own.',
    );
  }
  const admin = new Client({ connectionString: options.adminUrl });
  await admin.connect();
  try {
    await ensureRole(admin, options.ownerRole, 'LOGIN NOSUPERUSER NOBYPASSRLS', options.ownerPassword);
    await ensureRole(admin, definerRole, 'NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE');
    await ensureRole(
      admin,
      options.appRole,
      'LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE',
      options.appPassword,
    );
    await ensureRole(admin, operatorRole, 'LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE', operatorPassword);
    // No path from the application role to the others' powers, in either direction.
    const memberships: readonly (readonly [string, string])[] = [
      [options.ownerRole, options.appRole],
      [options.appRole, options.ownerRole],
      [definerRole, options.appRole],
      [options.appRole, definerRole],
    ];
    for (const [role, member] of memberships) {
      await revokeMembership(admin, role, member);
    }
    // The operator role is a member of nothing and nothing is a member of it: what it may read
    // is exactly its own grants.
    await revokeAllMemberships(admin, operatorRole);
    // The owner hands functions to the definer (ALTER FUNCTION ... OWNER needs membership).
    await admin.query(`grant ${definerRole} to ${options.ownerRole}`);
    const existing = await admin.query<{ owner: string }>(
      'select pg_get_userbyid(datdba) as owner from pg_database where datname = $1',
      [options.database],
    );
    if (existing.rowCount === 0) {
      await admin.query(`create database ${options.database} owner ${options.ownerRole}`);
    } else if (existing.rows[0]?.owner !== options.ownerRole) {
      // An existing database (one `npm start` was pointed at) becomes the owner's, as a new one would be.
      await admin.query(`alter database ${options.database} owner to ${options.ownerRole}`);
    }
    await admin.query(`revoke all on database ${options.database} from public`);
    // Connect only: the application needs no temporary tables (BullMQ's only one is in addBulk,
    // which Pitlane does not use), and a database provisioned before lost the grant here.
    await admin.query(`revoke temporary on database ${options.database} from ${options.appRole}`);
    await admin.query(`grant connect on database ${options.database} to ${options.appRole}`);
    await admin.query(`revoke temporary on database ${options.database} from ${operatorRole}`);
    await admin.query(`grant connect on database ${options.database} to ${operatorRole}`);
  } finally {
    await admin.end();
  }
  // Extensions need a superuser; the owner role may not be one.
  const adminOnDatabase = new Client({ connectionString: withDatabase(options.adminUrl, options.database) });
  await adminOnDatabase.connect();
  try {
    const strays = await adminOnDatabase.query<{ owner: string; tables: string }>(
      `select pg_get_userbyid(c.relowner) as owner, string_agg(c.relname, ', ' order by c.relname) as tables
         from pg_class c
        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'S', 'v', 'm')
          and pg_get_userbyid(c.relowner) <> $1
          -- The operators' aggregate views belong to the definer by design (migration 1795432000000).
          and not (c.relkind = 'v' and pg_get_userbyid(c.relowner) = $2)
        group by c.relowner`,
      [options.ownerRole, definerRole],
    );
    const stray = strays.rows[0];
    if (stray) {
      throw new Error(
        `Database ${options.database} already has tables owned by "${stray.owner}" (${stray.tables.slice(0, 120)}), ` +
          `so it was migrated as another role; the owner role "${options.ownerRole}" must own them. Name a new ` +
          'database in the URL (or drop this one), or hand each table to the owner (ALTER TABLE ... OWNER TO).',
      );
    }
    await adminOnDatabase.query(`revoke create on schema public from public`);
    await adminOnDatabase.query(`grant usage, create on schema public to ${options.ownerRole}`);
    // CREATE because ALTER FUNCTION ... OWNER requires the new owner to have it; nobody logs in as it.
    await adminOnDatabase.query(`grant usage, create on schema public to ${definerRole}`);
    await adminOnDatabase.query(`grant usage on schema public to ${options.appRole}`);
    await adminOnDatabase.query(`grant usage on schema public to ${operatorRole}`);
  } finally {
    await adminOnDatabase.end();
  }
  return {
    migrationUrl: withCredentials(options.adminUrl, options.database, options.ownerRole, options.ownerPassword),
    appUrl: withCredentials(options.adminUrl, options.database, options.appRole, options.appPassword),
    operatorUrl: withCredentials(options.adminUrl, options.database, operatorRole, operatorPassword),
    definerRole,
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

async function ensureRole(admin: Client, role: string, attributes: string, password?: string): Promise<void> {
  const exists = await admin.query('select 1 from pg_roles where rolname = $1', [role]);
  const verb = exists.rowCount === 0 ? 'create' : 'alter';
  // Passwords cannot be bound parameters in DDL; escapeLiteral quotes them safely.
  const secret = password === undefined ? '' : ` password ${admin.escapeLiteral(password)}`;
  await admin.query(`${verb} role ${role} ${attributes}${secret}`);
}

/** Removes `member` from `role` when it is a direct member (REVOKE alone would warn otherwise). */
async function revokeMembership(admin: Client, role: string, member: string): Promise<void> {
  const direct = await admin.query(
    `select 1 from pg_auth_members m join pg_roles r on r.oid = m.roleid join pg_roles u on u.oid = m.member
      where r.rolname = $1 and u.rolname = $2`,
    [role, member],
  );
  if ((direct.rowCount ?? 0) > 0) await admin.query(`revoke ${role} from ${member}`);
}

/** Removes every direct membership of `role` in other roles and of other roles in it. */
async function revokeAllMemberships(admin: Client, role: string): Promise<void> {
  const pairs = await admin.query<{ role: string; member: string }>(
    `select r.rolname as role, u.rolname as member
       from pg_auth_members m join pg_roles r on r.oid = m.roleid join pg_roles u on u.oid = m.member
      where r.rolname = $1 or u.rolname = $1`,
    [role],
  );
  for (const pair of pairs.rows) await admin.query(`revoke ${pair.role} from ${pair.member}`);
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
