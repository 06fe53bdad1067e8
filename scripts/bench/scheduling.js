#!/usr/bin/env node
'use strict';
// Scheduling benchmark (issue 6), run by hand with `npm run bench:scheduling`; never part of
// `npm test` or CI, because timings depend on the machine and asserting on them makes flaky tests.
//
// It makes a throw-away database, signs a workshop up through the real API (4 bays, 30-minute
// grid, Monday to Saturday 07:00-19:00, Europe/Warsaw), books BENCH_APPOINTMENTS appointments
// over the next 14 days through the public booking endpoint, then loads the API on 127.0.0.1
// with autocannon:
//   1. GET /public/workshops/:slug/availability for the whole 14-day range (p50/p99, req/s);
//   2. POST /public/workshops/:slug/bookings under contention: every connection books one of a
//      few hot slots (capacity = slots x bays), so almost every request loses the race and must
//      answer a clean 409; the run then checks that exactly the capacity was booked;
//   3. the same endpoint spread over a free week, for the rate of bookings actually created.
// Results go to stdout and to the "Scheduling (issue 6)" section of docs/benchmarks.md.
//
// Knobs (environment): BENCH_DATABASE_URL (a superuser URL; else the machine's Postgres on
// 127.0.0.1:5432 if it answers, else embedded Postgres), BENCH_APPOINTMENTS, BENCH_CONNECTIONS,
// BENCH_DURATION (seconds per measurement), BENCH_WARMUP (seconds), BENCH_HOT_SLOTS.
// Everything it creates (database, roles, the API process, temp files) is removed at the end,
// also on failure and on Ctrl-C.
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const API_MAIN = path.join(ROOT, 'apps', 'api', 'dist', 'main.js');
const REPORT_FILE = path.join(ROOT, 'docs', 'benchmarks.md');
const SECTION_TITLE = '## Scheduling (issue 6)';

