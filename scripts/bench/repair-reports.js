#!/usr/bin/env node
'use strict';
// Repair reports benchmark (issue 7), run by hand with `npm run bench:reports`; never part of
// `npm test` or CI, because timings depend on the machine and asserting on them makes flaky tests.
//
// It makes a throw-away database, signs one workshop (Europe/Warsaw) and BENCH_NOISE_WORKSHOPS
// others up through the real API, then bulk-loads in SQL (generate_series, as the table owner):
// BENCH_ORDERS repair orders spread over the last 365 days with their lines (labour by one of
// BENCH_MECHANICS mechanics, parts, fees at a second VAT rate, some declined), a time entry per
// order, invoices for the invoiced and paid ones, a credit note and a corrected invoice for one
// order in 50, for BENCH_CLIENTS clients; the other workshops get BENCH_NOISE_ORDERS orders
// each of the same shape. It explains every report's SQL as the application role (the plans and
// their Postgres-side times at this size) and then loads each report through the HTTP API with
// autocannon over a month, a quarter and the year, at BENCH_CONNECTIONS and at
// BENCH_LOW_CONNECTIONS connections: p50/p95/p99 (every response timed) and req/s.
// Results go to stdout and to the "Repair reports (issue 7)" section of docs/benchmarks.md.
//
// Knobs (environment): BENCH_DATABASE_URL (a superuser URL; else the machine's Postgres on
// 127.0.0.1:5432 if it answers, else embedded Postgres), BENCH_ORDERS, BENCH_CLIENTS,
// BENCH_MECHANICS, BENCH_NOISE_WORKSHOPS, BENCH_NOISE_ORDERS, BENCH_CONNECTIONS,
// BENCH_LOW_CONNECTIONS, BENCH_DURATION (seconds per measurement), BENCH_WARMUP (seconds).
// Everything it creates (database, roles, the API process, temp files) is removed at the end,
// also on failure and on Ctrl-C.
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const API_MAIN = path.join(ROOT, 'apps', 'api', 'dist', 'main.js');
const REPORT_FILE = path.join(ROOT, 'docs', 'benchmarks.md');
const SECTION_TITLE = '## Repair reports (issue 7)';

if (!fs.existsSync(API_MAIN)) {
  process.stderr.write(
    'apps/api/dist/main.js is missing: run `npm run build` first (`npm run bench:reports` builds for you).\n',
  );
  process.exit(1);
}

const autocannon = require('autocannon');
const { cpuShares, cpuSnapshot, warnIfBusy } = require('./lib/host-cpu');
const { benchSecrets, throwAwayDatabase } = require('./lib/bench-database');
const { startApi } = require('./lib/bench-api');
const { createLifecycle, runMain } = require('./lib/bench-lifecycle');
const { writeSection } = require('./lib/bench-report');
const { describeMachine, startPostgres, withAdmin } = require('./lib/bench-postgres');
const { elapsed, forEachConcurrently, positiveIntFromEnv, range } = require('./lib/bench-run');
const {
  HOURS_SQL,
  OPEN_ORDERS_SQL,
  OPEN_STATUSES,
  REVENUE_SQL,
  TOP_CLIENTS_SQL,
  TOP_SERVICES_SQL,
} = require('@pitlane/repairs');
const { DateTime } = require('luxon');
const { Client } = require('pg');

