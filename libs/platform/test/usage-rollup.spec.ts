import { createAppDataSource, SystemDatabase, ValidationFailedError } from '@pitlane/core';
import pino from 'pino';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { OperatorDatabase } from '../src/operator-database';
import { PlatformUsage } from '../src/platform-usage';
import { TenantDirectory } from '../src/tenant-directory';
import { utcDay } from '../src/usage-days';
import { UsageRollup } from '../src/usage-rollup';
import { createIsolatedDatabase, IsolatedDatabase } from '../../../test/support/isolated-database';
import { testConfig } from '../../../test/support/test-config';
import { UNCOUNTED_USAGE } from '../../../test/support/uncounted-usage';

const ALPHA = 'a1a1a1a1-0000-4000-8000-000000000001';
const BETA = 'b2b2b2b2-0000-4000-8000-000000000002';
const OWNER_A = 'a1a1a1a1-0000-4000-8000-0000000000aa';
const MANAGER_A = 'a1a1a1a1-0000-4000-8000-0000000000ab';
const OWNER_B = 'b2b2b2b2-0000-4000-8000-0000000000bb';

const DAY_MS = 86_400_000;
const today = utcDay();
const daysAgo = (days: number): string => utcDay(new Date(Date.parse(`${today}T00:00:00Z`) - days * DAY_MS));
/** Noon UTC of a day: inside it whatever the server's time zone. */
const noon = (day: string): string => `${day}T12:00:00Z`;
/** The Monday of a day's ISO week. */
const mondayOf = (day: string): string => {
  const time = Date.parse(`${day}T00:00:00Z`);
  return utcDay(new Date(time - ((new Date(time).getUTCDay() + 6) % 7) * DAY_MS));
};

/**
 * Two workshops seeded as the superuser, in a database of their own (the rollup visits every
 * workshop, and signups and active weeks count them all): Alpha busy today, yesterday, 10 and
 * 40 days ago; Beta signed up, never verified, never active.
 */
async function seed(admin: Client): Promise<void> {
  await admin.query(
    `insert into tenants (id, name, slug, time_zone, country, locale, currency, wrapped_data_key, data_key_wrapped_by, created_at)
     values ($1, 'Alpha Motors', 'alpha-motors', 'Europe/Warsaw', 'PL', 'pl', 'PLN', '\\x00', 'k1', $3),
            ($2, 'Beta Garage', 'beta-garage', 'Europe/Copenhagen', 'DK', 'da', 'DKK', '\\x00', 'k1', $4)`,
    [ALPHA, BETA, noon(daysAgo(3)), noon(daysAgo(1))],
  );
  await admin.query(
    `insert into users (id, email, name, password_hash, email_verified_at)
     values ($1, 'owner@alpha.test', 'Owner A', 'x', now()), ($2, 'manager@alpha.test', 'Manager A', 'x', now()),
            ($3, 'owner@beta.test', 'Owner B', 'x', null)`,
    [OWNER_A, MANAGER_A, OWNER_B],
  );
  await admin.query(
    `insert into memberships (tenant_id, user_id, role)
     values ($1, $2, 'owner'), ($1, $3, 'manager'), ($4, $5, 'owner')`,
    [ALPHA, OWNER_A, MANAGER_A, BETA, OWNER_B],
  );
  await admin.query(
    `insert into clients (tenant_id, id, first_name, last_name) values ($1, gen_random_uuid(), 'Jan', 'Kowalski')`,
    [BETA],
  );
  await vehicles(admin, ALPHA, today, 3);
  await vehicles(admin, ALPHA, daysAgo(1), 1);
  await vehicles(admin, ALPHA, daysAgo(10), 5);
  await vehicles(admin, ALPHA, daysAgo(40), 7);
  const vehicle = (await admin.query<{ id: string }>(`select id from vehicles where tenant_id = $1 limit 1`, [ALPHA]))
    .rows[0]!.id;
  await admin.query(
    `insert into repair_orders (tenant_id, id, vehicle_id, currency, number, created_at)
     values ($1, gen_random_uuid(), $2, 'PLN', 1, $3), ($1, gen_random_uuid(), $2, 'PLN', 2, $3)`,
    [ALPHA, vehicle, noon(today)],
  );
  const order = (
    await admin.query<{ id: string }>(`select id from repair_orders where tenant_id = $1 limit 1`, [ALPHA])
  ).rows[0]!.id;
  await admin.query(
    `insert into invoices (tenant_id, id, kind, number, year, sequence, repair_order_id, vehicle_id, currency, locale, time_zone,
                           issued_at, issue_date, sale_date, due_date, net_minor, vat_minor, gross_minor, seller, buyer, vehicle)
     values ($1, gen_random_uuid(), 'invoice', $4 || '/000001', $4::integer, 1, $2, $3, 'PLN', 'pl', 'Europe/Warsaw',
             $5, $6::date, $6::date, $6::date, 1000, 230, 1230, '{}', '{}', '{}')`,
    [ALPHA, order, vehicle, today.slice(0, 4), noon(today), today],
  );
  await admin.query(
    `insert into mail_messages (tenant_id, id, idempotency_key, template, locale, recipient_email, workshop_name, status, created_at)
     values ($1, gen_random_uuid(), 'k1', 'booking_confirmation', 'pl', 'c1@example.test', 'Alpha Motors', 'sent', $2),
            ($1, gen_random_uuid(), 'k2', 'booking_confirmation', 'pl', 'c2@example.test', 'Alpha Motors', 'sent', $2),
            ($1, gen_random_uuid(), 'k3', 'booking_reminder', 'pl', 'c3@example.test', 'Alpha Motors', 'failed', $2),
            ($1, gen_random_uuid(), 'k4', 'booking_reminder', 'pl', 'c4@example.test', 'Alpha Motors', 'queued', $2)`,
    [ALPHA, noon(today)],
  );
  await admin.query(
    `insert into sessions (tenant_id, user_id, expires_at, created_at, last_seen_at)
     values ($1, $2, now() + interval '1 day', $4, $4), ($1, $3, now() + interval '1 day', $4, $4),
            ($1, $2, now() + interval '1 day', $5, $5)`,
    [ALPHA, OWNER_A, MANAGER_A, noon(today), noon(daysAgo(1))],
  );
}

