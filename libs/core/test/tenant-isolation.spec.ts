import { Test } from '@nestjs/testing';
import { ConfigModule, DatabaseModule, MissingTenantContextError, TenantContext, TenantDatabase } from '@pitlane/core';
import { ClsModule } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { testConfig } from '../../../test/support/test-config';
import { withAdminClient } from '../../../test/support/test-api';

interface Harness {
  readonly db: TenantDatabase;
  readonly tenants: TenantContext;
  readonly dataSource: DataSource;
  readonly close: () => Promise<void>;
}

async function harness(poolMax: number): Promise<Harness> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(testConfig({ DATABASE_POOL_MAX: String(poolMax) })),
      ClsModule.forRoot({ global: true }),
      DatabaseModule.forRoot({ entities: [], applicationName: 'pitlane-test' }),
    ],
  }).compile();
  const app = await moduleRef.init();
  return {
    db: app.get(TenantDatabase),
    tenants: app.get(TenantContext),
    dataSource: app.get(DataSource),
    close: () => app.close(),
  };
}

/** Creates a workshop row the way signup does: inside its own tenant context. */
async function createTenant(h: Harness, name: string): Promise<string> {
  const id = randomUUID();
  await h.tenants.run(id, () =>
    h.db.transaction((manager) =>
      manager.query(
        `insert into tenants (id, name, slug, time_zone, country, locale, currency, wrapped_data_key, data_key_wrapped_by)
         values ($1, $2, $3, 'UTC', 'PL', 'pl', 'PLN', '\\x00', 'k1')`,
        [id, name, `${name.toLowerCase()}-${id.slice(0, 8)}`],
      ),
    ),
  );
  return id;
}

async function addMember(h: Harness, tenantId: string): Promise<void> {
  const userId = randomUUID();
  await h.tenants.run(tenantId, () =>
    h.db.transaction(async (manager) => {
      await manager.query(`insert into users (id, email, name, password_hash) values ($1, $2, 'Member', 'x')`, [
        userId,
        `${userId}@example.test`,
      ]);
      await manager.query(
        `insert into memberships (tenant_id, id, user_id, role) values ($1, gen_random_uuid(), $2, 'mechanic')`,
        [tenantId, userId],
      );
    }),
  );
}

describe('tenant isolation through the application connection', () => {
  let h: Harness;
  let tenantA: string;
  let tenantB: string;

  beforeAll(async () => {
    h = await harness(4);
    tenantA = await createTenant(h, 'Alpha');
    tenantB = await createTenant(h, 'Bravo');
    await addMember(h, tenantA);
    await addMember(h, tenantB);
    await addMember(h, tenantB);
  });

  afterAll(() => h.close());

  const asTenant = <T>(tenantId: string, sql: string, params: unknown[] = []): Promise<T[]> =>
    h.tenants.run(tenantId, () => h.db.transaction((manager) => manager.query(sql, params)));

  it("with tenant A's context, a raw query sees none of tenant B's rows", async () => {
    const tenants = await asTenant<{ id: string }>(tenantA, 'select id from tenants');
    const members = await asTenant<{ tenant_id: string }>(tenantA, 'select tenant_id from memberships');
    expect(tenants.map((t) => t.id)).toEqual([tenantA]);
    expect(members.length).toBe(1);
    expect(members.every((m) => m.tenant_id === tenantA)).toBe(true);
  });

  it("with tenant A's context, a row for tenant B cannot be inserted", async () => {
    const [memberOfB] = await asTenant<{ user_id: string }>(tenantB, 'select user_id from memberships limit 1');
    const userOfB = memberOfB!.user_id;
    await expect(
      asTenant(
        tenantA,
        `insert into memberships (tenant_id, id, user_id, role) values ($1, gen_random_uuid(), $2, 'owner')`,
        [tenantB, userOfB],
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("with tenant A's context, tenant B's rows cannot be updated or deleted", async () => {
    const updated = await asTenant(tenantA, `update memberships set role = 'owner' where tenant_id = $1 returning id`, [
      tenantB,
    ]);
    const deleted = await asTenant(tenantA, `delete from memberships where tenant_id = $1 returning id`, [tenantB]);
    // TypeORM answers an UPDATE/DELETE with [returned rows, affected count].
    expect(updated).toEqual([[], 0]);
    expect(deleted).toEqual([[], 0]);
    expect(await asTenant(tenantB, `select id from memberships where role = 'mechanic'`)).toHaveLength(2);
  });

  it('with no tenant context, the application role sees nothing', async () => {
    const counts = await h.dataSource.query(
      `select (select count(*) from tenants)::int as tenants, (select count(*) from memberships)::int as memberships,
              (select count(*) from sessions)::int as sessions, (select count(*) from refresh_tokens)::int as refresh_tokens`,
    );
    expect(counts).toEqual([{ tenants: 0, memberships: 0, sessions: 0, refresh_tokens: 0 }]);
    // The rows are there: a superuser sees them.
    const total = await withAdminClient((client) =>
      client.query<{ n: number }>('select count(*)::int as n from memberships'),
    );
    expect(total.rows[0]!.n).toBeGreaterThanOrEqual(3);
  });

  it('refuses to open a tenant transaction without a tenant context', async () => {
    await expect(h.db.transaction(() => Promise.resolve(1))).rejects.toThrow(MissingTenantContextError);
  });

  it('a nested transaction joins the open one, and no code inside it can switch tenants', async () => {
    const sameConnection = await h.tenants.run(tenantA, () =>
      h.db.transaction(async (outer) => {
        const inner = await h.db.transaction((manager) => Promise.resolve(manager));
        return inner === outer;
      }),
    );
    expect(sameConnection).toBe(true);
    await expect(
      h.tenants.run(tenantA, () =>
        h.db.transaction(() => h.tenants.run(tenantB, () => h.db.transaction(() => Promise.resolve()))),
      ),
    ).rejects.toThrow(/another tenant/);
  });
});

describe('tenant context on a pool of one connection', () => {
  let h: Harness;
  let tenants: [string, string];

  beforeAll(async () => {
    h = await harness(1);
    tenants = [await createTenant(h, 'Charlie'), await createTenant(h, 'Delta')];
  });

  afterAll(() => h.close());

  it('1,000 alternating-tenant transactions never leak one tenant into the next', async () => {
    const leaks: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const tenantId = tenants[i % 2]!;
      const seen = await h.tenants.run(tenantId, () =>
        h.db.transaction((manager) =>
          manager.query(`select current_setting('app.tenant_id') as setting, array(select id from tenants) as ids`),
        ),
      );
      const row = (seen as { setting: string; ids: string[] }[])[0]!;
      if (row.setting !== tenantId || row.ids.length !== 1 || row.ids[0] !== tenantId) leaks.push(`#${i}`);
      // Between transactions the single pooled connection carries no tenant at all.
      const [after] = await h.dataSource.query<{ setting: string }[]>(
        `select coalesce(current_setting('app.tenant_id', true), '') as setting`,
      );
      if (after!.setting !== '') leaks.push(`#${i} after`);
    }
    expect(leaks).toEqual([]);
  });

  it('a failed transaction does not leave its tenant on the connection', async () => {
    await expect(
      h.tenants.run(tenants[0], () => h.db.transaction((manager) => manager.query('select 1/0'))),
    ).rejects.toThrow();
    const [after] = await h.dataSource.query<{ setting: string }[]>(
      `select coalesce(current_setting('app.tenant_id', true), '') as setting`,
    );
    expect(after!.setting).toBe('');
  });
});