if (!fs.existsSync(API_MAIN)) {
  process.stderr.write(
    'apps/api/dist/main.js is missing: run `npm run build` first (`npm run bench:scheduling` builds for you).\n',
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
const { DateTime } = require('luxon');

const settings = {
  appointments: positiveIntFromEnv('BENCH_APPOINTMENTS', 500),
  connections: positiveIntFromEnv('BENCH_CONNECTIONS', 50),
  durationSeconds: positiveIntFromEnv('BENCH_DURATION', 15),
  warmupSeconds: positiveIntFromEnv('BENCH_WARMUP', 3),
  hotSlots: positiveIntFromEnv('BENCH_HOT_SLOTS', 4),
  lowConnections: positiveIntFromEnv('BENCH_LOW_CONNECTIONS', 2),
};
const ZONE = 'Europe/Warsaw';
const BAYS = 4;
const RANGE_DAYS = 14;
const API_POOL_MAX = 20;
const SEED_CONCURRENCY = 4;
const REQUEST_TIMEOUT_SECONDS = 10;
const OPEN = [{ start: '07:00', end: '19:00' }];

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
    `sizes: ${settings.appointments} appointments over ${RANGE_DAYS} days, ${BAYS} bays; load: ` +
      `${settings.connections} connections, ${settings.durationSeconds} s per measurement after ${settings.warmupSeconds} s warm-up`,
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
  const workshop = await setUpWorkshop(api.baseUrl, secrets.userPassword);
  const seedStarted = Date.now();
  await seedAppointments(api.baseUrl, workshop);
  await withAdmin(adminDbUrl, (admin) => admin.query('analyze'));
  const seedSeconds = (Date.now() - seedStarted) / 1000;

  const today = DateTime.now().setZone(ZONE).startOf('day');
  const from = today.plus({ days: 1 }).toISODate();
  const to = today.plus({ days: RANGE_DAYS }).toISODate();
  const availabilityPath = `/api/v1/public/workshops/${workshop.slug}/availability?from=${from}&to=${to}&serviceIds=${workshop.serviceId}`;
  const probe = await getJson(api.baseUrl, availabilityPath);
  say(`availability over ${RANGE_DAYS} days answers ${probe.slots.length} free slots`);

  const phases = [];
  const availabilityRequest = () => ({ method: 'GET', path: availabilityPath });
  phases.push(
    await measure(
      api,
      'availability',
      `GET availability, ${RANGE_DAYS} days, 4 bays, ${settings.appointments} appointments, ${settings.connections} connections`,
      availabilityRequest,
    ),
  );
  // Few connections: the latency of one request with little queueing in front of it.
  phases.push(
    await measure(api, 'availability-low', `the same, ${settings.lowConnections} connections`, availabilityRequest, {
      warmup: false,
      connections: settings.lowConnections,
    }),
  );

  // Contention: every request books one of a few hot slots on a day nothing else uses.
  const hotDay = nextWeekday(today.plus({ days: RANGE_DAYS + 2 }));
  const hotSlots = range(settings.hotSlots).map((n) => hotDay.set({ hour: 9 + n }));
  const capacity = hotSlots.length * BAYS;
  const contended = await measure(
    api,
    'contended',
    `POST bookings, ${settings.connections} connections on ${hotSlots.length} slots (capacity ${capacity})`,
    () => ({
      method: 'POST',
      path: `/api/v1/public/workshops/${workshop.slug}/bookings`,
      body: bookingBody(workshop, pick(hotSlots)),
    }),
    { warmup: false },
  );
  const booked = await withAdmin(adminDbUrl, async (admin) => {
    const { rows } = await admin.query(
      `select count(*)::int as n from appointments where starts_at = any($1) and status <> 'cancelled'`,
      [hotSlots.map((slot) => slot.toJSDate())],
    );
    return rows[0].n;
  });
  contended.created = contended.statusCodes['201'] ?? 0;
  contended.conflicts = contended.statusCodes['409'] ?? 0;
  contended.bookedInDatabase = booked;
  say(`  created ${contended.created}, 409 ${contended.conflicts}; in the database: ${booked} of capacity ${capacity}`);
  // The invariant: every 201 is one appointment, and never more than the slots hold. (Whether the
  // capacity fills up within the run depends on the machine's speed, not on correctness.)
  if (booked !== contended.created || booked > capacity) {
    throw new Error(
      `contention broke the invariant: ${booked} booked, ${contended.created} created, capacity ${capacity}`,
    );
  }
  phases.push(contended);

  // Spread: random slots over a free week (30-minute grid), most of them still free.
  const spreadStart = nextWeekday(hotDay.plus({ days: 1 }));
  const spreadSlots = [];
  for (let day = spreadStart; day < spreadStart.plus({ days: 7 }); day = day.plus({ days: 1 })) {
    if (day.weekday === 7) continue;
    for (let minutes = 7 * 60; minutes + 60 <= 19 * 60; minutes += 30)
      spreadSlots.push(day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }));
  }
  const spread = await measure(
    api,
    'spread',
    `POST bookings, ${settings.connections} connections over ${spreadSlots.length} slots of a free week`,
    () => ({
      method: 'POST',
      path: `/api/v1/public/workshops/${workshop.slug}/bookings`,
      body: bookingBody(workshop, pick(spreadSlots)),
    }),
    { warmup: false },
  );
  spread.created = spread.statusCodes['201'] ?? 0;
  spread.conflicts = spread.statusCodes['409'] ?? 0;
  spread.createdPerSecond = spread.created / settings.durationSeconds;
  say(`  created ${spread.created} (${spread.createdPerSecond.toFixed(1)}/s), 409 ${spread.conflicts}`);
  phases.push(spread);

  const overlaps = await withAdmin(adminDbUrl, async (admin) => {
    const { rows } = await admin.query(
      `select count(*)::int as n from appointments a join appointments b
         on a.tenant_id = b.tenant_id and a.bay = b.bay and a.id < b.id
        and tstzrange(a.starts_at, a.occupied_until) && tstzrange(b.starts_at, b.occupied_until)
        where a.status <> 'cancelled' and b.status <> 'cancelled'`,
    );
    return rows[0].n;
  });
  if (overlaps !== 0) throw new Error(`${overlaps} overlapping appointments`);
  say('no two appointments overlap on a bay');

  const report = { date: new Date(), machine, databaseSource: postgres.description, seedSeconds, phases, capacity };
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

