import { Client } from 'pg';

/** One reason the connected role could see or change every workshop's rows. */
export interface UnsafeRoleFinding {
  /** The role that holds the power: the connected role itself or a role it is a member of. */
  readonly role: string;
  readonly problem: string;
}

/**
 * Every role with a power that switches row-level security off for whoever has it, and that the
 * connected role is (or is a member of, directly or through other roles: `pg_has_role` with
 * MEMBER follows `pg_auth_members` recursively, whatever INHERIT says, because `SET ROLE` reaches
 * them all). A superuser and BYPASSRLS skip every policy; a table's owner may turn RLS off or drop
 * its policies; the schema's and the database's owner may drop and recreate the tables.
 */
const FINDINGS_SQL = `
  with powers as (
    select r.oid, 'is a superuser' as problem from pg_roles r where r.rolsuper
    union all
    select r.oid, 'has BYPASSRLS' from pg_roles r where r.rolbypassrls
    union all
    select c.relowner,
           format('owns %s table%s in schema %s (%s)', count(*), case when count(*) > 1 then 's' else '' end,
                  n.nspname, string_agg(c.relname, ', ' order by c.relname))
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'p') and n.nspname in ('public', $1)
       -- Filtered before grouping, so only the connected role's own powers are ever spelled out:
       -- for a safe role (every /health/ready) nothing is aggregated or formatted.
       and pg_has_role(current_user, c.relowner, 'MEMBER')
     group by c.relowner, n.nspname
    union all
    select d.datdba, format('owns database %s', d.datname) from pg_database d where d.datname = current_database()
    union all
    select n.nspowner, format('owns schema %s', n.nspname)
      from pg_namespace n where n.nspname in ('public', $1)
  )
  select r.rolname as role, p.problem, r.rolname = current_user as self
    from powers p join pg_roles r on r.oid = p.oid
   where pg_has_role(current_user, p.oid, 'MEMBER')
   order by r.rolname = current_user desc, r.rolname, p.problem`;

/** The schema BullMQ's PostgreSQL backend keeps its tables in (see queue-schema.ts). */
const QUEUE_SCHEMA = 'bullmq';

/** What the check needs of a connection: a TypeORM DataSource, or a pg Client's rows. */
export interface RoleQueryable {
  query<T>(sql: string, parameters?: unknown[]): Promise<T>;
}

/**
 * What the connected role could do that row-level security would not stop; empty when safe. When
 * the role itself holds a power only its own are listed (a superuser is a "member" of every role).
 */
export async function findUnsafeRolePowers(dataSource: RoleQueryable): Promise<UnsafeRoleFinding[]> {
  const rows = await dataSource.query<{ role: string; problem: string; self: boolean }[]>(FINDINGS_SQL, [QUEUE_SCHEMA]);
  const own = rows.filter((row) => row.self);
  return (own.length > 0 ? own : rows).map((row) => ({ role: row.role, problem: truncate(row.problem) }));
}

/**
 * Raised at boot when the API or worker would connect as a role that row-level security does not
 * hold. There is deliberately no switch to allow it: connect as the application role instead.
 */
export class UnsafeDatabaseRoleError extends Error {
  constructor(
    readonly connectedRole: string,
    readonly findings: readonly UnsafeRoleFinding[],
  ) {
    super(
      `Refusing to start: DATABASE_URL connects as role "${connectedRole}", which row-level security does not hold, ` +
        "so one workshop could read and change every other workshop's data:\n" +
        findings
          .map(
            (f) =>
              `  - ${f.role === connectedRole ? `"${f.role}"` : `it is a member of "${f.role}", which`} ${f.problem}`,
          )
          .join('\n') +
        '\nConnect the API and worker as the application role: NOSUPERUSER NOBYPASSRLS, owning nothing and a member of ' +
        'no role that does; run migrations as the owner role with DATABASE_MIGRATION_URL. `npm start` makes both roles ' +
        'for you when DATABASE_URL is an admin URL; see docs/tenancy.md ("Roles") and docs/operations.md.',
    );
    this.name = 'UnsafeDatabaseRoleError';
  }
}

/** Throws `UnsafeDatabaseRoleError` unless the connected role is held by row-level security. */
export async function assertSafeDatabaseRole(dataSource: RoleQueryable): Promise<void> {
  const findings = await findUnsafeRolePowers(dataSource);
  if (findings.length === 0) return;
  const [connected] = await dataSource.query<{ role: string }[]>('select current_user as role');
  throw new UnsafeDatabaseRoleError(connected?.role ?? '?', findings);
}

function truncate(problem: string): string {
  return problem.length > 200 ? `${problem.slice(0, 197)}...` : problem;
}

/** Who a database URL connects as, for `npm start` and `npm run migrate` to decide what it is. */
export interface DatabaseUrlRole {
  readonly role: string;
  readonly database: string;
  readonly superuser: boolean;
  readonly createRole: boolean;
  /** Empty for an application role; otherwise why row-level security would not hold it. */
  readonly findings: readonly UnsafeRoleFinding[];
}

export async function inspectDatabaseUrlRole(url: string): Promise<DatabaseUrlRole> {
  const client = new Client({ connectionString: url, application_name: 'pitlane-role-check' });
  await client.connect();
  try {
    const queryable: RoleQueryable = {
      query: async <T>(sql: string, parameters?: unknown[]) => (await client.query(sql, parameters)).rows as T,
    };
    const [facts] = await queryable.query<
      { role: string; database: string; superuser: boolean; createRole: boolean }[]
    >(
      `select current_user as role, current_database() as database, r.rolsuper as superuser,
              r.rolcreaterole as "createRole"
         from pg_roles r where r.rolname = current_user`,
    );
    if (!facts) throw new Error('the connected role is missing from pg_roles');
    return { ...facts, findings: await findUnsafeRolePowers(queryable) };
  } finally {
    await client.end();
  }
}
