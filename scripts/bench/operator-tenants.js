#!/usr/bin/env node
'use strict';
// Operator tenants list benchmark (issue 18), run by hand with `npm run bench:operator`; never part
// of `npm test` or CI, because timings depend on the machine and asserting on them makes flaky tests.
//
// It makes a throw-away database and bulk-loads in SQL, as the superuser: BENCH_WORKSHOPS
// workshops signed up over the last two years (an owner each, a second staff member in one of
// three, the owner verified in four of five), BENCH_VEHICLES vehicles, BENCH_ORDERS repair orders
// and BENCH_MAILS mails per workshop on average spread over the last 60 days, and two sessions
// each. History before yesterday goes into tenant_usage_daily by one SQL aggregate (what the
// rollup would have written day by day); then the worker's rollup itself, platform_usage_rollup,
// runs for today as the application role and is timed. Then the operators' list
// (TenantDirectory.list, the built @pitlane/platform, over its own pool as the operator role,
// the page and its total) is run BENCH_ITERATIONS times per sort and search, one at a time, after
// BENCH_WARMUP runs: p50/p95/p99. Results go to stdout and to the "Operator tenants list
// (issue 18)" section of docs/benchmarks.md, with the machine and its load average.
//
// Knobs (environment): BENCH_DATABASE_URL (a superuser URL; else the machine's Postgres on
// 127.0.0.1:5432 if it answers, else embedded Postgres), BENCH_WORKSHOPS, BENCH_VEHICLES,
// BENCH_ORDERS, BENCH_MAILS, BENCH_ITERATIONS, BENCH_WARMUP. Everything it creates (database,
// roles, temp files) is removed at the end, also on failure and on Ctrl-C.
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const REPORT_FILE = path.join(ROOT, 'docs', 'benchmarks.md');
const SECTION_TITLE = '## Operator tenants list (issue 18)';

if (!fs.existsSync(path.join(ROOT, 'libs', 'platform', 'dist', 'index.js'))) {
  process.stderr.write('libs/platform/dist is missing: run `npm run build` first (`npm run bench:operator` builds).\n');
  process.exit(1);
}

const { AppConfig } = require('@pitlane/core');
const { OperatorDatabase, TenantDirectory } = require('@pitlane/platform');
const { Client } = require('pg');
const { warnIfBusy } = require('./lib/host-cpu');
const { benchSecrets, throwAwayDatabase } = require('./lib/bench-database');
const { createLifecycle, runMain } = require('./lib/bench-lifecycle');
const { writeSection } = require('./lib/bench-report');
const { describeMachine, startPostgres, withAdmin } = require('./lib/bench-postgres');
const { elapsed, positiveIntFromEnv } = require('./lib/bench-run');

const settings = {
  workshops: positiveIntFromEnv('BENCH_WORKSHOPS', 10_000),
  vehicles: positiveIntFromEnv('BENCH_VEHICLES', 10),
  orders: positiveIntFromEnv('BENCH_ORDERS', 5),
  mails: positiveIntFromEnv('BENCH_MAILS', 5),
  iterations: positiveIntFromEnv('BENCH_ITERATIONS', 200),
  warmup: positiveIntFromEnv('BENCH_WARMUP', 20),
};

const say = (line) => process.stdout.write(`[bench] ${line}\n`);
const lifecycle = createLifecycle(say);
const { onCleanup } = lifecycle;

/** The list as the console asks for it: 50 a page, by these sorts and searches. */
const SCENARIOS = [
  { name: 'newest first (default)', query: {} },
  { name: 'by name', query: { sort: 'name' } },
  { name: 'by last activity', query: { sort: '-lastActivityAt' } },
  { name: 'by vehicles in 30 days', query: { sort: '-vehicles30d' } },
  { name: 'by failed mails in 30 days', query: { sort: '-mailsFailed30d' } },
  { name: 'by verified', query: { sort: '-verifiedAt' } },
  { name: 'by staff count', query: { sort: '-staffCount' } },
  { name: 'by storage', query: { sort: '-storageBytes' } },
  { name: 'page 100 by name', query: { sort: 'name', page: 100 } },
  { name: 'search "auto" (1 in 10)', query: { search: 'auto', sort: '-lastActivityAt' } },
  { name: 'search one slug', query: { search: 'workshop-04321' } },
];