async function getJson(baseUrl, route) {
  const response = await request(baseUrl, 'GET', route);
  if (response.status !== 200)
    throw new Error(`GET ${route} answered ${response.status}: ${response.text.slice(0, 300)}`);
  return response.body;
}

// ---------------------------------------------------------------------------------------------
// Seeding: one workshop, its schedule and services, appointments booked through the API
// ---------------------------------------------------------------------------------------------

async function setUpWorkshop(baseUrl, password) {
  const created = await request(baseUrl, 'POST', '/api/v1/auth/signup', {
    workshopName: 'Bench Schedule Garage',
    email: 'owner@bench-scheduling.pitlane.test',
    password,
    ownerName: 'Bench Owner',
    timezone: ZONE,
    country: 'PL',
  });
  if (created.status !== 201) throw new Error(`signup answered ${created.status}: ${created.text}`);
  const token = created.body.accessToken;
  const patched = await request(
    baseUrl,
    'PATCH',
    '/api/v1/settings/schedule',
    {
      openingHours: { mon: OPEN, tue: OPEN, wed: OPEN, thu: OPEN, fri: OPEN, sat: OPEN, sun: [] },
      slotMinutes: 30,
      bays: BAYS,
      bufferMinutes: 0,
      minNoticeMinutes: 0,
      horizonDays: 60,
    },
    token,
  );
  if (patched.status !== 200) throw new Error(`schedule settings answered ${patched.status}: ${patched.text}`);
  const service = await request(
    baseUrl,
    'POST',
    '/api/v1/services',
    { name: 'Inspection', durationMinutes: 60, priceMinor: 20_000, vatRateBp: 2300 },
    token,
  );
  if (service.status !== 201) throw new Error(`service answered ${service.status}: ${service.text}`);
  return { slug: created.body.workshop.slug, serviceId: service.body.id, token };
}

/** Books the appointments through POST /bookings, on slots the availability endpoint offers. */
async function seedAppointments(baseUrl, workshop) {
  const today = DateTime.now().setZone(ZONE).startOf('day');
  const offered = await getJson(
    baseUrl,
    `/api/v1/public/workshops/${workshop.slug}/availability?from=${today.plus({ days: 1 }).toISODate()}&to=${today
      .plus({ days: RANGE_DAYS })
      .toISODate()}&serviceIds=${workshop.serviceId}`,
  );
  // Every other 30-minute start, each used by up to all bays: spread like a real calendar.
  const starts = offered.slots.map((slot) => slot.start).filter((_, index) => index % 2 === 0);
  const plan = range(settings.appointments).map((n) => starts[n % starts.length]);
  say(`booking ${plan.length} appointments through the public endpoint (${starts.length} distinct starts)`);
  let created = 0;
  await forEachConcurrently(plan, SEED_CONCURRENCY, async (start) => {
    if (lifecycle.interrupted()) throw new Error('interrupted');
    const response = await request(
      baseUrl,
      'POST',
      `/api/v1/public/workshops/${workshop.slug}/bookings`,
      bookingBody(workshop, start),
    );
    if (response.status === 201) created += 1;
    else if (response.status !== 409) throw new Error(`seeding booking answered ${response.status}: ${response.text}`);
  });
  if (created < settings.appointments) throw new Error(`only ${created} of ${settings.appointments} appointments fit`);
  say(`booked ${created} appointments`);
}

let customerSerial = 0;

