import { TestApi, TestResponse, withAdminClient, Workshop } from '../../../test/support/test-api';
import { ReportFixture, seedReportFixture } from './repairs-reports-fixtures';

/**
 * Reports and isolation: workshops A and B hold the same invoices, clocks and orders (the
 * hand-computed fixture, each with its own ids and names). Each sees its own numbers once —
 * never the two summed — and nothing of the other; B's staff throwing A's ids at the report
 * routes (path, query) get 404 or 400 with nothing of A; A's rows stay exactly as they were.
 */

type Json = Record<string, unknown>;
type Role = 'owner' | 'manager' | 'mechanic';
const MARCH = 'from=2026-03-01&to=2026-03-31';
const REPORTS = [
  `revenue?${MARCH}`,
  `mechanic-hours?${MARCH}`,
  `top-clients?${MARCH}`,
  `top-services?${MARCH}`,
  'open-orders',
];

async function snapshot(tenantId: string): Promise<Record<string, Json[]>> {
  return withAdminClient(async (client) => {
    const rows = async (sql: string) => (await client.query<Json>(sql, [tenantId])).rows;
    return {
      orders: await rows('select * from repair_orders where tenant_id = $1 order by id'),
      lines: await rows('select * from repair_order_lines where tenant_id = $1 order by id'),
      invoices: await rows('select * from invoices where tenant_id = $1 order by id'),
      invoiceLines: await rows('select * from invoice_lines where tenant_id = $1 order by id'),
      timeEntries: await rows('select * from time_entries where tenant_id = $1 order by id'),
      clients: await rows('select * from clients where tenant_id = $1 order by id'),
      audit: await rows('select * from audit_events where tenant_id = $1 order by id'),
    };
  });
}

