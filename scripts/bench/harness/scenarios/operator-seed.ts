// The platform at operator scale, in bulk SQL as the superuser: workshops signed up over two
// years (an owner each, a second staff member in one of three, the owner verified in four of
// five), vehicles, repair orders and mails over the last 60 days (a few workshops far busier:
// random()^3), two sessions per member; history before yesterday folded into tenant_usage_daily
// by one aggregate (what the rollup would have written day by day). The rollup itself then runs
// for today as the application role, timed (operator-tenants.ts).
import { Client } from 'pg';
import { withAdmin } from '../postgres';

export interface OperatorSizes {
  readonly workshops: number;
  /** Averages per workshop. */
  readonly vehicles: number;
  readonly orders: number;
  readonly mails: number;
}

export interface OperatorCounts {
  readonly tenants: number;
  readonly vehicles: number;
  readonly orders: number;
  readonly mails: number;
  readonly daily: number;
}

// Activity over the last 60 days.
const SPREAD = `now() - (random() * 60) * interval '1 day'`;
// How many of something each workshop has: drawn per workshop (a select list is evaluated per row;
// a function's argument beside the table would be drawn once for all), averaging $1.
const PER_WORKSHOP = `(select id, name, greatest(1, (random() ^ 3 * 4 * $1)::int) as n from tenants)`;

export async function seedPlatform(adminDbUrl: string, sizes: OperatorSizes): Promise<void> {
  await withAdmin(adminDbUrl, async (admin) => {
    await admin.query(
      `insert into tenants (id, name, slug, time_zone, country, locale, currency, wrapped_data_key, data_key_wrapped_by,
                            created_at)
       select gen_random_uuid(),
              case when i % 10 = 0 then 'Auto ' else 'Garage ' end || 'Workshop ' || i,
              'workshop-' || lpad(i::text, 5, '0'), 'Europe/Warsaw', 'PL', 'pl', 'PLN', '\\x00', 'k1',
              now() - (random() * 730) * interval '1 day'
         from generate_series(1, $1) i`,
      [sizes.workshops],
    );
    await admin.query(
      `insert into users (id, email, name, password_hash, email_verified_at)
       select gen_random_uuid(), 'owner-' || t.slug || '@bench.test', 'Owner', 'x',
              case when random() < 0.8 then t.created_at end
         from tenants t`,
    );
    await admin.query(
      `insert into memberships (tenant_id, user_id, role)
       select t.id, u.id, 'owner' from tenants t join users u on u.email = 'owner-' || t.slug || '@bench.test'`,
    );
    await admin.query(
      `with staff as (
         insert into users (id, email, name, password_hash, email_verified_at)
         select gen_random_uuid(), 'staff-' || t.slug || '@bench.test', 'Staff', 'x', now()
           from tenants t where abs(hashtext(t.slug)) % 3 = 0
         returning id, email)
       insert into memberships (tenant_id, user_id, role)
       select t.id, s.id, 'mechanic' from staff s join tenants t on s.email = 'staff-' || t.slug || '@bench.test'`,
    );
    await admin.query(
      `insert into vehicles (tenant_id, id, make, model, created_at)
       select t.id, gen_random_uuid(), 'Skoda', 'Octavia', ${SPREAD}
         from ${PER_WORKSHOP} t, generate_series(1, t.n)`,
      [sizes.vehicles],
    );
    await admin.query(
      `insert into repair_orders (tenant_id, id, vehicle_id, currency, number, created_at)
       select v.tenant_id, gen_random_uuid(), v.id, 'PLN', row_number() over (partition by v.tenant_id), ${SPREAD}
         from vehicles v where random() < $1::float / $2`,
      [sizes.orders, sizes.vehicles],
    );
    await admin.query(
      `insert into mail_messages (tenant_id, id, idempotency_key, template, locale, recipient_email, workshop_name,
                                  status, created_at)
       select t.id, gen_random_uuid(), 'bench-' || g, 'booking_confirmation', 'pl', 'c@bench.test', t.name,
              case when random() < 0.05 then 'failed' else 'sent' end, ${SPREAD}
         from ${PER_WORKSHOP} t, generate_series(1, t.n) g`,
      [sizes.mails],
    );
    await admin.query(
      `insert into sessions (tenant_id, user_id, expires_at, created_at, last_seen_at)
       select m.tenant_id, m.user_id, now() + interval '1 day', x.at, x.at
         from memberships m, lateral (select ${SPREAD} as at from generate_series(1, 2)) x`,
    );
    // Relayed long ago: the bench measures the list, not a search backlog.
    await admin.query('delete from search_outbox');
    await admin.query('analyze');
  });
}

/** What the rollup would have written for each day before yesterday, one aggregate over all tables. */
export async function backfillHistory(adminDbUrl: string): Promise<void> {
  const day = (column: string) => `(${column} at time zone 'UTC')::date`;
  await withAdmin(adminDbUrl, (admin) =>
    admin.query(
      `insert into tenant_usage_daily (tenant_id, day, vehicles_created, orders_created, mails_sent, mails_failed,
                                       active_staff)
       select tenant_id, day, sum(v)::int, sum(o)::int, sum(s)::int, sum(f)::int, sum(a)::int
         from (select tenant_id, ${day('created_at')} as day, 1 as v, 0 as o, 0 as s, 0 as f, 0 as a from vehicles
               union all select tenant_id, ${day('created_at')}, 0, 1, 0, 0, 0 from repair_orders
               union all select tenant_id, ${day('created_at')}, 0, 0, (status = 'sent')::int, (status = 'failed')::int, 0
                           from mail_messages
               union all select tenant_id, ${day('last_seen_at')}, 0, 0, 0, 0, 1 from sessions) x
        where day < (current_date at time zone 'UTC')::date - 1
        group by tenant_id, day`,
    ),
  );
}

/** The worker's rollup of today and yesterday as the application role: workshops visited, ms. */
export async function timedRollup(appUrl: string): Promise<{ workshops: number; ms: number }> {
  const client = new Client({ connectionString: appUrl });
  await client.connect();
  try {
    const started = process.hrtime.bigint();
    const { rows } = await client.query<{ visited: number }>(
      `select platform_usage_rollup((now() at time zone 'UTC')::date) as visited`,
    );
    return { workshops: Number(rows[0]?.visited), ms: Number(process.hrtime.bigint() - started) / 1e6 };
  } finally {
    await client.end();
  }
}

export function platformCounts(adminDbUrl: string): Promise<OperatorCounts> {
  return withAdmin(adminDbUrl, async (admin) => {
    await admin.query('analyze tenant_usage_daily, tenant_usage_current');
    const { rows } = await admin.query<OperatorCounts>(
      `select (select count(*) from tenants)::int as tenants, (select count(*) from vehicles)::int as vehicles,
              (select count(*) from repair_orders)::int as orders, (select count(*) from mail_messages)::int as mails,
              (select count(*) from tenant_usage_daily)::int as daily`,
    );
    return rows[0]!;
  });
}