function bookingBody(workshop, start) {
  customerSerial += 1;
  const iso = typeof start === 'string' ? start : start.toISO({ suppressMilliseconds: true });
  return {
    serviceIds: [workshop.serviceId],
    startsAt: iso,
    customer: {
      firstName: 'Bench',
      lastName: `Customer ${customerSerial}`,
      email: `customer-${customerSerial}@bench-scheduling.pitlane.test`,
      phone: `+48 5${String(customerSerial % 100_000_000).padStart(8, '0')}`,
    },
    vehicle: { plate: `WB ${customerSerial}` },
    consent: true,
  };
}

function nextWeekday(day) {
  let candidate = day.startOf('day');
  while (candidate.weekday > 5) candidate = candidate.plus({ days: 1 });
  return candidate;
}

function pick(items) {
  return items[crypto.randomInt(items.length)];
}

// ---------------------------------------------------------------------------------------------
// Load
// ---------------------------------------------------------------------------------------------

async function measure(api, key, name, next, { warmup = true, connections = settings.connections } = {}) {
  if (warmup) {
    say(`${name}: ${settings.warmupSeconds} s warm-up`);
    await runLoad(api.baseUrl, next, settings.warmupSeconds, connections);
  }
  say(`${name}: measuring ${settings.durationSeconds} s at ${connections} connections`);
  const before = cpuSnapshot(api.child.pid);
  const result = await runLoad(api.baseUrl, next, settings.durationSeconds, connections);
  const cpu = cpuShares(before, cpuSnapshot(api.child.pid));
  const answered = result.requests.total > 0;
  const row = {
    key,
    name,
    p50: answered ? result.latency.p50 : NaN,
    p90: answered ? result.latency.p90 : NaN,
    p99: answered ? result.latency.p99 : NaN,
    max: answered ? result.latency.max : NaN,
    rps: result.requests.average,
    total: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([k, v]) => [k, v.count])),
    cpu,
  };
  say(
    `  p50 ${ms(row.p50)}  p99 ${ms(row.p99)}  ${Math.round(row.rps)} req/s  statuses ${JSON.stringify(row.statusCodes)}`,
  );
  return row;
}

