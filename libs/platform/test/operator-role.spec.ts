import { OPERATOR_VIEWS } from '@pitlane/core';
import { Client } from 'pg';
import { OperatorDatabase, UnsafeOperatorRoleError } from '../src/operator-database';
import { testConfig, testDatabase } from '../../../test/support/test-config';
import { withClient } from '../../../test/support/test-api';

const OPERATOR_ROLE = 'pitlane_test_operator';
const DEFINER_ROLE = 'pitlane_test_owner_definer';

interface Relation {
  readonly schema: string;
  readonly name: string;
  readonly kind: string;
  readonly hasTenantId: boolean;
}

/** Every relation of every schema but the system's, read from the catalog: new tables included. */
async function relations(): Promise<Relation[]> {
  return withClient(testDatabase.adminUrl(), async (admin) => {
    const result = await admin.query<Relation>(
      `select n.nspname as schema, c.relname as name, c.relkind::text as kind,
              exists (select 1 from pg_attribute a
                       where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped) as "hasTenantId"
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p', 'v', 'm', 'f')
          and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
        order by 1, 2`,
    );
    return result.rows;
  });
}

/** What the operator role gets from `statement`: 'ok' or the SQLSTATE it was refused with. */
async function attempt(operator: Client, statement: string): Promise<string> {
  try {
    await operator.query(statement);
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe('the operator database role', () => {
  let operator: Client;
  let catalog: Relation[];

  beforeAll(async () => {
    operator = new Client({ connectionString: testDatabase.operatorUrl() });
    await operator.connect();
    catalog = await relations();
  });

  afterAll(async () => {
    await operator.end();
  });

  it('is a login role that is not superuser, cannot bypass RLS, owns nothing and is in no role', async () => {
    const facts = await withClient(testDatabase.adminUrl(), async (admin) => {
      const role = await admin.query(
        `select rolcanlogin, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolinherit
           from pg_roles where rolname = $1`,
        [OPERATOR_ROLE],
      );
      const memberships = await admin.query(
        `select r.rolname as role, u.rolname as member
           from pg_auth_members m join pg_roles r on r.oid = m.roleid join pg_roles u on u.oid = m.member
          where r.rolname = $1 or u.rolname = $1`,
        [OPERATOR_ROLE],
      );
      const owned = await admin.query(
        `select c.relname from pg_class c where c.relowner = $1::regrole
         union all select n.nspname from pg_namespace n where n.nspowner = $1::regrole
         union all select d.datname from pg_database d where d.datdba = $1::regrole
         union all select p.proname from pg_proc p where p.proowner = $1::regrole`,
        [OPERATOR_ROLE],
      );
      return { role: role.rows[0], memberships: memberships.rows, owned: owned.rows };
    });
    expect(facts).toEqual({
      role: {
        rolcanlogin: true,
        rolsuper: false,
        rolbypassrls: false,
        rolcreaterole: false,
        rolcreatedb: false,
        rolinherit: true,
      },
      memberships: [],
      owned: [],
    });
  });

  it('is refused SELECT on every table with a tenant_id column, whatever tenant it claims', async () => {
    const tenantTables = catalog.filter((relation) => relation.hasTenantId && ['r', 'p'].includes(relation.kind));
    // The catalog query finds the tables that matter, not an empty list that passes vacuously.
    expect(tenantTables.map((table) => table.name)).toEqual(
      expect.arrayContaining([
        'clients',
        'vehicles',
        'repair_orders',
        'invoices',
        'mail_messages',
        'tenant_usage_daily',
      ]),
    );
    await operator.query(`select set_config('app.tenant_id', gen_random_uuid()::text, false)`);
    const outcomes: Record<string, string> = {};
    for (const table of tenantTables) {
      outcomes[`${table.schema}.${table.name}`] = await attempt(
        operator,
        `select 1 from ${table.schema}.${table.name} limit 1`,
      );
    }
    await operator.query(`select set_config('app.tenant_id', '', false)`);
    expect(Object.entries(outcomes).filter(([, outcome]) => outcome !== '42501')).toEqual([]);
  });

  it('may select the operator views and nothing else in any schema', async () => {
    const outcomes: Record<string, string> = {};
    for (const relation of catalog) {
      outcomes[`${relation.schema}.${relation.name}`] = await attempt(
        operator,
        `select 1 from ${relation.schema}.${relation.name} limit 1`,
      );
    }
    const allowed = Object.entries(outcomes)
      .filter(([, outcome]) => outcome === 'ok')
      .map(([name]) => name);
    expect(allowed.sort()).toEqual(OPERATOR_VIEWS.map((view) => `public.${view}`).sort());
    expect(Object.entries(outcomes).filter(([, outcome]) => outcome !== 'ok' && outcome !== '42501')).toEqual([]);
    // users, the tenants table itself, BullMQ's jobs: refused like the rest.
    expect(outcomes).toMatchObject({ 'public.users': '42501', 'public.tenants': '42501' });
  });

  it('reads views that the definer owns and that expose no encrypted, key or contact column', async () => {
    const columns = await withClient(testDatabase.adminUrl(), async (admin) => {
      const result = await admin.query<{ view: string; owner: string; column: string; type: string }>(
        `select c.relname as view, pg_get_userbyid(c.relowner) as owner, a.attname as column,
                format_type(a.atttypid, a.atttypmod) as type
           from pg_class c join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
          where c.relnamespace = 'public'::regnamespace and c.relname = any ($1)`,
        [[...OPERATOR_VIEWS]],
      );
      return result.rows;
    });
    expect(new Set(columns.map((column) => column.view))).toEqual(new Set(OPERATOR_VIEWS));
    expect(columns.filter((column) => column.owner !== DEFINER_ROLE)).toEqual([]);
    const revealing =
      /(^|_)(vin|plate|email|phone|street|postal|city|password|secret|token|key|cipher|ciphertext|sealed|recipient|data|error)(_|$)/;
    expect(
      columns.filter((column) => column.type === 'bytea' || column.type === 'jsonb' || revealing.test(column.column)),
    ).toEqual([]);
  });

  it('cannot write through the views, run the definer functions but the status one, or create anything', async () => {
    const functions = await withClient(testDatabase.adminUrl(), async (admin) => {
      const result = await admin.query<{ signature: string }>(
        `select p.oid::regprocedure::text as signature from pg_proc p
          where p.prosecdef and p.pronamespace = 'public'::regnamespace`,
      );
      return result.rows.map((row) => row.signature);
    });
    expect(functions).toContain('platform_usage_rollup(date)');
    const executable = await operator.query<{ signature: string }>(
      `select p.oid::regprocedure::text as signature from pg_proc p
        where p.prosecdef and p.pronamespace = 'public'::regnamespace
          and has_function_privilege(current_user, p.oid, 'EXECUTE')`,
    );
    // Its one write: a workshop's status, audited by the function itself (migration 1795434000000).
    expect(executable.rows).toEqual([{ signature: 'platform_set_tenant_status(uuid,text,uuid,text,text)' }]);
    expect(await attempt(operator, `select platform_usage_rollup(current_date)`)).toBe('42501');
    expect(await attempt(operator, `update platform_tenant_usage_daily set vehicles_created = 0`)).toBe('42501');
    expect(await attempt(operator, `delete from platform_tenant_usage_daily`)).toBe('42501');
    expect(await attempt(operator, `create table public.operator_notes (id int)`)).toBe('42501');
    expect(await attempt(operator, `create temporary table operator_notes (id int)`)).toBe('42501');
  });

  it('lets the read model start as the operator role, and refuses the application role in its place', async () => {
    const safe = new OperatorDatabase(testConfig({ OPERATOR_DATABASE_URL: testDatabase.operatorUrl() }));
    const unsafe = new OperatorDatabase(testConfig({ OPERATOR_DATABASE_URL: testDatabase.rlsAppUrl() }));
    try {
      await expect(safe.onApplicationBootstrap()).resolves.toBeUndefined();
      await expect(unsafe.onApplicationBootstrap()).rejects.toThrow(UnsafeOperatorRoleError);
      await expect(unsafe.onApplicationBootstrap()).rejects.toThrow(/may select .*vehicles/);
    } finally {
      await safe.onApplicationShutdown();
      await unsafe.onApplicationShutdown();
    }
  });
});
