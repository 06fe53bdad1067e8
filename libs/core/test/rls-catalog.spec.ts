import { withAdminClient } from '../../../test/support/test-api';

const APP_ROLE = 'pitlane_test_app';
const OWNER_ROLE = 'pitlane_test_owner';
const DEFINER_ROLE = 'pitlane_test_owner_definer';

describe('the schema enforces tenancy in Postgres itself', () => {
  it('has row-level security enabled and forced on every table with a tenant_id, and on tenants', async () => {
    const tables = await withAdminClient(async (client) => {
      const result = await client.query<{ table: string; enabled: boolean; forced: boolean; policies: string[] }>(
        `select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
                array(select p.polname::text from pg_policy p where p.polrelid = c.oid order by 1) as policies
           from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r'
            and (c.relname = 'tenants' or exists (
              select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped))`,
      );
      return result.rows;
    });
    expect(tables.map((t) => t.table)).toEqual(
      expect.arrayContaining([
        'tenants',
        'memberships',
        'sessions',
        'refresh_tokens',
        'clients',
        'vehicles',
        'vehicle_visits',
        'vehicle_mileage_readings',
        'audit_events',
      ]),
    );
    for (const table of tables) {
      expect({ table: table.table, enabled: table.enabled, forced: table.forced }).toEqual({
        table: table.table,
        enabled: true,
        forced: true,
      });
      expect(table.policies).toContain('tenant_isolation');
    }
  });

  it('uses the exact tenant policy, for reads and writes, on every tenant table', async () => {
    const policies = await withAdminClient(async (client) => {
      const result = await client.query<{ table: string; using: string; check: string; command: string }>(
        `select c.relname as table, pg_get_expr(p.polqual, p.polrelid) as using,
                pg_get_expr(p.polwithcheck, p.polrelid) as check, p.polcmd as command
           from pg_policy p join pg_class c on c.oid = p.polrelid
          where p.polname = 'tenant_isolation'`,
      );
      return result.rows;
    });
    expect(policies.length).toBeGreaterThanOrEqual(4);
    for (const policy of policies) {
      expect(policy.command).toBe('*');
      expect(policy.using).toMatch(/NULLIF\(current_setting\('app\.tenant_id'::text, true\), ''::text\)\)::uuid/);
      expect(policy.check).toBe(policy.using);
    }
  });

  it('every tenant table keys and references other tenant tables by tenant_id', async () => {
    const offenders = await withAdminClient(async (client) => {
      const result = await client.query<{ name: string }>(
        `select c.conrelid::regclass::text || ' ' || c.conname as name
           from pg_constraint c
           join pg_attribute a on a.attrelid = c.conrelid and a.attname = 'tenant_id'
          where c.contype in ('p', 'f') and c.connamespace = 'public'::regnamespace
            and not (a.attnum = any (c.conkey))
            -- references to the global tables (the workshops themselves, and people) need no tenant
            and not (c.contype = 'f' and c.confrelid in ('tenants'::regclass, 'users'::regclass))`,
      );
      return result.rows.map((row) => row.name);
    });
    expect(offenders).toEqual([]);
  });

  it('connects the application as a role that is not superuser, cannot bypass RLS and owns nothing', async () => {
    const role = await withAdminClient(async (client) => {
      const attributes = await client.query<{ rolsuper: boolean; rolbypassrls: boolean; rolcreaterole: boolean }>(
        'select rolsuper, rolbypassrls, rolcreaterole from pg_roles where rolname = $1',
        [APP_ROLE],
      );
      const owned = await client.query<{ name: string }>(
        `select relname as name from pg_class where relowner = (select oid from pg_roles where rolname = $1)
         union all
         select proname from pg_proc where proowner = (select oid from pg_roles where rolname = $1)`,
        [APP_ROLE],
      );
      return { ...attributes.rows[0], owned: owned.rows.map((row) => row.name) };
    });
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false, owned: [] });
  });

  it('runs the API as that role', async () => {
    const user = await withAdminClient(() => Promise.resolve(new URL(process.env.PITLANE_TEST_APP_URL!).username));
    expect(user).toBe(APP_ROLE);
  });

  it('pins search_path with pg_temp last on every SECURITY DEFINER function, owned by the NOLOGIN definer role', async () => {
    const functions = await withAdminClient(async (client) => {
      const result = await client.query<{ fn: string; owner: string; login: boolean; config: string[] | null }>(
        `select p.oid::regprocedure::text as fn, r.rolname as owner, r.rolcanlogin as login, p.proconfig as config
           from pg_proc p join pg_roles r on r.oid = p.proowner
          where p.prosecdef and p.pronamespace = 'public'::regnamespace
          order by 1`,
      );
      return result.rows;
    });
    expect(functions.map((f) => f.fn)).toEqual(
      expect.arrayContaining(['app_user_workshops(uuid)', 'search_tenants(uuid,integer)']),
    );
    for (const f of functions) {
      const searchPath = (f.config ?? []).find((setting) => setting.startsWith('search_path='));
      const schemas = searchPath
        ?.slice('search_path='.length)
        .split(',')
        .map((schema) => schema.trim());
      expect({ fn: f.fn, owner: f.owner, login: f.login, lastInPath: schemas?.at(-1) }).toEqual({
        fn: f.fn,
        owner: DEFINER_ROLE,
        login: false,
        lastInPath: 'pg_temp',
      });
    }
  });

  it('names no role anyone logs in as in a cross-tenant (owner_read) policy', async () => {
    const policies = await withAdminClient(async (client) => {
      const result = await client.query<{ table: string; role: string; login: boolean }>(
        `select p.polrelid::regclass::text as table, coalesce(r.rolname, 'public') as role,
                coalesce(r.rolcanlogin, true) as login
           from pg_policy p cross join unnest(p.polroles) as target(oid) left join pg_roles r on r.oid = target.oid
          where p.polname = 'owner_read'`,
      );
      return result.rows;
    });
    expect(policies.map((p) => p.table)).toEqual(expect.arrayContaining(['tenants', 'memberships']));
    for (const policy of policies) {
      expect(policy).toEqual({ table: policy.table, role: DEFINER_ROLE, login: false });
    }
  });

  it('gives the application role no TEMPORARY privilege on the database', async () => {
    const temporary = await withAdminClient(async (client) => {
      const result = await client.query<{ temporary: boolean }>(
        `select has_database_privilege($1, current_database(), 'TEMPORARY') as temporary`,
        [APP_ROLE],
      );
      return result.rows[0]?.temporary;
    });
    expect(temporary).toBe(false);
  });

  it('keeps the application role out of the owner and definer roles (and them out of it)', async () => {
    const memberships = await withAdminClient(async (client) => {
      const result = await client.query<{ pair: string }>(
        `select a.rolname || ' in ' || b.rolname as pair
           from pg_roles a cross join pg_roles b
          where a.rolname <> b.rolname and pg_has_role(a.oid, b.oid, 'MEMBER')
            and ((a.rolname = $1 and b.rolname in ($2, $3)) or (b.rolname = $1 and a.rolname in ($2, $3)))`,
        [APP_ROLE, OWNER_ROLE, DEFINER_ROLE],
      );
      return result.rows.map((row) => row.pair);
    });
    expect(memberships).toEqual([]);
  });
});