const settings = {
  orders: positiveIntFromEnv('BENCH_ORDERS', 50_000),
  clients: positiveIntFromEnv('BENCH_CLIENTS', 5_000),
  mechanics: positiveIntFromEnv('BENCH_MECHANICS', 10),
  noiseWorkshops: positiveIntFromEnv('BENCH_NOISE_WORKSHOPS', 20),
  noiseOrders: positiveIntFromEnv('BENCH_NOISE_ORDERS', 2_500),
  connections: positiveIntFromEnv('BENCH_CONNECTIONS', 4),
  lowConnections: positiveIntFromEnv('BENCH_LOW_CONNECTIONS', 1),
  durationSeconds: positiveIntFromEnv('BENCH_DURATION', 10),
  warmupSeconds: positiveIntFromEnv('BENCH_WARMUP', 2),
};
const ZONE = 'Europe/Warsaw';
const DAYS = 365;
const TARGET_P99_MS = 200;
const API_POOL_MAX = 20;
const REQUEST_TIMEOUT_SECONDS = 10;
const EXPLAIN_RUNS = 5;
const SERVICES = [
  'Oil change',
  'Brake pads replacement',
  'Brake discs replacement',
  'Timing belt replacement',
  'Clutch replacement',
  'Air conditioning service',
  'Wheel alignment',
  'Tyre change',
  'Diagnostics',
  'Suspension repair',
  'Exhaust repair',
  'Battery replacement',
  'Spark plugs replacement',
  'Coolant flush',
  'Gearbox oil change',
  'Headlight adjustment',
  'Inspection',
  'Water pump replacement',
  'Shock absorbers replacement',
  'Cabin filter replacement',
];
const FEES = ['Disposal fee', 'Workshop consumables', 'Car wash'];
const FIRST_NAMES = ['Anna', 'Piotr', 'Katarzyna', 'Tomasz', 'Magdalena', 'Jan', 'Ewa', 'Marek'];
const LAST_NAMES = ['Kowalski', 'Nowak', 'Wisniewski', 'Wojcik', 'Kaminski', 'Lewandowski', 'Zielinski'];

const startedAt = Date.now();
const say = (line) => process.stdout.write(`[bench ${elapsed(startedAt)}] ${line}\n`);

const lifecycle = createLifecycle(say);
const { onCleanup } = lifecycle;

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

async function main() {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-bench-'));
  onCleanup('remove temp dir', () => fs.rmSync(tempDir, { recursive: true, force: true }));
  const secrets = benchSecrets();

  say(
    `sizes: ${settings.orders} orders, ${settings.clients} clients, ${settings.mechanics} mechanics over ${DAYS} days; ` +
      `noise: ${settings.noiseWorkshops} workshops x ${settings.noiseOrders} orders; load: ` +
      `${settings.connections} and ${settings.lowConnections} connections, ${settings.durationSeconds} s per measurement`,
  );
  await warnIfBusy(say);
  const postgres = await startPostgres(tempDir, lifecycle, say);
  const { database, appUrl, adminDbUrl } = await throwAwayDatabase(postgres.adminUrl, secrets, lifecycle);
  const machine = await describeMachine(postgres.adminUrl);
  say(`database ${database} on ${postgres.description} (PostgreSQL ${machine.postgresVersion})`);

  const api = await startApi({
    root: ROOT,
    apiMain: API_MAIN,
    env: {
      DATABASE_URL: appUrl,
      DATABASE_POOL_MAX: String(API_POOL_MAX),
      JWT_SECRET: secrets.jwtSecret,
      MASTER_KEY: secrets.masterKey.toString('base64'),
    },
    tempDir,
    lifecycle,
    say,
  });
  const yearEnd = DateTime.now().setZone(ZONE).startOf('day').minus({ days: 1 });
  const yearStart = yearEnd.minus({ days: DAYS - 1 });
  const workshop = await signUp(
    api.baseUrl,
    'Bench Reports Garage',
    'owner@bench-reports.pitlane.test',
    secrets.userPassword,
  );
  const noise = [];
  await forEachConcurrently(range(settings.noiseWorkshops), 4, async (n) => {
    noise.push(
      await signUp(api.baseUrl, `Bench Noise Garage ${n}`, `owner-${n}@bench-noise.pitlane.test`, secrets.userPassword),
    );
  });
  say(`signed up the workshop and ${noise.length} noise workshops through the API`);

  const seedStarted = Date.now();
  const counts = await withAdmin(adminDbUrl, async (admin) => {
    await seedWorkshop(admin, {
      tenantId: workshop.tenantId,
      orders: settings.orders,
      clients: settings.clients,
      mechanics: settings.mechanics,
      yearStart,
      label: 'the workshop',
    });
    for (const [index, other] of noise.entries()) {
      await seedWorkshop(admin, {
        tenantId: other.tenantId,
        orders: settings.noiseOrders,
        clients: Math.max(50, Math.round(settings.noiseOrders / 10)),
        mechanics: 3,
        yearStart,
        label: `noise workshop ${index + 1}/${noise.length}`,
        quiet: true,
      });
    }
    // Insert-only tables get their visibility map set by autovacuum (insert threshold, PG 13+);
    // vacuum now, so the index-only scans measured are the ones a settled database gets.
    await admin.query('vacuum (analyze)');
    return tableCounts(admin, workshop.tenantId);
  });
  const seedSeconds = (Date.now() - seedStarted) / 1000;
  say(`seeded in ${seedSeconds.toFixed(1)} s: ${JSON.stringify(counts)}`);

  const ranges = reportRanges(yearStart, yearEnd);
  const plans = await explainReports(appUrl, workshop.tenantId, ranges, tempDir);

  const phases = [];
  for (const report of REPORTS) {
    for (const rangeKind of report.ranged ? ['month', 'quarter', 'year'] : ['now']) {
      const next = () => ({ path: report.path(pick(ranges[rangeKind] ?? [null])) });
      const probe = await getJson(api.baseUrl, next().path, workshop.token);
      if (!probe) throw new Error(`${report.key} answered nothing`);
      for (const connections of [settings.connections, settings.lowConnections]) {
        phases.push(
          await measure(api, workshop.token, { report: report.key, range: rangeKind, connections }, next, {
            warmup: connections === settings.connections,
          }),
        );
      }
    }
  }

  const report = {
    date: new Date(),
    machine,
    databaseSource: postgres.description,
    seedSeconds,
    counts,
    plans,
    phases,
    yearStart: yearStart.toISODate(),
    yearEnd: yearEnd.toISODate(),
  };
  printReport(report);
  await writeSection(REPORT_FILE, SECTION_TITLE, renderSection(report), say);
  say(`wrote ${path.relative(ROOT, REPORT_FILE)}; cleaning up`);
}

