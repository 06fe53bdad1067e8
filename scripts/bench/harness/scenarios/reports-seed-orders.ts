// The measured workshop's year of work in bulk SQL (its part of one seeding transaction):
// mechanics, clients and their cars, orders spread evenly over the days from `yearStart`, opened
// 07:00-17:00 local time. Order n: mechanic n mod M; labour 0.5-2.25 h at 150.00/h by that
// mechanic; a part; every third a fee at 8 %; every fourth a second labour line nobody answers
// for, every eighth of those declined. The last week's orders are still open (spread over the
// open statuses), one in fifty earlier is cancelled, one in thirty-three invoiced and unpaid, the
// rest paid; n mod 50 = 7 is credited (reports-seed-documents.ts). Each order's labour line has
// one time entry of its mechanic, in slots that never overlap (the table's exclusion constraint).
import { OPEN_STATUSES } from '@pitlane/repairs';
import {
  DAYS,
  FEES,
  FIRST_NAMES,
  LAST_NAMES,
  type Query,
  SERVICES,
  type WorkshopPlan,
  ZONE,
} from './reports-seed-data';

export async function seedOrders(q: Query, plan: WorkshopPlan): Promise<void> {
  const { tenantId, orders, clients, mechanics, yearStart, currency } = plan;
  const perMechanicPerDay = Math.ceil(orders / DAYS / mechanics) + 1;
  const slotMinutes = Math.min(40, Math.floor(600 / perMechanicPerDay));
  if (slotMinutes < 5) throw new Error('too many orders per mechanic and day for non-overlapping clocks');
  const openFromDay = DAYS - 7;

  // Mechanics: users and memberships (they never log in).
  await q(
    `create temp table bench_mechanics on commit drop as
           select m - 1 as m, gen_random_uuid() as id from generate_series(1, $1::int) m`,
    [mechanics],
  );
  await q(
    `insert into users (id, email, name, password_hash, email_verified_at)
     select id, 'mechanic-' || id || '@bench-reports.pitlane.test',
            (array['Adam','Bartek','Cezary','Dorota','Edyta','Filip','Grzegorz','Hanna','Igor','Julia'])[1 + m % 10]
              || ' Mechanic ' || (m + 1), 'not-a-password-hash', now()
       from bench_mechanics`,
  );
  await q(`insert into memberships (tenant_id, user_id, role) select $1::uuid, id, 'mechanic' from bench_mechanics`, [
    tenantId,
  ]);

  await q(
    `create temp table bench_clients on commit drop as
     select n, gen_random_uuid() as id from generate_series(1, $1::int) n`,
    [clients],
  );
  await q(
    `insert into clients (tenant_id, id, first_name, last_name, email)
     select $1::uuid, id, ($2::text[])[1 + n % array_length($2::text[], 1)],
            ($3::text[])[1 + (n / 8) % array_length($3::text[], 1)] || ' ' || n, 'client-' || n || '@bench.test'
       from bench_clients`,
    [tenantId, FIRST_NAMES, LAST_NAMES],
  );
  await q(`analyze bench_clients`);
  // One car per client and a second for every fifth.
  await q(
    `create temp table bench_vehicles on commit drop as
     select row_number() over (order by c.n, k) as n, gen_random_uuid() as id, c.id as client_id
       from bench_clients c cross join generate_series(1, 2) k
      where k = 1 or c.n % 5 = 0`,
  );
  await q(
    `insert into vehicles (tenant_id, id, client_id, make, model, plate, plate_normalized)
     select $1::uuid, id, client_id, 'Skoda', (array['Octavia','Fabia','Superb','Kodiaq'])[1 + n % 4],
            'WB ' || n, 'WB' || n
       from bench_vehicles`,
    [tenantId],
  );
  await q(`analyze bench_vehicles`);

  await q(
    `create temp table bench_orders on commit drop as
     with numbered as (
       select n, ((n - 1)::bigint * $2::int / $1::int)::int as day from generate_series(1, $1::int) n
     )
     select o.n, o.day, gen_random_uuid() as id, v.id as vehicle_id, v.client_id,
            m.id as mechanic_id, (o.n - 1) / $3::int as k,
            (($4::date + o.day)::timestamp + make_interval(mins => 420 + (o.n * 7919) % 600)) at time zone $5::text as opened_at,
            case when o.day >= $6::int then ($7::text[])[1 + o.n % array_length($7::text[], 1)]
                 when o.n % 50 = 0 then 'cancelled'
                 when o.n % 33 = 0 then 'invoiced'
                 else 'paid' end as status,
            o.n % 50 = 7 and o.day < $6::int as credited
       from numbered o
       join bench_vehicles v on v.n = 1 + (o.n * 7) % (select count(*) from bench_vehicles)
       join bench_mechanics m on m.m = (o.n - 1) % $3::int`,
    [orders, DAYS, mechanics, yearStart, ZONE, openFromDay, OPEN_STATUSES],
  );
  await q(`analyze bench_orders`);
  await q(
    `insert into repair_orders (tenant_id, id, number, vehicle_id, client_id, status, currency, mileage_in, complaint,
       status_changed_at, created_at, updated_at)
     select $1::uuid, id, n, vehicle_id, client_id, status, $2::text, 50000 + (n * 37) % 200000, 'Customer complaint ' || n,
            opened_at + interval '1 day', opened_at, opened_at + interval '1 day'
       from bench_orders`,
    [tenantId, currency],
  );
  // The fresh workshop's orders are numbered 1..orders; the counter continues from there.
  await q(`insert into repair_order_counters (tenant_id, last_number) values ($1, $2)`, [tenantId, orders]);
  await q(
    `insert into repair_order_mechanics (tenant_id, order_id, user_id, assigned_at)
     select $1::uuid, id, mechanic_id, opened_at from bench_orders`,
    [tenantId],
  );

  // Lines: (tenant, order, position) with net = round half up (quantity x price / 100).
  await q(
    `create temp table bench_lines on commit drop as
     select o.n, o.id as order_id, l.position, l.kind, l.description, l.quantity, l.price, l.rate, l.mechanic_id,
            l.approval, (l.quantity::bigint * l.price + 50) / 100 as net, gen_random_uuid() as id
       from bench_orders o
       cross join lateral (values
         (1, 'labour', ($1::text[])[1 + (o.n * 13) % array_length($1::text[], 1)], 50 + (o.n * 17) % 8 * 25, 15000,
          2300, o.mechanic_id, 'approved'),
         (2, 'part', 'Part ' || (o.n * 31) % 200, 100 * (1 + o.n % 3), 2000 + (o.n * 37) % 50 * 500, 2300,
          null::uuid, 'approved'),
         (3, 'fee', ($2::text[])[1 + (o.n / 3) % array_length($2::text[], 1)], 100, 3000, 800, null::uuid,
          case when o.n % 3 = 0 then 'approved' end),
         (4, 'labour', ($1::text[])[1 + (o.n * 7) % array_length($1::text[], 1)], 25 + (o.n * 11) % 4 * 25, 15000,
          2300, null::uuid, case when o.n % 4 = 0 then (case when o.n % 8 = 0 then 'declined' else 'approved' end) end)
       ) as l(position, kind, description, quantity, price, rate, mechanic_id, approval)
      where l.approval is not null`,
    [SERVICES, FEES],
  );
  await q(`create index on bench_lines (order_id, position)`);
  await q(`analyze bench_lines`);
  await q(
    `insert into repair_order_lines (tenant_id, id, order_id, position, kind, description, quantity_hundredths,
       unit_price_minor, vat_rate_bp, net_minor, mechanic_user_id, approval)
     select $1::uuid, id, order_id, position, kind, description, quantity, price, rate, net, mechanic_id, approval
       from bench_lines`,
    [tenantId],
  );
  await q(
    `insert into time_entries (tenant_id, id, order_id, line_id, user_id, started_at, stopped_at, stopped_by)
     select $1::uuid, gen_random_uuid(), o.id, l.id, o.mechanic_id, s.started_at, s.started_at + make_interval(mins => $4::int - 5),
            'mechanic'
       from bench_orders o
       join bench_lines l on l.order_id = o.id and l.position = 1
       cross join lateral (select (($2::date + o.day)::timestamp + make_interval(mins => 420 + (o.k % $3::int) * $4::int))
                                  at time zone $5::text as started_at) s
      where o.status <> 'cancelled'`,
    [tenantId, yearStart, perMechanicPerDay, slotMinutes, ZONE],
  );
}