function runLoad(baseUrl, next, durationSeconds, connections) {
  const instance = autocannon({
    url: baseUrl,
    connections,
    duration: durationSeconds,
    timeout: REQUEST_TIMEOUT_SECONDS,
    requests: [
      {
        setupRequest: (request) => {
          const { method, path: route, body } = next();
          return {
            ...request,
            method,
            path: route,
            ...(body
              ? { body: JSON.stringify(body), headers: { ...request.headers, 'content-type': 'application/json' } }
              : {}),
          };
        },
      },
    ],
  });
  lifecycle.setCurrentLoad(instance);
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

function cores(value) {
  return value === undefined ? 'n/a' : value.toFixed(2);
}

function printReport(report) {
  for (const phase of report.phases) {
    say(`${phase.name}: p50 ${ms(phase.p50)}, p99 ${ms(phase.p99)}, ${Math.round(phase.rps)} req/s`);
  }
}

function renderSection(report) {
  const { machine } = report;
  const lines = [];
  const add = (line = '') => lines.push(line);
  const [availability, availabilityLow, contended, spread] = report.phases;
  add(SECTION_TITLE);
  add();
  add('```bash');
  add('npm run bench:scheduling   # builds, then runs scripts/bench/scheduling.js');
  add('```');
  add();
  add('| variable | default | meaning |');
  add('| --- | --- | --- |');
  add(
    '| `BENCH_DATABASE_URL` | `postgres://postgres@127.0.0.1:5432/postgres` if it answers, else embedded ' +
      'PostgreSQL | superuser URL; a fresh `pitlane_bench_*` database (and roles) is made and dropped |',
  );
  add('| `BENCH_APPOINTMENTS` | 500 | appointments booked through the public endpoint before measuring |');
  add('| `BENCH_CONNECTIONS` | 50 | concurrent HTTP connections (autocannon) |');
  add('| `BENCH_DURATION` | 15 | seconds per measurement |');
  add('| `BENCH_WARMUP` | 3 | seconds of warm-up before the availability measurement |');
  add('| `BENCH_HOT_SLOTS` | 4 | slots the contended bookings fight over (capacity = slots x 4 bays) |');
  add('| `BENCH_LOW_CONNECTIONS` | 2 | connections for the second availability measurement (little queueing) |');
  add();
  add(
    `Last run: ${report.date.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine.cores} cores, ` +
      `${machine.memoryGiB.toFixed(1)} GiB, Node ${machine.node}, PostgreSQL ${machine.postgresVersion} ` +
      `(${report.databaseSource}); ${settings.connections} connections, ${settings.durationSeconds} s per ` +
      `measurement. One workshop, ${BAYS} bays, 30-minute grid, Monday to Saturday 07:00-19:00 in ${ZONE}, ` +
      `${settings.appointments} appointments booked over the next ${RANGE_DAYS} days (seeding took ` +
      `${report.seedSeconds.toFixed(1)} s through the API). The API runs with a pool of ${API_POOL_MAX} ` +
      'connections, no worker (booking mails wait in the ledger and queue), rate limits lifted.',
  );
  add();
  add('| measurement | p50 | p90 | p99 | req/s | answers | CPU: API / Postgres / autocannon (cores) | host busy |');
  add('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const phase of report.phases) {
    const statuses = Object.entries(phase.statusCodes)
      .map(([code, count]) => `${count} x ${code}`)
      .join(', ');
    const cpu = phase.cpu
      ? `${cores(phase.cpu.api)} / ${cores(phase.cpu.postgres)} / ${cores(phase.cpu.autocannon)}`
      : 'n/a';
    add(
      `| ${phase.name} | ${ms(phase.p50)} | ${ms(phase.p90)} | ${ms(phase.p99)} | ${Math.round(phase.rps)} | ` +
        `${statuses}${phase.errors ? `, ${phase.errors} errors` : ''} | ${cpu} | ` +
        `${phase.cpu ? `${Math.round(phase.cpu.hostBusy * 100)} %` : 'n/a'} |`,
    );
  }
  add();
  add(
    `- **Availability** for the full ${RANGE_DAYS}-day range: ${Math.round(availability.rps)} req/s with ` +
      `p99 ${ms(availability.p99)} at ${settings.connections} connections (mostly queueing: ` +
      `${settings.connections} requests share the API's core); at ${settings.lowConnections} connections ` +
      `p50 ${ms(availabilityLow.p50)}, p99 ${ms(availabilityLow.p99)} (${Math.round(availabilityLow.rps)} req/s). ` +
      'Each request reads the settings, the services and the occupied ranges of the period (one ' +
      'indexed range query, plain rows) and runs the pure engine over them.',
  );
  add(
    `- **Contended booking**: ${contended.total} attempts on ${settings.hotSlots} slots in ` +
      `${settings.durationSeconds} s (${Math.round(contended.rps)} req/s); ${contended.created} created ` +
      `(capacity ${report.capacity}), ${contended.conflicts} answered 409 with alternatives; the database ` +
      `held ${contended.bookedInDatabase} appointments there afterwards. Most 409s come from the rule check ` +
      'before any write; the races in between are settled by the exclusion constraint.',
  );
  add(
    `- **Spread booking** over a free week: ${spread.created} bookings created ` +
      `(${spread.createdPerSecond.toFixed(1)}/s, each with its client, vehicle, audit event and mail ledger ` +
      `row in one transaction), ${spread.conflicts} 409s as the week filled; p99 ${ms(spread.p99)}.`,
  );
  add('- After the run no two non-cancelled appointments overlap on a bay (checked with SQL).');
  add(
    '- "host busy" is the share of both cores in use during the measurement, by anything: the ' +
      'machine is shared, and when it is well above what the API, Postgres and autocannon use, ' +
      'other work was competing and the latencies are inflated by it.',
  );
  add();
  return lines.join('\n');
}

runMain(main, lifecycle, say);