async function vehicles(admin: Client, tenant: string, day: string, count: number): Promise<void> {
  await admin.query(
    `insert into vehicles (tenant_id, id, make, model, created_at)
     select $1, gen_random_uuid(), 'Skoda', 'Octavia', $2::timestamptz from generate_series(1, $3)`,
    [tenant, noon(day), count],
  );
}

describe('daily usage rollups and the operator read model', () => {
  let database: IsolatedDatabase;
  let admin: Client;
  let appDataSource: DataSource;
  let operator: OperatorDatabase;
  let rollup: UsageRollup;
  let directory: TenantDirectory;
  let platform: PlatformUsage;

  /** The daily rows of a workshop as the rollup left them (without the run's timestamp). */
  const dailyRows = async (tenant: string): Promise<Record<string, unknown>[]> =>
    (
      await admin.query<Record<string, unknown>>(
        `select to_char(day, 'YYYY-MM-DD') as day, vehicles_created, orders_created, invoices_issued, mails_sent,
                mails_failed, active_staff
           from tenant_usage_daily where tenant_id = $1 order by day`,
        [tenant],
      )
    ).rows;

  beforeAll(async () => {
    database = await createIsolatedDatabase();
    admin = new Client({ connectionString: database.adminUrl });
    await admin.connect();
    await seed(admin);
    appDataSource = createAppDataSource({
      url: database.appUrl,
      poolMax: 2,
      entities: [],
      applicationName: 'pitlane-test-rollup',
    });
    await appDataSource.initialize();
    rollup = new UsageRollup(new SystemDatabase(appDataSource), pino({ level: 'silent' }));
    operator = new OperatorDatabase(
      testConfig({ DATABASE_URL: database.appUrl, OPERATOR_DATABASE_URL: database.operatorUrl }),
    );
    directory = new TenantDirectory(operator);
    platform = new PlatformUsage(operator);
    // As the schedule would have: 40 and 10 days ago, then today.
    for (const day of [daysAgo(40), daysAgo(10), today]) await rollup.rollUp(day);
  }, 120_000);

  afterAll(async () => {
    await operator?.onApplicationShutdown();
    await appDataSource?.destroy();
    await admin?.end();
    await database?.drop();
  });

  it('counts each day where it happened, as the worker (application role) runs it', async () => {
    expect(await dailyRows(ALPHA)).toEqual([
      {
        day: daysAgo(40),
        vehicles_created: 7,
        orders_created: 0,
        invoices_issued: 0,
        mails_sent: 0,
        mails_failed: 0,
        active_staff: 0,
      },
      {
        day: daysAgo(10),
        vehicles_created: 5,
        orders_created: 0,
        invoices_issued: 0,
        mails_sent: 0,
        mails_failed: 0,
        active_staff: 0,
      },
      {
        day: daysAgo(1),
        vehicles_created: 1,
        orders_created: 0,
        invoices_issued: 0,
        mails_sent: 0,
        mails_failed: 0,
        active_staff: 1,
      },
      {
        day: today,
        vehicles_created: 3,
        orders_created: 2,
        invoices_issued: 1,
        mails_sent: 2,
        mails_failed: 1,
        active_staff: 2,
      },
    ]);
    // A workshop with nothing to count gets no daily rows at all.
    expect(await dailyRows(BETA)).toEqual([]);
  });

  it('lists the workshops with their totals, 30-day sums, verification and activity', async () => {
    const page = await directory.list({ page: 1, limit: 20, sort: 'name' });
    expect(page.total).toBe(2);
    expect(page.items.map((item) => item.slug)).toEqual(['alpha-motors', 'beta-garage']);
    const [alpha, beta] = page.items;
    expect(alpha).toMatchObject({
      tenantId: ALPHA,
      name: 'Alpha Motors',
      status: 'active',
      staffCount: 2,
      vehicles: 16,
      orders: 2,
      invoices: 1,
      vehicles30d: 9,
      orders30d: 2,
      invoices30d: 1,
      mailsSent30d: 2,
      mailsFailed30d: 1,
      lastActivityAt: new Date(noon(today)),
    });
    expect(alpha!.verifiedAt).toBeInstanceOf(Date);
    expect(alpha!.usageRolledUpAt).toBeInstanceOf(Date);
    expect(beta).toMatchObject({
      tenantId: BETA,
      verifiedAt: null,
      staffCount: 1,
      clients: 1,
      vehicles: 0,
      vehicles30d: 0,
      lastActivityAt: null,
    });
    // Both counted: numbers, not the null of a workshop not counted yet.
    expect(alpha!.storageBytes).toBeGreaterThan(beta!.storageBytes ?? Number.POSITIVE_INFINITY);
    expect(beta!.storageBytes).toBeGreaterThan(0);
  });

  it('searches by name or slug, sorts by the usage columns and pages', async () => {
    expect((await directory.list({ page: 1, limit: 20, search: 'BETA' })).items.map((item) => item.slug)).toEqual([
      'beta-garage',
    ]);
    expect((await directory.list({ page: 1, limit: 20, search: 'motors' })).items.map((item) => item.slug)).toEqual([
      'alpha-motors',
    ]);
    // LIKE's wildcards are searched for as themselves.
    expect((await directory.list({ page: 1, limit: 20, search: '%' })).total).toBe(0);
    expect((await directory.list({ page: 1, limit: 20, sort: '-vehicles30d' })).items[0]?.slug).toBe('alpha-motors');
    expect((await directory.list({ page: 1, limit: 20, sort: 'staffCount' })).items[0]?.slug).toBe('beta-garage');
    // Never verified sorts last either way.
    expect((await directory.list({ page: 1, limit: 20, sort: '-verifiedAt' })).items[0]?.slug).toBe('alpha-motors');
    expect((await directory.list({ page: 1, limit: 20, sort: 'verifiedAt' })).items[0]?.slug).toBe('alpha-motors');
    const second = await directory.list({ page: 2, limit: 1, sort: '-createdAt' });
    expect({ total: second.total, slugs: second.items.map((item) => item.slug) }).toEqual({
      total: 2,
      slugs: ['alpha-motors'],
    });
    await expect(directory.list({ page: 1, limit: 20, sort: 'vin' })).rejects.toThrow(ValidationFailedError);
  });

  describe('a workshop that signed up since the last rollup', () => {
    const GAMMA = 'c3c3c3c3-0000-4000-8000-000000000003';

    beforeAll(async () => {
      await admin.query(
        `insert into tenants (id, name, slug, time_zone, country, locale, currency, wrapped_data_key, data_key_wrapped_by)
         values ($1, 'Gamma Service', 'gamma-service', 'Europe/Copenhagen', 'DK', 'da', 'DKK', '\\x00', 'k1')`,
        [GAMMA],
      );
      await vehicles(admin, GAMMA, today, 4);
    });

    afterAll(async () => {
      // The later tests count two workshops again.
      await admin.query('delete from vehicles where tenant_id = $1', [GAMMA]);
      await admin.query('delete from tenants where id = $1', [GAMMA]);
    });

    it('has every rolled-up figure null, not 0, and no rollup time', async () => {
      expect(await directory.get(GAMMA)).toMatchObject({
        slug: 'gamma-service',
        ...UNCOUNTED_USAGE,
        lastActivityAt: null,
      });
    });

    it.each(['vehicles30d', '-vehicles30d', 'storageBytes', '-storageBytes', 'staffCount', '-mailsFailed30d'])(
      'sorts last by %s, whichever the direction',
      async (sort) => {
        const page = await directory.list({ page: 1, limit: 20, sort });
        expect(page.items.map((item) => item.slug).at(-1)).toBe('gamma-service');
        expect(page.items).toHaveLength(3);
      },
    );

    it('sorts by the columns known from signup as any other workshop', async () => {
      const newest = await directory.list({ page: 1, limit: 20, sort: '-createdAt' });
      expect(newest.items[0]?.slug).toBe('gamma-service');
    });
  });

  it('is idempotent: a rerun writes the same rows, and a later change is counted on the next run', async () => {
    const before = await dailyRows(ALPHA);
    await rollup.rollUp(today);
    expect(await dailyRows(ALPHA)).toEqual(before);
    await vehicles(admin, ALPHA, today, 2);
    await rollup.rollUp(today);
    const after = await dailyRows(ALPHA);
    expect(after.find((row) => row.day === today)).toMatchObject({ vehicles_created: 5 });
    expect(await directory.get(ALPHA)).toMatchObject({ vehicles: 18, vehicles30d: 11 });
  });

  it('gives a workshop usage per day with gaps as zeros, and its recent problems', async () => {
    const usage = await directory.usage(ALPHA, daysAgo(2), today);
    expect(usage.map((day) => [day.day, day.vehiclesCreated, day.activeStaff])).toEqual([
      [daysAgo(2), 0, 0],
      [daysAgo(1), 1, 1],
      [today, 5, 2],
    ]);
    const outbox = Number(
      (await admin.query<{ n: string }>(`select count(*) as n from search_outbox where tenant_id = $1`, [ALPHA]))
        .rows[0]!.n,
    );
    expect(outbox).toBeGreaterThan(0);
    expect(await directory.problems(ALPHA)).toMatchObject({
      failedMails: [{ template: 'booking_reminder', failed: 1 }],
      outboxPending: outbox,
      mailsQueued: 1,
    });
    expect(await directory.problems(BETA)).toMatchObject({ failedMails: [], mailsQueued: 0 });
    expect(await directory.get('00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await directory.get('not-a-uuid')).toBeNull();
    await expect(directory.usage(ALPHA, today, daysAgo(1))).rejects.toThrow(ValidationFailedError);
    await expect(directory.usage(ALPHA, '2026-02-30', today)).rejects.toThrow(ValidationFailedError);
  });

  it('counts signups per day, active workshops per week and the platform health', async () => {
    expect(await platform.signupsPerDay(daysAgo(3), today)).toEqual([
      { day: daysAgo(3), signups: 1 },
      { day: daysAgo(2), signups: 0 },
      { day: daysAgo(1), signups: 1 },
      { day: today, signups: 0 },
    ]);
    const weeks = await platform.activeWorkshopsPerWeek(8, today);
    expect(weeks).toHaveLength(8);
    expect(weeks.at(-1)).toEqual({ week: mondayOf(today), activeWorkshops: 1 });
    expect(weeks.find((week) => week.week === mondayOf(daysAgo(10)))).toEqual({
      week: mondayOf(daysAgo(10)),
      activeWorkshops: 1,
    });
    expect(weeks.reduce((sum, week) => sum + week.activeWorkshops, 0)).toBe(
      new Set([mondayOf(today), mondayOf(daysAgo(1)), mondayOf(daysAgo(10)), mondayOf(daysAgo(40))]).size,
    );
    // The relay has been stuck for an hour.
    await admin.query(`update search_outbox set created_at = now() - interval '1 hour'`);
    const health = await platform.health();
    expect(health.mailsQueued).toBe(1);
    expect(health.outboxPending).toBeGreaterThan(0);
    expect(health.outboxLagSeconds).toBeGreaterThanOrEqual(3600);
    expect(health.databaseBytes).toBeGreaterThan(1_000_000);
    expect(health.usageRolledUpAt).toBeInstanceOf(Date);
  });
});