async function seed(adminDbUrl) {
  await withAdmin(adminDbUrl, async (admin) => {
    const started = Date.now();
    const n = settings.workshops;
    await admin.query(
      `insert into tenants (id, name, slug, time_zone, country, locale, currency, wrapped_data_key, data_key_wrapped_by,
                            created_at)
       select gen_random_uuid(),
              case when i % 10 = 0 then 'Auto ' else 'Garage ' end || 'Workshop ' || i,
              'workshop-' || lpad(i::text, 5, '0'), 'Europe/Warsaw', 'PL', 'pl', 'PLN', '\\x00', 'k1',
              now() - (random() * 730) * interval '1 day'
         from generate_series(1, $1) i`,
      [n],
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
    // Activity over the last 60 days, a few workshops far busier than the rest (random()^3).
    const spread = `now() - (random() * 60) * interval '1 day'`;
    // How many of something each workshop has: drawn per workshop (a select list is evaluated per
    // row; a function's argument beside the table would be drawn once for all), averaging $1.
    const perWorkshop = `(select id, name, greatest(1, (random() ^ 3 * 4 * $1)::int) as n from tenants)`;
    await admin.query(
      `insert into vehicles (tenant_id, id, make, model, created_at)
       select t.id, gen_random_uuid(), 'Skoda', 'Octavia', ${spread}
         from ${perWorkshop} t, generate_series(1, t.n)`,
      [settings.vehicles],
    );
    await admin.query(
      `insert into repair_orders (tenant_id, id, vehicle_id, currency, number, created_at)
       select v.tenant_id, gen_random_uuid(), v.id, 'PLN', row_number() over (partition by v.tenant_id), ${spread}
         from vehicles v where random() < $1::float / $2`,
      [settings.orders, settings.vehicles],
    );
    await admin.query(
      `insert into mail_messages (tenant_id, id, idempotency_key, template, locale, recipient_email, workshop_name,
                                  status, created_at)
       select t.id, gen_random_uuid(), 'bench-' || g, 'booking_confirmation', 'pl', 'c@bench.test', t.name,
              case when random() < 0.05 then 'failed' else 'sent' end, ${spread}
         from ${perWorkshop} t, generate_series(1, t.n) g`,
      [settings.mails],
    );
    await admin.query(
      `insert into sessions (tenant_id, user_id, expires_at, created_at, last_seen_at)
       select m.tenant_id, m.user_id, now() + interval '1 day', x.at, x.at
         from memberships m, lateral (select ${spread} as at from generate_series(1, 2)) x`,
    );
    // Relayed long ago: the bench measures the list, not a search backlog.
    await admin.query('delete from search_outbox');
    await admin.query('analyze');
    say(`seeded in ${elapsed(started)}`);
  });
}

/**
 * What the rollup would have written for each day before yesterday, in one aggregate per table
 * (the bench's shortcut through history; the rollup itself then runs for today and yesterday).
 */
async function backfillHistory(adminDbUrl) {
  await withAdmin(adminDbUrl, async (admin) => {
    const started = Date.now();
    const day = (column) => `(${column} at time zone 'UTC')::date`;
    const before = `< (current_date at time zone 'UTC')::date - 1`;
    await admin.query(
      `insert into tenant_usage_daily (tenant_id, day, vehicles_created, orders_created, mails_sent, mails_failed,
                                       active_staff)
       select tenant_id, day, sum(v)::int, sum(o)::int, sum(s)::int, sum(f)::int, sum(a)::int
         from (select tenant_id, ${day('created_at')} as day, 1 as v, 0 as o, 0 as s, 0 as f, 0 as a from vehicles
               union all select tenant_id, ${day('created_at')}, 0, 1, 0, 0, 0 from repair_orders
               union all select tenant_id, ${day('created_at')}, 0, 0, (status = 'sent')::int, (status = 'failed')::int, 0
                           from mail_messages
               union all select tenant_id, ${day('last_seen_at')}, 0, 0, 0, 0, 1 from sessions) x
        where day ${before}
        group by tenant_id, day`,
    );
    const rows = (await admin.query('select count(*)::int as n from tenant_usage_daily')).rows[0].n;
    say(`history: ${rows} daily rows in ${elapsed(started)}`);
  });
}

async function timedRollup(appUrl) {
  const client = new Client({ connectionString: appUrl });
  await client.connect();
  try {
    const started = process.hrtime.bigint();
    const result = await client.query(`select platform_usage_rollup((now() at time zone 'UTC')::date) as visited`);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    say(`rollup of today and yesterday: ${result.rows[0].visited} workshops in ${(ms / 1000).toFixed(1)} s`);
    return { workshops: result.rows[0].visited, ms };
  } finally {
    await client.end();
  }
}

function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

async function measure(directory, scenario) {
  const query = { page: 1, limit: 50, ...scenario.query };
  for (let run = 0; run < settings.warmup; run++) await directory.list(query);
  const times = [];
  let page;
  for (let run = 0; run < settings.iterations; run++) {
    const started = process.hrtime.bigint();
    page = await directory.list(query);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const row = {
    name: scenario.name,
    rows: page.items.length,
    total: page.total,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
  };
  say(`${row.name}: p50 ${ms(row.p50)}  p95 ${ms(row.p95)}  p99 ${ms(row.p99)}  (${row.rows} of ${row.total})`);
  return row;
}

const ms = (value) => `${value.toFixed(1)} ms`;

async function main() {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-bench-'));
  onCleanup('remove temp dir', () => fs.rmSync(tempDir, { recursive: true, force: true }));
  say(
    `sizes: ${settings.workshops} workshops, about ${settings.vehicles} vehicles, ${settings.orders} orders and ` +
      `${settings.mails} mails each; ${settings.iterations} runs per query after ${settings.warmup} warm-up`,
  );
  await warnIfBusy(say);
  const loadBefore = os.loadavg();
  const postgres = await startPostgres(tempDir, lifecycle, say);
  const secrets = benchSecrets();
  const { appUrl, operatorUrl, adminDbUrl } = await throwAwayDatabase(postgres.adminUrl, secrets, lifecycle);
  await seed(adminDbUrl);
  await backfillHistory(adminDbUrl);
  // The first run counts every workshop's totals; later runs only the active ones'.
  const firstRollup = await timedRollup(appUrl);
  const rollup = await timedRollup(appUrl);
  const counts = await withAdmin(adminDbUrl, async (admin) => {
    await admin.query('analyze tenant_usage_daily, tenant_usage_current');
    return (
      await admin.query(
        `select (select count(*) from tenants)::int as tenants, (select count(*) from vehicles)::int as vehicles,
                (select count(*) from repair_orders)::int as orders, (select count(*) from mail_messages)::int as mails,
                (select count(*) from tenant_usage_daily)::int as daily`,
      )
    ).rows[0];
  });

  const config = AppConfig.fromEnvironment({
    NODE_ENV: 'production',
    DATABASE_URL: appUrl,
    OPERATOR_DATABASE_URL: operatorUrl,
    JWT_SECRET: secrets.jwtSecret,
    MASTER_KEY: secrets.masterKey.toString('base64'),
  });
  const operator = new OperatorDatabase(config);
  onCleanup('close the operator pool', () => operator.onApplicationShutdown());
  await operator.onApplicationBootstrap();
  const directory = new TenantDirectory(operator);
  const rows = [];
  for (const scenario of SCENARIOS) rows.push(await measure(directory, scenario));
  const loadAfter = os.loadavg();
  // Where the time goes on the Postgres side, as the operator role.
  const plan = await withAdmin(operatorUrl, async (client) =>
    (
      await client.query(
        `explain (analyze, buffers) select * from platform_tenants
          where tenant_id in (select tenant_id from platform_tenants
                               order by vehicles_30d desc nulls last, tenant_id limit 50)
          order by vehicles_30d desc nulls last, tenant_id`,
      )
    ).rows
      .map((row) => row['QUERY PLAN'])
      .join('\n'),
  );
  say(`plan of the page by vehicles in 30 days:\n${plan}`);
  const executionMs = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
  const machine = await describeMachine(postgres.adminUrl);

  const lines = [];
  const add = (line = '') => lines.push(line);
  add(SECTION_TITLE);
  add();
  add(
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:operator\` (scripts/bench/operator-tenants.js) ` +
      `on ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB.toFixed(0)} GiB, PostgreSQL ` +
      `${machine.postgresVersion}, Node ${machine.node}; ${postgres.description}. Load average (1 min) ` +
      `${loadBefore[0].toFixed(1)} before and ${loadAfter[0].toFixed(1)} after: the machine was shared, so the ` +
      'numbers are upper bounds.',
  );
  add();
  add(
    `Data: ${counts.tenants} workshops, ${counts.vehicles} vehicles, ${counts.orders} repair orders, ${counts.mails} ` +
      `mails, ${counts.daily} rows of tenant_usage_daily (history backfilled by one SQL aggregate; the rollup ` +
      'itself ran for today and yesterday).',
  );
  add();
  add(
    `The worker's rollup (\`platform_usage_rollup\`, today and yesterday, every workshop, as the application ` +
      `role): ${rollup.workshops} workshops in ${(firstRollup.ms / 1000).toFixed(1)} s the first time (every ` +
      `workshop's totals counted), ${(rollup.ms / 1000).toFixed(1)} s on the next run (totals of the workshops ` +
      'active today or yesterday only); it runs every 10 minutes.',
  );
  add();
  add(
    `The list: \`TenantDirectory.list\` as the operator role over its own pool (2 connections), a page of 50 and ` +
      `its total (two queries on platform_tenants, in parallel), ${settings.iterations} runs each, one at a time. ` +
      'Target: p95 < 100 ms.',
  );
  add();
  add(
    `Postgres alone (EXPLAIN ANALYZE of the page by vehicles in 30 days, as the operator role): ` +
      `${executionMs.toFixed(1)} ms; the rest of each figure below is the machine's queueing at that load.`,
  );
  add();
  add('| query | rows / total | p50 | p95 | p99 |');
  add('| --- | --- | --- | --- | --- |');
  for (const row of rows) {
    add(`| ${row.name} | ${row.rows} / ${row.total} | ${ms(row.p50)} | ${ms(row.p95)} | ${ms(row.p99)} |`);
  }
  add();
  await writeSection(REPORT_FILE, SECTION_TITLE, `${lines.join('\n')}\n`, say);
  say(`wrote "${SECTION_TITLE.slice(3)}" in ${path.relative(ROOT, REPORT_FILE)}`);
}

runMain(main, lifecycle, say);