// ---------------------------------------------------------------------------------------------
// Postgres and the API
// ---------------------------------------------------------------------------------------------

async function request(baseUrl, method, route, body, token) {
  const headers = {
    ...(body ? { 'content-type': 'application/json' } : {}),
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
  const response = await fetch(`${baseUrl}${route}`, {
    method,
    headers,
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, text };
}

async function getJson(baseUrl, route, token) {
  const response = await request(baseUrl, 'GET', route, undefined, token);
  if (response.status !== 200)
    throw new Error(`GET ${route} answered ${response.status}: ${response.text.slice(0, 300)}`);
  return response.body;
}

async function signUp(baseUrl, workshopName, email, password) {
  const created = await request(baseUrl, 'POST', '/api/v1/auth/signup', {
    workshopName,
    email,
    password,
    ownerName: 'Bench Owner',
    timezone: ZONE,
    country: 'PL',
  });
  if (created.status !== 201) throw new Error(`signup answered ${created.status}: ${created.text}`);
  return { tenantId: created.body.workshop.id, token: created.body.accessToken };
}

// ---------------------------------------------------------------------------------------------
// Seeding: bulk SQL as the table owner (a superuser: RLS does not apply), one workshop at a time
// ---------------------------------------------------------------------------------------------

/**
 * Orders are spread evenly over the `DAYS` local days from `yearStart`, opened 07:00-17:00 local
 * time. Order n: mechanic n mod M; labour 0.5-2.25 h at 150.00/h by that mechanic; a part; every
 * third a fee at 8 %; every fourth a second labour line nobody answers for, every eighth of
 * those declined. The last week's orders are still open (spread over the open statuses), one in
 * fifty earlier is cancelled, one in thirty-three invoiced and unpaid, the rest paid. One order
 * in fifty (n mod 50 = 7) was invoiced, credited three days later and invoiced again an hour
 * after that. Each order's labour line has one time entry of its mechanic, in slots that never
 * overlap (the table's exclusion constraint would refuse that).
 */
async function seedWorkshop(admin, { tenantId, orders, clients, mechanics, yearStart, label, quiet = false }) {
  const started = Date.now();
  const perMechanicPerDay = Math.ceil(orders / DAYS / mechanics) + 1;
  const slotMinutes = Math.min(40, Math.floor(600 / perMechanicPerDay));
  if (slotMinutes < 5) throw new Error('too many orders per mechanic and day for non-overlapping clocks');
  const openFromDay = DAYS - 7;
  const q = (sql, params = []) =>
    admin.query(sql, params).catch((error) => {
      throw new Error(`${error.message} in: ${sql.trim().split('\n')[0]}`);
    });
  await q('begin');
  await q(`set local synchronous_commit = off`);
  // The report rollups' trigger writes as their owner, under the workshop's RLS context.
  await q(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
  const [{ currency }] = (await q('select currency from tenants where id = $1', [tenantId])).rows;

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
    [orders, DAYS, mechanics, yearStart.toISODate(), ZONE, openFromDay, OPEN_STATUSES],
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
    [tenantId, yearStart.toISODate(), perMechanicPerDay, slotMinutes, ZONE],
  );

  // Documents: the invoice the next day; for credited orders the credit note three days later
  // and the corrected invoice an hour after it. Numbered per year in issue order.
  await q(
    `create temp table bench_docs on commit drop as
     with docs as (
       select o.n, o.id as order_id, o.vehicle_id, o.client_id, d.role, d.kind,
              o.opened_at + interval '1 day 2 hours' + d.delay as issued_at,
              o.status = 'paid' and d.kind = 'invoice' and d.role <> 'first-of-credited' as paid
         from bench_orders o
         cross join lateral (values
           ('only', 'invoice', interval '0'),
           ('first-of-credited', 'invoice', interval '0'),
           ('credit', 'credit_note', interval '3 days'),
           ('reissue', 'invoice', interval '3 days 1 hour')
         ) as d(role, kind, delay)
        where o.status in ('invoiced', 'paid')
          and (case when o.credited then d.role <> 'only' else d.role = 'only' end)
     )
     select docs.*, gen_random_uuid() as id,
            extract(year from issued_at at time zone $1::text)::int as year,
            row_number() over (partition by extract(year from issued_at at time zone $1::text)
                               order by issued_at, role)::int as sequence,
            case when kind = 'credit_note' then -1 else 1 end as sign
       from docs`,
    [ZONE],
  );
  await q(`analyze bench_docs`);
  // What each order's invoice says: VAT once per rate (the rule of order-totals.ts).
  await q(
    `create temp table bench_totals on commit drop as
     select order_id, sum(net) as net, sum((net * rate + 5000) / 10000) as vat
       from (select order_id, rate, sum(net) as net from bench_lines
              where approval <> 'declined' group by order_id, rate) g
      group by order_id`,
  );
  await q(
    `insert into invoices (tenant_id, id, kind, number, year, sequence, repair_order_id, corrects_invoice_id, client_id,
       vehicle_id, currency, locale, time_zone, issued_at, issue_date, sale_date, due_date, net_minor, vat_minor,
       gross_minor, seller, buyer, vehicle, reason, paid_at, paid_on, payment_method, paid_recorded_at)
     select $1::uuid, d.id, d.kind, d.year || '/' || lpad(d.sequence::text, 6, '0'), d.year, d.sequence, d.order_id,
            f.id,
            d.client_id, d.vehicle_id, $2::text, 'pl', $3::text, d.issued_at, (d.issued_at at time zone $3::text)::date,
            (d.issued_at at time zone $3::text)::date, (d.issued_at at time zone $3::text)::date + 14,
            d.sign * t.net, d.sign * t.vat, d.sign * (t.net + t.vat), '{}', '{}', '{}',
            case when d.kind = 'credit_note' then 'Wrong buyer details' end,
            case when d.paid then d.issued_at + interval '2 days' end,
            case when d.paid then (d.issued_at at time zone $3::text)::date + 2 end,
            case when d.paid then 'card' end,
            case when d.paid then d.issued_at + interval '2 days' end
       from bench_docs d
       join bench_totals t on t.order_id = d.order_id
       left join bench_docs f on f.order_id = d.order_id and f.role = 'first-of-credited' and d.kind = 'credit_note'`,
    [tenantId, currency, ZONE],
  );
  await q(
    `insert into invoice_lines (tenant_id, invoice_id, id, position, kind, description, mechanic_user_id,
       quantity_hundredths, unit_price_minor, vat_rate_bp, net_minor)
     select $1::uuid, d.id, gen_random_uuid(), row_number() over (partition by d.id order by l.position), l.kind,
            l.description, l.mechanic_id, d.sign * l.quantity, l.price, l.rate, d.sign * l.net
       from bench_docs d
       join bench_lines l on l.order_id = d.order_id and l.approval <> 'declined'`,
    [tenantId],
  );
  await q(
    `insert into invoice_counters (tenant_id, year, last_sequence)
     select $1::uuid, year, max(sequence) from bench_docs group by year`,
    [tenantId],
  );
  await q('commit');
  if (!quiet) say(`seeded ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  else if (label.endsWith(`/${settings.noiseWorkshops}`)) say(`seeded the noise workshops`);
}

async function tableCounts(admin, tenantId) {
  const count = async (sql) => Number((await admin.query(sql, [tenantId])).rows[0].n);
  const all = async (table) => Number((await admin.query(`select count(*) as n from ${table}`)).rows[0].n);
  return {
    orders: await count('select count(*) as n from repair_orders where tenant_id = $1'),
    lines: await count('select count(*) as n from repair_order_lines where tenant_id = $1'),
    invoices: await count(`select count(*) as n from invoices where tenant_id = $1 and kind = 'invoice'`),
    creditNotes: await count(`select count(*) as n from invoices where tenant_id = $1 and kind = 'credit_note'`),
    invoiceLines: await count('select count(*) as n from invoice_lines where tenant_id = $1'),
    timeEntries: await count('select count(*) as n from time_entries where tenant_id = $1'),
    clients: await count('select count(*) as n from clients where tenant_id = $1'),
    allOrders: await all('repair_orders'),
    allInvoiceLines: await all('invoice_lines'),
  };
}

// ---------------------------------------------------------------------------------------------
// Ranges and reports
// ---------------------------------------------------------------------------------------------

/** Calendar months and quarters wholly inside the seeded year, and the year itself. */
function reportRanges(yearStart, yearEnd) {
  const months = [];
  for (let month = yearStart.startOf('month'); month <= yearEnd; month = month.plus({ months: 1 })) {
    const last = month.endOf('month').startOf('day');
    if (month >= yearStart && last <= yearEnd) months.push({ from: month.toISODate(), to: last.toISODate() });
  }
  const quarters = [];
  for (let i = 0; i + 2 < months.length; i += 3) quarters.push({ from: months[i].from, to: months[i + 2].to });
  return { month: months, quarter: quarters, year: [{ from: yearStart.toISODate(), to: yearEnd.toISODate() }] };
}

const REPORTS = [
  {
    key: 'revenue',
    ranged: true,
    sql: REVENUE_SQL,
    params: (r, b, t) => [t, b.start, b.end, r.from, r.to],
    path: (r) => `/api/v1/reports/revenue?from=${r.from}&to=${r.to}`,
  },
  {
    key: 'mechanic-hours',
    ranged: true,
    sql: HOURS_SQL,
    params: (r, b, t) => [t, b.start, b.end, r.from, r.to],
    path: (r) => `/api/v1/reports/mechanic-hours?from=${r.from}&to=${r.to}`,
  },
  {
    key: 'top-clients',
    ranged: true,
    sql: TOP_CLIENTS_SQL,
    params: (_r, b, t) => [t, b.start, b.end, 10],
    path: (r) => `/api/v1/reports/top-clients?from=${r.from}&to=${r.to}&limit=10`,
  },
  {
    key: 'top-services',
    ranged: true,
    sql: TOP_SERVICES_SQL,
    params: (r, _b, t) => [t, r.from, r.to, 10],
    path: (r) => `/api/v1/reports/top-services?from=${r.from}&to=${r.to}&limit=10`,
  },
  {
    key: 'open-orders',
    ranged: false,
    sql: OPEN_ORDERS_SQL,
    params: (_r, _b, t) => [t, OPEN_STATUSES],
    path: () => '/api/v1/reports/open-orders',
  },
];

/**
 * EXPLAIN (ANALYZE, BUFFERS) of each report's own SQL text as the application role, in a tenant
 * transaction like the API's: the median execution time of a few runs and the plan of the last.
 */
async function explainReports(appUrl, tenantId, ranges, tempDir) {
  const client = new Client({ connectionString: appUrl });
  await client.connect();
  const results = [];
  try {
    for (const report of REPORTS) {
      for (const rangeKind of report.ranged ? ['month', 'year'] : ['now']) {
        await client.query('begin');
        await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
        let params = report.ranged ? [] : report.params(null, null, tenantId);
        if (report.ranged) {
          const r = ranges[rangeKind][ranges[rangeKind].length - 1];
          const { rows } = await client.query(
            `select $1::date::timestamp at time zone time_zone as start_at,
                    ($2::date + 1)::timestamp at time zone time_zone as end_at from tenants`,
            [r.from, r.to],
          );
          params = report.params(r, { start: rows[0].start_at, end: rows[0].end_at }, tenantId);
        }
        const times = [];
        let plan = '';
        for (let run = 0; run < EXPLAIN_RUNS; run += 1) {
          const { rows } = await client.query(`explain (analyze, buffers) ${report.sql}`, params);
          plan = rows.map((row) => row['QUERY PLAN']).join('\n');
          times.push(Number(/Execution Time: ([\d.]+) ms/.exec(plan)[1]));
        }
        await client.query('rollback');
        times.sort((x, y) => x - y);
        const file = path.join(tempDir, `plan-${report.key}-${rangeKind}.txt`);
        fs.writeFileSync(file, plan);
        const indexes = [
          ...new Set(
            [...plan.matchAll(/(Index Only Scan|Index Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) (\w+)/g)].map(
              (m) => `${m[1] === 'Index Only Scan' ? 'index-only ' : ''}${m[2]}`,
            ),
          ),
        ];
        const seqScans = [...new Set([...plan.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]))];
        results.push({
          report: report.key,
          range: rangeKind,
          medianMs: times[Math.floor(times.length / 2)],
          indexes,
          seqScans,
        });
        say(
          `  plan ${report.key} (${rangeKind}): ${times[Math.floor(times.length / 2)].toFixed(1)} ms in Postgres; ` +
            `indexes ${indexes.join(', ') || 'none'}${seqScans.length ? `; seq scans ${seqScans.join(', ')}` : ''}`,
        );
        if (rangeKind === 'year' || rangeKind === 'now') process.stdout.write(`${plan}\n`);
      }
    }
  } finally {
    await client.end();
  }
  return results;
}

function pick(items) {
  return items[crypto.randomInt(items.length)];
}

// ---------------------------------------------------------------------------------------------
// Load
// ---------------------------------------------------------------------------------------------

async function measure(api, token, label, next, { warmup }) {
  const name = `${label.report} (${label.range}), ${label.connections} conn`;
  if (warmup && settings.warmupSeconds > 0)
    await runLoad(api.baseUrl, token, next, settings.warmupSeconds, label.connections);
  const before = cpuSnapshot(api.child.pid);
  const latencies = [];
  const result = await runLoad(api.baseUrl, token, next, settings.durationSeconds, label.connections, latencies);
  const cpu = cpuShares(before, cpuSnapshot(api.child.pid));
  latencies.sort((x, y) => x - y);
  const at = (p) =>
    latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] : NaN;
  const row = {
    ...label,
    name,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: latencies.length ? latencies[latencies.length - 1] : NaN,
    rps: result.requests.total / settings.durationSeconds,
    total: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    cpu,
  };
  say(
    `${name}: p50 ${ms(row.p50)}  p95 ${ms(row.p95)}  p99 ${ms(row.p99)}  ${row.rps.toFixed(1)} req/s` +
      `${row.non2xx || row.errors ? `  non-2xx ${row.non2xx}, errors ${row.errors}` : ''}`,
  );
  return row;
}

function runLoad(baseUrl, token, next, durationSeconds, connections, latencies) {
  const instance = autocannon({
    url: baseUrl,
    connections,
    duration: durationSeconds,
    timeout: REQUEST_TIMEOUT_SECONDS,
    headers: { authorization: `Bearer ${token}` },
    requests: [{ setupRequest: (request) => ({ ...request, method: 'GET', path: next().path }) }],
  });
  lifecycle.setCurrentLoad(instance);
  // Every response's time, so p95 is exact (autocannon's summary has p90, p97.5 and p99 only).
  if (latencies) instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  return new Promise((resolve, reject) => {
    instance.once('done', (result) => {
      lifecycle.setCurrentLoad(undefined);
      resolve(result);
    });
    instance.once('error', reject);
  });
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

function ms(value) {
  return Number.isFinite(value) ? `${value.toFixed(value < 10 ? 1 : 0)} ms` : 'n/a';
}

function printReport(report) {
  for (const phase of report.phases) {
    say(
      `${phase.name}: p50 ${ms(phase.p50)}, p95 ${ms(phase.p95)}, p99 ${ms(phase.p99)}, ${phase.rps.toFixed(1)} req/s`,
    );
  }
}

function renderSection(report) {
  const { machine, counts } = report;
  const lines = [];
  const add = (line = '') => lines.push(line);
  add(SECTION_TITLE);
  add();
  add('```bash');
  add('npm run bench:reports   # builds, then runs scripts/bench/repair-reports.js');
  add('```');
  add();
  add('| variable | default | meaning |');
  add('| --- | --- | --- |');
  add(
    '| `BENCH_DATABASE_URL` | `postgres://postgres@127.0.0.1:5432/postgres` if it answers, else embedded ' +
      'PostgreSQL | superuser URL; a fresh `pitlane_bench_*` database (and roles) is made and dropped |',
  );
  add('| `BENCH_ORDERS` | 50000 | repair orders of the measured workshop, over the last 365 days |');
  add('| `BENCH_CLIENTS` | 5000 | its clients (one car each, a second car for every fifth) |');
  add('| `BENCH_MECHANICS` | 10 | its mechanics |');
  add('| `BENCH_NOISE_WORKSHOPS` | 20 | other workshops in the same tables |');
  add('| `BENCH_NOISE_ORDERS` | 2500 | orders of each other workshop (same shape, 3 mechanics) |');
  add('| `BENCH_CONNECTIONS` | 4 | concurrent HTTP connections (autocannon), a few managers at once |');
  add('| `BENCH_LOW_CONNECTIONS` | 1 | connections of the second measurement: one user, no queueing |');
  add('| `BENCH_DURATION` | 10 | seconds per measurement |');
  add('| `BENCH_WARMUP` | 2 | seconds of warm-up before each report and range |');
  add();
  add(
    `Last run: ${report.date.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine.cores} cores, ` +
      `${machine.memoryGiB.toFixed(1)} GiB, Node ${machine.node}, PostgreSQL ${machine.postgresVersion} ` +
      `(${report.databaseSource}).`,
  );
  add();
  add(
    `Data (seeded in ${report.seedSeconds.toFixed(0)} s with bulk SQL): the measured workshop (${ZONE}) has ` +
      `${counts.orders} orders with ${counts.lines} lines from ${report.yearStart} to ${report.yearEnd}, ` +
      `${counts.invoices} invoices and ${counts.creditNotes} credit notes with ${counts.invoiceLines} invoice lines, ` +
      `${counts.timeEntries} time entries, ${counts.clients} clients; with the ${settings.noiseWorkshops} other ` +
      `workshops the tables hold ${counts.allOrders} orders and ${counts.allInvoiceLines} invoice lines. One API ` +
      `process (\`DATABASE_POOL_MAX=${API_POOL_MAX}\`), the owner's token; each request of a "month" ` +
      `(or "quarter") measurement asks for a random calendar month (quarter) of the year.`,
  );
  add();
  add('Latency over HTTP, every response timed:');
  add();
  add('| report | range | connections | p50 | p95 | p99 | req/s | non-2xx | CPU API / Postgres (cores) | host busy |');
  add('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |');
  for (const phase of report.phases) {
    add(
      `| ${phase.report} | ${phase.range} | ${phase.connections} | ${ms(phase.p50)} | ${ms(phase.p95)} | ` +
        `${phase.p99 < TARGET_P99_MS ? ms(phase.p99) : `**${ms(phase.p99)}**`} | ${phase.rps.toFixed(1)} | ` +
        `${phase.non2xx + phase.errors} | ${phase.cpu ? `${phase.cpu.api.toFixed(2)} / ${phase.cpu.postgres.toFixed(2)}` : 'n/a'} | ` +
        `${phase.cpu ? `${Math.round(phase.cpu.hostBusy * 100)} %` : 'n/a'} |`,
    );
  }
  add();
  add('The SQL of each report as the application role (RLS on), EXPLAIN ANALYZE, median of 5 runs:');
  add();
  add('| report | range | Postgres ms | indexes used | sequential scans |');
  add('| --- | --- | ---: | --- | --- |');
  for (const plan of report.plans) {
    add(
      `| ${plan.report} | ${plan.range} | ${plan.medianMs.toFixed(1)} | ${plan.indexes.join(', ') || 'none'} | ` +
        `${plan.seqScans.join(', ') || 'none'} |`,
    );
  }
  add();
  const missed = report.phases.filter((phase) => !(phase.p99 < TARGET_P99_MS));
  add(
    missed.length === 0
      ? `- **Target p99 < ${TARGET_P99_MS} ms**: met by every report and range at both concurrencies.`
      : `- **Target p99 < ${TARGET_P99_MS} ms**: missed by ${missed
          .map(
            (phase) =>
              `${phase.report} (${phase.range}, ${phase.connections} conn) by ${ms(phase.p99 - TARGET_P99_MS)}`,
          )
          .join('; ')}.`,
  );
  const yearPlans = report.plans.filter((plan) => plan.range === 'year' || plan.range === 'now');
  const loaded = report.phases.filter((phase) => phase.connections === settings.connections && phase.cpu);
  const single = report.phases.filter((phase) => phase.connections === settings.lowConnections);
  add(
    `- Where the time goes: each report is one statement; over the year (and the open-orders snapshot) ` +
      `they cost ${Math.min(...yearPlans.map((plan) => plan.medianMs)).toFixed(0)}-` +
      `${Math.max(...yearPlans.map((plan) => plan.medianMs)).toFixed(0)} ms in Postgres alone. At ` +
      `${settings.connections} connections Postgres used up to ` +
      `${Math.max(...loaded.map((phase) => phase.cpu.postgres)).toFixed(2)} of ${machine.cores} cores and the ` +
      `host was up to ${Math.round(Math.max(...loaded.map((phase) => phase.cpu.hostBusy)) * 100)} % busy, so ` +
      `requests wait for a core and p99 grows with the queue. At ${settings.lowConnections} connection every ` +
      `p99 is ${ms(Math.max(...single.map((phase) => phase.p99)))} or less.`,
  );
  add(
    '- Before the daily rollups (migration 1795350000000) revenue, hours sold and top services summed the ' +
      "year's ~120 000 invoice lines per request: 0.4-1.0 s in Postgres over a year, 0.1-0.25 s over a " +
      'month, p99 above a second at 4 connections.',
  );
  add(
    '- "host busy" is the share of all cores in use during the measurement, by anything: the machine ' +
      'is shared, and when it is well above what the API and Postgres use, other work was competing.',
  );
  add();
  return lines.join('\n');
}

runMain(main, lifecycle, say);