describe("repair reports BOLA: workshop B sees its own numbers and nothing of workshop A's", () => {
  let api: TestApi;
  let a: ReportFixture;
  let b: ReportFixture;
  let staffOfB: Record<Role, Workshop>;
  let secretsOfA: string[];
  let before: Record<string, Json[]>;

  beforeAll(async () => {
    api = await TestApi.start();
    a = await seedReportFixture(api, 'Alpha');
    b = await seedReportFixture(api, 'Bravo');
    staffOfB = {
      owner: b.workshop,
      manager: await api.addStaff(b.workshop, 'manager'),
      mechanic: b.mechanicA,
    };
    secretsOfA = [
      a.workshop.tenantId,
      a.clients.anna,
      a.clients.piotr,
      a.mechanicA.userId,
      a.mechanicB.userId,
      ...Object.values(a.names),
    ];
    before = await snapshot(a.workshop.tenantId);
  });

  afterAll(() => api.close());

  const get = (path: string, token: string) => api.request('GET', `/api/v1/reports/${path}`, { token });

  function leaks(response: TestResponse): string[] {
    const { instance: _instance, ...rest } = response.body ?? {};
    const text = JSON.stringify(rest).toLowerCase();
    return secretsOfA.filter((secret) => text.includes(secret.toLowerCase()));
  }

  it('A and B, with identical data, each report the hand-computed March once (not the two summed)', async () => {
    for (const fixture of [a, b]) {
      const revenue = await get(`revenue?${MARCH}`, fixture.workshop.accessToken);
      expect(revenue.body).toMatchObject({ netMinor: 58_498, vatMinor: 12_630, grossMinor: 71_128, invoiceCount: 5 });
      const hours = await get(`mechanic-hours?${MARCH}`, fixture.workshop.accessToken);
      expect(hours.body).toMatchObject({ total: { soldHours: 2.25, clockedHours: 4.25 } });
      const open = await get('open-orders', fixture.workshop.accessToken);
      expect(open.body).toMatchObject({ total: { count: 5, grossMinor: 63_809 } });
    }
  });

  it("B's owner and manager read every report with B's own ids and names only", async () => {
    for (const role of ['owner', 'manager'] as const) {
      for (const path of REPORTS) {
        const response = await get(path, staffOfB[role].accessToken);
        const request = `${path} as ${role}`;
        expect({ request, status: response.status, leaked: leaks(response) }).toEqual({
          request,
          status: 200,
          leaked: [],
        });
      }
    }
    const clients = await get(`top-clients?${MARCH}`, b.workshop.accessToken);
    expect((clients.body as { items: { clientId: string }[] }).items.map((item) => item.clientId).sort()).toEqual(
      [b.clients.anna, b.clients.piotr].sort(),
    );
    const hours = await get(`mechanic-hours?${MARCH}`, b.workshop.accessToken);
    expect((hours.body as { mechanics: { userId: string }[] }).mechanics.map((m) => m.userId)).toEqual([
      b.mechanicA.userId,
      b.mechanicB.userId,
    ]);
  });

  it("A's ids in the path answer 404 and in the query 400, for every role of B, with nothing of A", async () => {
    const attacks: { path: string; expected: number }[] = [
      ...REPORTS.map((path) => {
        const [route, query] = path.split('?');
        return { path: `${route}/${a.workshop.tenantId}${query ? `?${query}` : ''}`, expected: 404 };
      }),
      { path: `revenue?${MARCH}&tenantId=${a.workshop.tenantId}`, expected: 400 },
      { path: `revenue?${MARCH}&workshopId=${a.workshop.tenantId}`, expected: 400 },
      { path: `mechanic-hours?${MARCH}&userId=${a.mechanicA.userId}`, expected: 400 },
      { path: `top-clients?${MARCH}&clientId=${a.clients.anna}`, expected: 400 },
      { path: `top-services?${MARCH}&clientId=${a.clients.piotr}`, expected: 400 },
      { path: `open-orders?tenantId=${a.workshop.tenantId}`, expected: 200 },
    ];
    for (const role of ['mechanic', 'manager', 'owner'] as const) {
      for (const attack of attacks) {
        const response = await get(attack.path, staffOfB[role].accessToken);
        const request = `${attack.path} as ${role}`;
        // A mechanic is refused before the query is looked at (403), or the route is not there.
        const expected = role === 'mechanic' && attack.expected !== 404 ? 403 : attack.expected;
        expect({ request, status: response.status, leaked: leaks(response) }).toEqual({
          request,
          status: expected,
          leaked: [],
        });
      }
    }
  });

  it("B's mechanic gets 403 problem+json on every report", async () => {
    for (const path of REPORTS) {
      const response = await get(path, staffOfB.mechanic.accessToken);
      expect({ path, status: response.status }).toEqual({ path, status: 403 });
      expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
    }
  });

  it('bad dates answer 400 for B as for anyone', async () => {
    for (const path of ['revenue?from=2026-13-01&to=2026-12-31', 'top-clients?from=2026-03-01&to=2027-03-03']) {
      expect((await get(path, b.workshop.accessToken)).status).toBe(400);
    }
  });

  it("the rollup trigger refuses a line of A's invoice inserted in B's transaction, even by a role RLS does not hold", async () => {
    const rollups = (tenantId: string) =>
      withAdminClient(async (client) => {
        const rows = async (sql: string) => (await client.query<Json>(sql, [tenantId])).rows;
        return {
          revenue: await rows('select * from report_revenue_days where tenant_id = $1 order by day, vat_rate_bp'),
          lines: await rows(
            'select * from report_line_days where tenant_id = $1 order by day, kind, service_key, description',
          ),
          mechanics: await rows('select * from report_mechanic_days where tenant_id = $1 order by day, mechanic_key'),
        };
      });
    const beforeA = await rollups(a.workshop.tenantId);
    const beforeB = await rollups(b.workshop.tenantId);
    // The admin connection is a superuser: row-level security does not hold it, only the trigger can.
    const error = await withAdminClient(async (client) => {
      const [invoice] = (
        await client.query<{ id: string }>(
          `select id from invoices where tenant_id = $1 and kind = 'invoice' limit 1`,
          [a.workshop.tenantId],
        )
      ).rows;
      await client.query('begin');
      try {
        await client.query(`select set_config('app.tenant_id', $1, true)`, [b.workshop.tenantId]);
        await client.query(
          `insert into invoice_lines (tenant_id, invoice_id, id, position, kind, description, quantity_hundredths,
             unit_price_minor, vat_rate_bp, net_minor)
           values ($1, $2, gen_random_uuid(), 99, 'fee', 'Planted by B', 100, 1000000, 2300, 1000000)`,
          [a.workshop.tenantId, invoice!.id],
        );
        return null;
      } catch (caught) {
        return (caught as Error).message;
      } finally {
        await client.query('rollback');
      }
    });
    expect(error).toMatch(/only to the workshop of the transaction/);
    expect(await rollups(a.workshop.tenantId)).toEqual(beforeA);
    expect(await rollups(b.workshop.tenantId)).toEqual(beforeB);
  });

  it('reading reports changed no row of workshop A', async () => {
    expect(await snapshot(a.workshop.tenantId)).toEqual(before);
  });
});
