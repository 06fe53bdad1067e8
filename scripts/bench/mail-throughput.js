#!/usr/bin/env node
'use strict';
// Mail throughput benchmark (issue 4), run by hand with `npm run bench:mail`; never part of
// `npm test` or CI, because timings depend on the machine and asserting on them makes flaky tests.
//
// It makes a throw-away database with 100 workshops, starts a real SMTP sink on 127.0.0.1 and the
// real worker (apps/worker/dist/main.js) as a child process, then asks for 20 000 mails the way
// the product does: ledger rows in `mail_messages` written as the application role in each
// workshop's context (secrets sealed under the workshop's data key, as MailOutbox seals them),
// then one `mail.send` job per row, with JobQueue's options and job id. It measures until every
// mail has arrived at the sink: first on BullMQ's Redis backend (if Redis answers), then on
// BullMQ's PostgreSQL backend. Results go to stdout and to the "Mail through the queue (issue 4)"
// section of docs/benchmarks.md.
//
// Knobs (environment): BENCH_DATABASE_URL (a superuser URL; else the machine's Postgres on
// 127.0.0.1:5432 if it answers, else embedded Postgres), REDIS_URL (else redis://127.0.0.1:6379
// if it answers, else the Redis half is skipped), BENCH_MAILS, BENCH_WORKSHOPS, BENCH_TIMEOUT
// (seconds per backend), BENCH_SMTP_GREETING_DELAY (ms the sink waits before its greeting: 0, as a
// relay on the same network answers, where smtp-server would wait 100 ms). Everything it creates
// (database, roles, worker processes, the Redis keys of its queue namespaces, temp files) is
// removed at the end, also on failure and on Ctrl-C.
const { execFileSync, spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const ROOT = path.resolve(__dirname, '..', '..');
const WORKER_MAIN = path.join(ROOT, 'apps', 'worker', 'dist', 'main.js');
const REPORT_FILE = path.join(ROOT, 'docs', 'benchmarks.md');
const SECTION_TITLE = '## Mail through the queue (issue 4)';

// The benchmark drives the built packages, exactly what production runs.
if (!fs.existsSync(WORKER_MAIN)) {
  process.stderr.write(
    'apps/worker/dist/main.js is missing: run `npm run build` first (`npm run bench:mail` builds for you).\n',
  );
  process.exit(1);
}

const { Queue, createPostgresBackend, withBackend } = require('bullmq');
const IORedis = require('ioredis');
const { Pool } = require('pg');
const { clockTicksPerSecond, hostTicks, processTicks, warnIfBusy } = require('./lib/host-cpu');
const { benchSecrets, throwAwayDatabase } = require('./lib/bench-database');
const { createLifecycle, runMain } = require('./lib/bench-lifecycle');
const { writeSection } = require('./lib/bench-report');
const { startPostgres, withAdmin } = require('./lib/bench-postgres');
const { chunks, elapsed, forEachConcurrently, positiveIntFromEnv, range, tail } = require('./lib/bench-run');
const { QUEUE_SCHEMA } = require('@pitlane/core');
const { DataKeys, EnvironmentKeyProvider, encryptField } = require('@pitlane/crypto');
const { MailRenderer, SECRET_FIELDS, mailJobId, secretsLocation } = require('@pitlane/mail');
const { JOB_CATALOG, QUEUE_CONCURRENCY } = require('@pitlane/queue');

const settings = {
  mails: positiveIntFromEnv('BENCH_MAILS', 20_000),
  workshops: positiveIntFromEnv('BENCH_WORKSHOPS', 100),
  timeoutSeconds: positiveIntFromEnv('BENCH_TIMEOUT', 900),
  greetingDelayMs: nonNegativeIntFromEnv('BENCH_SMTP_GREETING_DELAY', 0),
};
/** smtp-server's own greeting delay: it holds every greeting back to catch clients that talk too soon. */
const SMTP_SERVER_STOCK_GREETING_MS = 100;
const FULL_SIZE = { mails: 20_000, workshops: 100 };
const MASTER_KEY_ID = 'k1';
const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
/** JobQueue's retry base (QUEUE_RETRY_BASE_DELAY_MS' default); the worker is given the same. */
const RETRY_BASE_DELAY_MS = 5_000;
/** The worker's database pool: `.env.example`'s DATABASE_POOL_MAX, passed explicitly. */
const WORKER_POOL_MAX = 10;
/** Jobs per Queue.addBulk call. */
const ENQUEUE_BATCH = 500;
/** Ledger rows per INSERT: 500 rows x 12 columns stays well under Postgres' 65 535 bind parameters. */
const INSERT_BATCH = 500;
/** Parallel ledger-insert transactions. */
const INSERT_CONCURRENCY = 3;
/** After the last expected mail, how long the sink keeps listening for late duplicates. */
const DUPLICATE_GRACE_MS = 3_000;
const WARMUP_TIMEOUT_MS = 120_000;
const MAIL_QUEUE = JOB_CATALOG['mail.send'].queue;
const CONCURRENCY = QUEUE_CONCURRENCY[MAIL_QUEUE];
/** The mails the product sends today, each with a secret sealed in the ledger (see SECRET_FIELDS). */
const TEMPLATES = ['email_verification', 'password_reset', 'email_change'];
const PUBLIC_BASE_URL = 'http://localhost:3000';
const LOCALES = [
  { locale: 'pl', country: 'PL', currency: 'PLN', timeZone: 'Europe/Warsaw' },
  { locale: 'en', country: 'GB', currency: 'GBP', timeZone: 'Europe/London' },
  { locale: 'da', country: 'DK', currency: 'DKK', timeZone: 'Europe/Copenhagen' },
];
const NAMES = ['Anna Kowalska', 'Piotr Nowak', 'Emma Jensen', 'Oliver Smith', 'Magdalena Wójcik', 'Lars Nielsen'];

const startedAt = Date.now();
const say = (line) => process.stdout.write(`[bench ${elapsed(startedAt)}] ${line}\n`);

// ---------------------------------------------------------------------------------------------
// Cleanup: every resource registers how to undo itself; undone in reverse order, exactly once.
// ---------------------------------------------------------------------------------------------

const lifecycle = createLifecycle(say, { cleanupTimeoutMs: 60_000 });
const { onCleanup, liveChildren } = lifecycle;

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

async function main() {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-bench-mail-'));
  onCleanup('remove temp dir', () => fs.rmSync(tempDir, { recursive: true, force: true }));
  const secrets = benchSecrets();

  say(
    `sizes: ${thousands(settings.mails)} mails over ${settings.workshops} workshops; worker concurrency ${CONCURRENCY}`,
  );
  await warnIfBusy(say);
  const redis = await findRedis();
  say(redis.url ? `Redis: ${redis.description}` : `Redis: ${redis.description}; skipping the Redis half`);

  const postgres = await startPostgres(tempDir, lifecycle, say);
  const { runId, database, appRole, appUrl, migrationUrl, adminDbUrl } = await throwAwayDatabase(
    postgres.adminUrl,
    secrets,
    lifecycle,
  );
  const machine = await describeMachine(postgres.adminUrl, redis.url);
  say(`database ${database} on ${postgres.description} (PostgreSQL ${machine.postgresVersion})`);

  const sink = await startSink();
  onCleanup('stop the SMTP sink', () => sink.close());
  say(`SMTP sink on 127.0.0.1:${sink.port}, greeting after ${sink.greetingDelayMs} ms`);

  const workshops = await seedWorkshops(appUrl, secrets.masterKey);
  checkTemplatesRender(workshops[0]);

  const backends = [];
  if (redis.url) backends.push({ kind: 'redis', label: 'Redis', redisUrl: redis.url });
  backends.push({ kind: 'postgres', label: 'PostgreSQL' });
  const results = [];
  for (const backend of backends) {
    if (lifecycle.interrupted()) throw new Error('interrupted');
    results.push(
      await runBackend({
        backend,
        runId,
        appUrl,
        appRole,
        migrationUrl,
        adminDbUrl,
        database,
        workshops,
        sink,
        secrets,
        tempDir,
      }),
    );
  }

  const report = {
    date: new Date(),
    machine,
    databaseSource: postgres.description,
    redis,
    greetingDelayMs: sink.greetingDelayMs,
    totalSeconds: (Date.now() - startedAt) / 1000,
    results,
  };
  printReport(report);
  await writeSection(REPORT_FILE, SECTION_TITLE, renderSection(report), say);
  say(`wrote ${path.relative(ROOT, REPORT_FILE)}; cleaning up`);
  const problems = results.filter(
    (result) => result.timedOut || result.duplicated > 0 || result.failedLedger > 0 || result.unexpected > 0,
  );
  if (problems.length > 0) {
    throw new Error(`problems on ${problems.map((result) => result.label).join(', ')}: see the report above`);
  }
}

// ---------------------------------------------------------------------------------------------
// One backend: worker up, warm-up, ledger rows, jobs, wait for every mail at the sink
// ---------------------------------------------------------------------------------------------

async function runBackend(context) {
  const { backend, runId, appUrl, appRole, migrationUrl, adminDbUrl, database, workshops, sink, secrets, tempDir } =
    context;
  const namespace = `bench-${runId}-${backend.kind === 'redis' ? 'redis' : 'pg'}`;
  const queueName = `${namespace}-${MAIL_QUEUE}`;
  say(`--- ${backend.label} backend: queue ${queueName}`);
  // Registered first, so it runs after the worker and the producer are gone.
  if (backend.kind === 'redis') {
    onCleanup(`delete the Redis keys of ${namespace}`, () => deleteRedisKeys(backend.redisUrl, queueName));
  }
  if (backend.kind === 'postgres') await createJobIdSequence(migrationUrl, queueName, appRole);
  const producer = createProducer(backend, queueName, appUrl);
  onCleanup(`close the ${backend.label} producer`, () => producer.close());
  const worker = startWorker({ backend, namespace, appUrl, secrets, sinkPort: sink.port, tempDir });
  onCleanup(`stop the worker (${backend.label})`, () => stopWorker(worker));

  // Warm-up: one mail per workshop proves the worker consumes, and fills its key cache.
  const pool = new Pool({ connectionString: appUrl, max: INSERT_CONCURRENCY });
  let warmup;
  try {
    warmup = await insertMails(pool, workshops, workshops.length, `warmup-${backend.kind}`);
  } finally {
    await pool.end();
  }
  sink.expect(warmup.map((mail) => mail.id));
  say(`warm-up: ${warmup.length} mails (one per workshop) while the worker starts`);
  const warmStarted = performance.now();
  await enqueueAll(producer, warmup);
  await waitForArrivals(sink, warmup.length, warmStarted + WARMUP_TIMEOUT_MS, worker, 'warm-up');
  say(`warm-up delivered in ${seconds((performance.now() - warmStarted) / 1000)}`);
  await waitForLedger(adminDbUrl, 30_000);
  await withAdmin(adminDbUrl, (admin) => admin.query('delete from mail_messages'));

  // The measured run: ledger rows first (not timed), then every job as fast as BullMQ takes them.
  const insertPool = new Pool({ connectionString: appUrl, max: INSERT_CONCURRENCY });
  const insertStarted = performance.now();
  let mails;
  try {
    mails = await insertMails(insertPool, workshops, settings.mails, `bench-${backend.kind}`);
  } finally {
    await insertPool.end();
  }
  const insertSeconds = (performance.now() - insertStarted) / 1000;
  say(`inserted ${thousands(mails.length)} ledger rows as the application role in ${seconds(insertSeconds)}`);
  await sleep(1_500); // lets the worker's idle connections report their statistics before the snapshot
  sink.expect(mails.map((mail) => mail.id));
  const commitsBefore = await databaseCommits(adminDbUrl, database);
  const cpuBefore = cpuSnapshot(worker.child.pid);

  say(`enqueueing ${thousands(mails.length)} mail.send jobs (Queue.addBulk, ${ENQUEUE_BATCH} per call)`);
  const firstEnqueue = performance.now();
  const enqueueDone = enqueueAll(producer, mails);
  const deadline = firstEnqueue + settings.timeoutSeconds * 1000;
  const arrival = waitForArrivals(sink, mails.length, deadline, worker, `${backend.label} run`, true);
  // If enqueueing fails, the poll still ends (worker stopped by the cleanup); never as an unhandled rejection.
  arrival.catch(() => {});
  const enqueueSeconds = (await enqueueDone) / 1000;
  say(`enqueued in ${seconds(enqueueSeconds)}`);
  const { timedOut } = await arrival;
  const lastArrival = sink.lastArrival();
  const cpuAfter = cpuSnapshot(worker.child.pid);
  if (timedOut) {
    say(
      `TIMEOUT: only ${thousands(sink.arrived())} of ${thousands(mails.length)} mails arrived within ` +
        `${settings.timeoutSeconds} s (BENCH_TIMEOUT); reporting what arrived`,
    );
  }
  await sleep(DUPLICATE_GRACE_MS);
  const ledgerSettled = await waitForLedger(adminDbUrl, timedOut ? 1_000 : 30_000);
  const jobCounts = await producer.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
  const ledger = await withAdmin(adminDbUrl, async (admin) => {
    const statuses = await admin.query(
      'select status, count(*)::int as count from mail_messages group by 1 order by 1',
    );
    const attempts = await admin.query(
      'select coalesce(sum(attempts), 0)::int as attempts, count(*) filter (where attempts > 1)::int as retried ' +
        'from mail_messages',
    );
    return { statuses: statuses.rows, ...attempts.rows[0] };
  });
  await stopWorker(worker);
  await producer.close();
  await sleep(1_500); // closed connections report their last statistics as they exit
  const commitsAfter = await databaseCommits(adminDbUrl, database);

  // Latency of each mail: from the addBulk call that enqueued it to its first arrival at the sink.
  const latencies = mails
    .map((mail) => sink.arrivalOf(mail.id) - mail.enqueuedAt)
    .filter((value) => Number.isFinite(value))
    .sort((a, b) => a - b);
  const windowMs = (lastArrival ?? performance.now()) - firstEnqueue;
  // Deliveries per second over the first and the last quarter of the arrivals: does the pace hold?
  const arrivals = sink.arrivalTimes();
  const quarter = Math.floor(arrivals.length / 4);
  const paceOver = (from, to) => (to - from) / ((arrivals[to] - arrivals[from]) / 1000);
  const result = {
    kind: backend.kind,
    label: backend.label,
    queueName,
    mails: mails.length,
    arrived: sink.arrived(),
    timedOut,
    insertSeconds,
    enqueueSeconds,
    totalSeconds: windowMs / 1000,
    rate: sink.arrived() / (windowMs / 1000),
    firstQuarterRate: quarter > 1 ? paceOver(0, quarter) : NaN,
    lastQuarterRate: quarter > 1 ? paceOver(arrivals.length - 1 - quarter, arrivals.length - 1) : NaN,
    p50: percentile(latencies, 0.5),
    p90: percentile(latencies, 0.9),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1) ?? NaN,
    firstDeliveryMs: (sink.firstArrival() ?? NaN) - firstEnqueue,
    duplicated: sink.duplicatedIds(),
    unexpected: sink.unexpected(),
    smtpSession: { p50: percentile(sink.sessionTimes(), 0.5), p99: percentile(sink.sessionTimes(), 0.99) },
    statuses: ledger.statuses,
    failedLedger: ledger.statuses.find((row) => row.status === 'failed')?.count ?? 0,
    retried: ledger.retried,
    attempts: ledger.attempts,
    ledgerSettled,
    jobCounts,
    commitsPerMail:
      commitsAfter !== undefined && commitsBefore !== undefined ? (commitsAfter - commitsBefore) / mails.length : NaN,
    cpu: cpuShares(cpuBefore, cpuAfter),
    workerLog: logSummary(worker.logFile),
  };
  say(
    `${backend.label}: ${thousands(result.arrived)}/${thousands(result.mails)} arrived in ${seconds(result.totalSeconds)}, ` +
      `${result.rate.toFixed(1)} mails/s; latency p50 ${ms(result.p50, 0)} p90 ${ms(result.p90, 0)} ` +
      `p99 ${ms(result.p99, 0)} max ${ms(result.max, 0)} ms; duplicated ${result.duplicated}; ledger ` +
      statusText(result.statuses),
  );
  if (result.workerLog.lines > 0) say(`  the worker logged ${result.workerLog.lines} warning/error lines`);
  if (backend.kind === 'redis') await deleteRedisKeys(backend.redisUrl, queueName);
  await withAdmin(adminDbUrl, (admin) => admin.query('delete from mail_messages'));
  return result;
}

/** Polls the sink until `count` expected mails arrived, the deadline passes, or the worker dies. */
async function waitForArrivals(sink, count, deadline, worker, label, tolerateTimeout = false) {
  let lastProgress = performance.now();
  let lastCount = 0;
  while (sink.arrived() < count) {
    if (lifecycle.interrupted()) throw new Error('interrupted');
    if (worker.child.exitCode !== null || worker.child.signalCode !== null) {
      throw new Error(`the worker exited during the ${label}:\n${tail(worker.logFile)}`);
    }
    if (performance.now() > deadline) {
      if (tolerateTimeout) return { timedOut: true };
      throw new Error(
        `${label}: only ${sink.arrived()} of ${count} mails arrived in time; worker log:\n${tail(worker.logFile)}`,
      );
    }
    if (performance.now() - lastProgress >= 5_000) {
      const now = performance.now();
      const rate = ((sink.arrived() - lastCount) / (now - lastProgress)) * 1000;
      say(`  ${label}: ${thousands(sink.arrived())}/${thousands(count)} delivered (${rate.toFixed(0)}/s)`);
      lastProgress = now;
      lastCount = sink.arrived();
    }
    await sleep(50);
  }
  return { timedOut: false };
}

/** Waits until no ledger row is 'queued' any more (the worker commits right after the SMTP send). */
async function waitForLedger(adminDbUrl, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return withAdmin(adminDbUrl, async (admin) => {
    for (;;) {
      const { rows } = await admin.query(`select count(*)::int as queued from mail_messages where status = 'queued'`);
      if (rows[0].queued === 0) return true;
      if (Date.now() > deadline) return false;
      await sleep(200);
    }
  });
}

async function databaseCommits(adminDbUrl, database) {
  return withAdmin(adminDbUrl, async (admin) => {
    const { rows } = await admin.query(
      'select xact_commit::bigint as commits from pg_stat_database where datname = $1',
      [database],
    );
    return rows[0] ? Number(rows[0].commits) : undefined;
  });
}

// ---------------------------------------------------------------------------------------------
// Workshops and ledger rows, as the application role under RLS
// ---------------------------------------------------------------------------------------------

/** Workshops inserted directly, each with a data key wrapped under MASTER_KEY as signup wraps it. */
async function seedWorkshops(appUrl, masterKey) {
  const dataKeys = new DataKeys(new EnvironmentKeyProvider(MASTER_KEY_ID, masterKey));
  const started = Date.now();
  const pool = new Pool({ connectionString: appUrl, max: INSERT_CONCURRENCY });
  const workshops = range(settings.workshops).map((index) => {
    const id = crypto.randomUUID();
    const generated = dataKeys.generate(id);
    return {
      index,
      id,
      name: `Bench Garage ${index + 1}`,
      slug: `bench-garage-${index + 1}`,
      ...LOCALES[index % LOCALES.length],
      dataKey: generated.plaintext,
      wrapped: generated.wrapped,
      wrappedBy: generated.wrappedBy,
    };
  });
  try {
    await forEachConcurrently(workshops, INSERT_CONCURRENCY, (workshop) =>
      asTenant(pool, workshop.id, (client) =>
        client.query(
          'insert into tenants (id, name, slug, time_zone, country, locale, currency, wrapped_data_key, ' +
            'data_key_wrapped_by) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
          [
            workshop.id,
            workshop.name,
            workshop.slug,
            workshop.timeZone,
            workshop.country,
            workshop.locale,
            workshop.currency,
            workshop.wrapped,
            workshop.wrappedBy,
          ],
        ),
      ),
    );
  } finally {
    await pool.end();
  }
  say(`inserted ${workshops.length} workshops as the application role in ${seconds((Date.now() - started) / 1000)}`);
  return workshops;
}

/** What MailOutbox is asked for: one of the product's account mails, with its secret. */
function mailRequest(template, serial) {
  const name = NAMES[serial % NAMES.length];
  const token = crypto.randomBytes(32).toString('base64url');
  switch (template) {
    case 'email_verification':
      return { name, link: `${PUBLIC_BASE_URL}/verify-email?token=${encodeURIComponent(token)}` };
    case 'password_reset':
      return { name, code: String(crypto.randomInt(1_000_000)).padStart(6, '0'), minutes: 10 };
    case 'email_change':
      return { name, link: `${PUBLIC_BASE_URL}/confirm-email?token=${encodeURIComponent(token)}` };
    default:
      throw new Error(`no bench data for ${template}`);
  }
}

/** Before anything is measured: every template and locale renders with the bench's data. */
function checkTemplatesRender(workshop) {
  const renderer = new MailRenderer();
  for (const template of TEMPLATES) {
    for (const { locale } of LOCALES) renderer.render(template, locale, mailRequest(template, 0), workshop.name);
  }
}

const MAIL_COLUMNS = [
  'tenant_id',
  'id',
  'idempotency_key',
  'template',
  'locale',
  'recipient_email',
  'recipient_user_id',
  'workshop_name',
  'data',
  'sealed_secrets',
  'status',
  'attempts',
];

/**
 * `count` ledger rows spread evenly over the workshops, exactly as MailOutbox.send writes them:
 * secret variables sealed under the workshop's data key, bound to the row; the rest in `data`.
 * Inserted per workshop in batches, each in a transaction in that workshop's context.
 */
async function insertMails(pool, workshops, count, tag) {
  const perWorkshop = workshops.map(() => []);
  const mails = [];
  for (let serial = 0; serial < count; serial++) {
    const workshop = workshops[serial % workshops.length];
    const template = TEMPLATES[serial % TEMPLATES.length];
    const id = crypto.randomUUID();
    const secretKeys = new Set(SECRET_FIELDS[template]);
    const data = {};
    const secretValues = {};
    for (const [key, value] of Object.entries(mailRequest(template, serial))) {
      (secretKeys.has(key) ? secretValues : data)[key] = value;
    }
    const sealed =
      secretKeys.size > 0
        ? encryptField(workshop.dataKey, secretsLocation(workshop.id, id), JSON.stringify(secretValues))
        : null;
    perWorkshop[workshop.index].push([
      workshop.id,
      id,
      `${template}:${tag}:${serial}`,
      template,
      workshop.locale,
      `user-${serial}@bench.pitlane.test`,
      crypto.randomUUID(),
      workshop.name,
      JSON.stringify(data),
      sealed,
      'queued',
      0,
    ]);
    mails.push({ tenantId: workshop.id, id, enqueuedAt: NaN });
  }
  const batches = workshops.flatMap((workshop) =>
    chunks(perWorkshop[workshop.index], INSERT_BATCH).map((rows) => ({ tenantId: workshop.id, rows })),
  );
  await forEachConcurrently(batches, INSERT_CONCURRENCY, async ({ tenantId, rows }) => {
    if (lifecycle.interrupted()) throw new Error('interrupted');
    const values = [];
    const tuples = rows.map((row, r) => {
      values.push(...row);
      return `(${row.map((_, c) => `$${r * MAIL_COLUMNS.length + c + 1}`).join(', ')})`;
    });
    await asTenant(pool, tenantId, (client) =>
      client.query(`insert into mail_messages (${MAIL_COLUMNS.join(', ')}) values ${tuples.join(', ')}`, values),
    );
  });
  return mails;
}

/** One transaction in the workshop's context, like the API's TenantDatabase. */
async function asTenant(pool, tenantId, work) {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

// ---------------------------------------------------------------------------------------------
// Jobs: BullMQ's own Queue, same queue name, job ids and options as JobQueue.enqueue
// ---------------------------------------------------------------------------------------------

const POSTGRES_QUEUES = withBackend(createPostgresBackend);

function createProducer(backend, queueName, appUrl) {
  if (backend.kind === 'redis') {
    const connection = new IORedis(backend.redisUrl, { maxRetriesPerRequest: 3 });
    connection.on('error', (error) => say(`producer Redis connection: ${error.message}`));
    const queue = new Queue(queueName, { connection });
    let closed;
    return {
      addBulk: (jobs) => queue.addBulk(jobs),
      getJobCounts: (...types) => queue.getJobCounts(...types),
      close: () => (closed ??= queue.close().finally(() => connection.quit().catch(() => {}))),
    };
  }
  // As QueueBackend.postgres(): the application role, BullMQ's schema, migrations left to the owner.
  const queue = new POSTGRES_QUEUES.Queue(queueName, {
    connection: {
      connectionString: appUrl,
      schema: QUEUE_SCHEMA,
      skipMigrations: true,
      max: 4,
      application_name: 'pitlane-bench-producer',
    },
  });
  let closed;
  return {
    addBulk: (jobs) => queue.addBulk(jobs),
    getJobCounts: (...types) => queue.getJobCounts(...types),
    close: () => (closed ??= queue.close()),
  };
}

/**
 * BullMQ's PostgreSQL `add_jobs_bulk` creates the queue's job-id sequence on first use, even when
 * every job brings its own id, and the application role may not create objects (JobQueue's
 * single `add` with an id never needs it). So the owner makes that sequence up front, named as
 * BullMQ's `job_id_seq_name()` names it, and lets the application role use it.
 */
async function createJobIdSequence(migrationUrl, queueName, appRole) {
  const sequence = `bullmq_jid_${crypto.createHash('md5').update(queueName, 'utf8').digest('hex')}`;
  await withAdmin(migrationUrl, async (owner) => {
    await owner.query(`create sequence if not exists ${QUEUE_SCHEMA}.${sequence}`);
    await owner.query(`grant usage, select, update on sequence ${QUEUE_SCHEMA}.${sequence} to ${appRole}`);
  });
}

/** JobQueue.enqueue's options for mail.send, with the ledger row's job id. */
function jobOptions(mailId) {
  const definition = JOB_CATALOG['mail.send'];
  return {
    attempts: definition.attempts,
    backoff: { type: 'exponential', delay: RETRY_BASE_DELAY_MS, jitter: definition.backoffJitter },
    removeOnComplete: { age: definition.keepCompleted.ageSeconds, count: definition.keepCompleted.count },
    removeOnFail: { age: definition.keepFailedSeconds },
    jobId: mailJobId(mailId),
  };
}

/** Adds a job per mail, ENQUEUE_BATCH per addBulk, stamping each mail; returns the time taken (ms). */
async function enqueueAll(producer, mails) {
  const started = performance.now();
  for (const batch of chunks(mails, ENQUEUE_BATCH)) {
    if (lifecycle.interrupted()) throw new Error('interrupted');
    const at = performance.now();
    for (const mail of batch) mail.enqueuedAt = at;
    await producer.addBulk(
      batch.map((mail) => ({
        name: 'mail.send',
        data: { tenantId: mail.tenantId, mailId: mail.id },
        opts: jobOptions(mail.id),
      })),
    );
  }
  return performance.now() - started;
}

// ---------------------------------------------------------------------------------------------
// Redis
// ---------------------------------------------------------------------------------------------

async function findRedis() {
  const url = process.env.REDIS_URL || DEFAULT_REDIS_URL;
  const source = process.env.REDIS_URL ? 'REDIS_URL' : DEFAULT_REDIS_URL;
  const connection = new IORedis(url, {
    lazyConnect: true,
    connectTimeout: 2_000,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  connection.on('error', () => {});
  try {
    await connection.connect();
    await connection.ping();
    return { url, description: `${source} answers` };
  } catch (error) {
    return { url: undefined, description: `${source} does not answer (${error.message})` };
  } finally {
    connection.disconnect();
  }
}

/** Removes every key of one queue (BullMQ's default prefix `bull`), and only those. */
async function deleteRedisKeys(url, queueName) {
  const connection = new IORedis(url, { maxRetriesPerRequest: 3, lazyConnect: true });
  connection.on('error', () => {});
  await connection.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await connection.scan(cursor, 'MATCH', `bull:${queueName}:*`, 'COUNT', 1000);
      if (keys.length > 0) await connection.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await connection.quit().catch(() => {});
  }
}

async function redisFacts(url) {
  const connection = new IORedis(url, { maxRetriesPerRequest: 1, lazyConnect: true });
  connection.on('error', () => {});
  try {
    await connection.connect();
    const info = await connection.info('server');
    const version = /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown';
    const config = async (name) => {
      try {
        const [, value] = await connection.config('GET', name);
        return value;
      } catch {
        return 'unknown';
      }
    };
    return { version, evictionPolicy: await config('maxmemory-policy'), appendonly: await config('appendonly') };
  } finally {
    await connection.quit().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// The SMTP sink: counts and timestamps, keeps nothing
// ---------------------------------------------------------------------------------------------

const LEDGER_HEADER = /^x-pitlane-mail:[ \t]*([0-9a-f-]{36})/im;

/**
 * smtp-server waits 100 ms before its greeting on every connection (early-talker detection), and
 * has no option for it. Pitlane opens one connection per mail, so that wait alone would cap each
 * of the worker's slots at 10 mails/s and the benchmark would measure the sink. Here the sink
 * greets after `delayMs` instead (0 by default, as a relay on the same network does).
 */
function setGreetingDelay(delayMs) {
  let SMTPConnection;
  try {
    ({ SMTPConnection } = require(path.join(path.dirname(require.resolve('smtp-server')), 'smtp-connection.js')));
  } catch {
    // an smtp-server laid out differently
  }
  const prototype = SMTPConnection?.prototype;
  if (typeof prototype?._setListeners !== 'function' || typeof prototype?.connectionReady !== 'function') {
    say(`warning: cannot change smtp-server's greeting delay; it stays ${SMTP_SERVER_STOCK_GREETING_MS} ms`);
    return SMTP_SERVER_STOCK_GREETING_MS;
  }
  prototype.init = function init() {
    this._setListeners(() => {
      if (delayMs > 0) setTimeout(() => this.connectionReady(), delayMs).unref();
      else this.connectionReady();
    });
  };
  return delayMs;
}

async function startSink() {
  const { SMTPServer } = require('smtp-server');
  const greetingDelayMs = setGreetingDelay(settings.greetingDelayMs);
  let expected = new Set();
  let firstArrival = new Map();
  let timesSeen = new Map();
  let unexpected = 0;
  let first;
  let last;
  let sessions = [];
  const opened = new Map();

  function record(raw, at) {
    const headerEnd = raw.indexOf('\r\n\r\n');
    const header = raw.toString('latin1', 0, headerEnd === -1 ? Math.min(raw.length, 16_384) : headerEnd);
    const id = LEDGER_HEADER.exec(header)?.[1];
    if (!id || !expected.has(id)) {
      unexpected += 1;
      return;
    }
    timesSeen.set(id, (timesSeen.get(id) ?? 0) + 1);
    if (!firstArrival.has(id)) {
      firstArrival.set(id, at);
      first ??= at;
      last = at;
    }
  }

  const server = new SMTPServer({
    banner: 'Pitlane bench mail sink',
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 1_000,
    onClose(session) {
      const at = opened.get(session.remotePort);
      if (at === undefined) return;
      opened.delete(session.remotePort);
      sessions.push(performance.now() - at);
    },
    onData(stream, session, callback) {
      const parts = [];
      stream.on('data', (chunk) => parts.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        record(Buffer.concat(parts), performance.now());
        callback();
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // A client dropping its connection is reported as 'error'; it must not stop the sink.
  server.on('error', () => {});
  // A session is timed from the TCP accept (before the greeting) to the close.
  server.server.on('connection', (socket) => opened.set(socket.remotePort, performance.now()));

  return {
    port: server.server.address().port,
    greetingDelayMs,
    /** Starts a new measurement: these ledger ids are the ones to count. */
    expect(ids) {
      expected = new Set(ids);
      firstArrival = new Map();
      timesSeen = new Map();
      unexpected = 0;
      first = undefined;
      last = undefined;
      sessions = [];
    },
    arrived: () => firstArrival.size,
    arrivalOf: (id) => firstArrival.get(id) ?? NaN,
    arrivalTimes: () => [...firstArrival.values()].sort((a, b) => a - b),
    firstArrival: () => first,
    lastArrival: () => last,
    duplicatedIds: () => [...timesSeen.values()].filter((count) => count > 1).length,
    unexpected: () => unexpected,
    sessionTimes: () => [...sessions].sort((a, b) => a - b),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// ---------------------------------------------------------------------------------------------
// The worker as a child process
// ---------------------------------------------------------------------------------------------

function startWorker({ backend, namespace, appUrl, secrets, sinkPort, tempDir }) {
  const logFile = path.join(tempDir, `worker-${backend.kind}.log`);
  const log = fs.openSync(logFile, 'a');
  // Only what the worker needs: nothing from the caller's shell leaks into the measured config.
  const env = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: appUrl,
    DATABASE_POOL_MAX: String(WORKER_POOL_MAX),
    JWT_SECRET: secrets.jwtSecret,
    MASTER_KEY: secrets.masterKey.toString('base64'),
    MASTER_KEY_ID,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sinkPort),
    QUEUE_NAMESPACE: namespace,
    QUEUE_RETRY_BASE_DELAY_MS: String(RETRY_BASE_DELAY_MS),
    PUBLIC_BASE_URL,
    ...(backend.redisUrl ? { REDIS_URL: backend.redisUrl } : {}),
  };
  const child = spawn(process.execPath, [WORKER_MAIN], { cwd: ROOT, env, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  liveChildren.add(child);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  void exited.then(() => liveChildren.delete(child));
  say(`started the worker (pid ${child.pid}, ${backend.label} backend, namespace ${namespace})`);
  return { child, exited, logFile };
}

async function stopWorker(worker) {
  if (worker.child.exitCode !== null || worker.child.signalCode !== null) return;
  worker.child.kill('SIGTERM');
  // The worker gives running jobs QUEUE_SHUTDOWN_TIMEOUT_MS (30 s) before it gives up on them.
  const timer = setTimeout(() => worker.child.kill('SIGKILL'), 40_000);
  await worker.exited;
  clearTimeout(timer);
}

/** Warning and error lines of the worker's log, and the distinct messages among them. */
function logSummary(file) {
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { lines: 0, messages: [] };
  }
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const messages = new Map();
  for (const line of lines) {
    let message = line.slice(0, 160);
    try {
      const parsed = JSON.parse(line);
      // Where Postgres raised an error (a PL/pgSQL function of BullMQ's schema, say) is worth keeping.
      const where = /function (\w+)\(/.exec(String(parsed.err?.where ?? ''))?.[1];
      message = [parsed.message ?? parsed.msg, parsed.outcome, parsed.err?.message]
        .filter(Boolean)
        .join(': ')
        .concat(where ? ` (in ${where})` : '')
        .slice(0, 160);
    } catch {
      // not JSON (a library writing to stdout directly)
    }
    messages.set(message, (messages.get(message) ?? 0) + 1);
  }
  return { lines: lines.length, messages: [...messages.entries()].map(([message, count]) => ({ message, count })) };
}

// ---------------------------------------------------------------------------------------------
// Postgres and the machine
// ---------------------------------------------------------------------------------------------

async function describeMachine(adminUrl, redisUrl) {
  const postgres = await withAdmin(adminUrl, async (admin) => {
    const setting = async (name) => (await admin.query(`show ${name}`)).rows[0][name];
    return { version: await setting('server_version'), synchronousCommit: await setting('synchronous_commit') };
  });
  let cores;
  try {
    cores = Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  } catch {
    cores = os.availableParallelism();
  }
  return {
    cores,
    cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown CPU',
    memoryGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    postgresVersion: postgres.version,
    synchronousCommit: postgres.synchronousCommit,
    redis: redisUrl ? await redisFacts(redisUrl).catch(() => undefined) : undefined,
    platform: `${os.type()} ${os.release()}`,
  };
}

// ---------------------------------------------------------------------------------------------
// CPU shares: who used the cores during a measurement (Linux /proc; skipped elsewhere)
// ---------------------------------------------------------------------------------------------

const CLOCK_TICKS = clockTicksPerSecond();

/** CPU ticks of every process whose command is `comm`. */
function ticksOf(comm) {
  let ticks = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === comm) ticks += processTicks(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return ticks;
}

function cpuSnapshot(workerPid) {
  if (!fs.existsSync('/proc/stat')) return undefined;
  return {
    at: process.hrtime.bigint(),
    bench: process.cpuUsage(),
    worker: processTicks(workerPid),
    postgres: ticksOf('postgres'),
    redis: ticksOf('redis-server'),
    host: hostTicks(),
  };
}

/** Cores used by each party over the window (1.0 = one core fully busy). */
function cpuShares(before, after) {
  if (!before || !after) return undefined;
  const wallSeconds = Number(after.at - before.at) / 1e9;
  const bench = process.cpuUsage(before.bench);
  return {
    wallSeconds,
    bench: (bench.user + bench.system) / 1e6 / wallSeconds,
    worker: (after.worker - before.worker) / CLOCK_TICKS / wallSeconds,
    postgres: (after.postgres - before.postgres) / CLOCK_TICKS / wallSeconds,
    redis: (after.redis - before.redis) / CLOCK_TICKS / wallSeconds,
    hostBusy: (after.host.busy - before.host.busy) / Math.max(1, after.host.total - before.host.total),
  };
}

function otherCores(cpu, cores) {
  return Math.max(0, cpu.hostBusy * cores - cpu.worker - cpu.postgres - cpu.redis - cpu.bench);
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

function statusText(statuses) {
  if (statuses.length === 0) return 'empty';
  return statuses.map((row) => `${row.status} ${thousands(row.count)}`).join(', ');
}

function printReport(report) {
  process.stdout.write('\n');
  for (const result of report.results) {
    process.stdout.write(
      `${result.label.padEnd(10)} ${thousands(result.arrived)}/${thousands(result.mails)} mails in ` +
        `${result.totalSeconds.toFixed(1)} s = ${result.rate.toFixed(1)} mails/s; latency ms p50 ${ms(result.p50, 0)} ` +
        `p90 ${ms(result.p90, 0)} p99 ${ms(result.p99, 0)} max ${ms(result.max, 0)}; duplicated ${result.duplicated}; ` +
        `failed ${result.failedLedger}; ledger ${statusText(result.statuses)}; jobs ${JSON.stringify(result.jobCounts)}\n`,
    );
    if (result.cpu) {
      process.stdout.write(
        `           cores: worker ${result.cpu.worker.toFixed(2)}, postgres ${result.cpu.postgres.toFixed(2)}, ` +
          `redis ${result.cpu.redis.toFixed(2)}, bench ${result.cpu.bench.toFixed(2)}, host busy ` +
          `${Math.round(result.cpu.hostBusy * 100)} %; SMTP session p50 ${ms(result.smtpSession.p50)} ms; ` +
          `commits/mail ${ms(result.commitsPerMail, 1)}\n`,
      );
    }
    for (const { message, count } of result.workerLog.messages.slice(0, 5)) {
      process.stdout.write(`           worker log: ${count} x ${message}\n`);
    }
  }
  process.stdout.write('\n');
}

function renderSection(report) {
  const { machine, results } = report;
  const lines = [];
  const add = (line = '') => lines.push(line);
  const fullSize = settings.mails >= FULL_SIZE.mails && settings.workshops >= FULL_SIZE.workshops;
  add(SECTION_TITLE);
  add();
  add('```bash');
  add('npm run bench:mail   # builds, then runs scripts/bench/mail-throughput.js');
  add('```');
  add();
  add('| variable | default | meaning |');
  add('| --- | --- | --- |');
  add(
    '| `BENCH_DATABASE_URL` | machine Postgres or embedded | superuser URL; a fresh `pitlane_bench_*` database is made and dropped |',
  );
  add(
    `| \`REDIS_URL\` | \`${DEFAULT_REDIS_URL}\` if it answers | Redis for the BullMQ-on-Redis half; without one that half is skipped |`,
  );
  add(`| \`BENCH_MAILS\` | ${FULL_SIZE.mails} | mails asked for per backend |`);
  add(`| \`BENCH_WORKSHOPS\` | ${FULL_SIZE.workshops} | workshops the mails are spread over |`);
  add('| `BENCH_TIMEOUT` | 900 | seconds per backend until every mail must have arrived at the sink |');
  add(
    `| \`BENCH_SMTP_GREETING_DELAY\` | 0 | ms the sink waits before its greeting (smtp-server's own default is ${SMTP_SERVER_STOCK_GREETING_MS}) |`,
  );
  add();
  const redisFactsText = machine.redis
    ? `, Redis ${machine.redis.version} (maxmemory-policy ${machine.redis.evictionPolicy}, appendonly ${machine.redis.appendonly})`
    : '';
  add(
    `Run ${report.date.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine.cores} cores ` +
      `(\`nproc\`; ${machine.cpuModel}), ${machine.memoryGiB.toFixed(1)} GiB memory, ${machine.platform}, ` +
      `Node ${machine.node}, PostgreSQL ${machine.postgresVersion} (synchronous_commit ${machine.synchronousCommit}; ` +
      `${report.databaseSource})${redisFactsText}. The whole run took ${seconds(report.totalSeconds)}.`,
  );
  add();
  add(
    `Data: ${thousands(settings.mails)} mails per backend over ${settings.workshops} workshops ` +
      `(${thousands(Math.ceil(settings.mails / settings.workshops))} each)` +
      `${fullSize ? '' : ` (reduced size; the issue asks for ${thousands(FULL_SIZE.mails)} over ${FULL_SIZE.workshops})`}. ` +
      'Workshops were inserted as the application role, each with a data key wrapped under the ' +
      "worker's `MASTER_KEY`. The mails are the three the product sends today (e-mail verification, " +
      "password reset, e-mail change), in turn, in the workshop's language; each ledger row is written as " +
      "`MailOutbox.send` writes it: as the application role in the workshop's context (batches of up to " +
      `${INSERT_BATCH} rows per transaction), its secret (link or code) sealed under the workshop's key. Then ` +
      `one \`mail.send\` job per row with BullMQ's own \`Queue.addBulk\` (${ENQUEUE_BATCH} per call), on ` +
      "the worker's queue, with `JobQueue`'s job id (`mail.send-<ledger id>`), attempts, backoff and " +
      "retention: the whole batch is asked for at once, as a burst. (On PostgreSQL, BullMQ's bulk insert " +
      "creates the queue's job-id sequence on first use even when every job brings its id, which the " +
      'application role may not do, so the owner creates that sequence first; `JobQueue` adds one job at a ' +
      'time with an id and never needs it.) One worker process ' +
      `(\`node apps/worker/dist/main.js\`, \`LOG_LEVEL=warn\`, \`DATABASE_POOL_MAX=${WORKER_POOL_MAX}\`, ` +
      `mail concurrency ${CONCURRENCY}) delivers to an SMTP sink on 127.0.0.1 (smtp-server in the benchmark ` +
      'process, which timestamps each message and reads its `X-Pitlane-Mail` header, and stores nothing; it ' +
      `greets after ${report.greetingDelayMs} ms, where smtp-server by default holds every greeting back ` +
      `${SMTP_SERVER_STOCK_GREETING_MS} ms to catch early talkers). ` +
      `Before each run ${settings.workshops} warm-up mails (one per workshop) prove the worker consumes and ` +
      'fill its key cache; they are not counted. Each backend gets a fresh queue namespace and worker.',
  );
  add();
  add(
    'Total = first job enqueued to last mail arrived; mails/s over the same window. Latency = from the ' +
      "`addBulk` call that enqueued the mail to the mail's arrival at the sink. Duplicated = ledger ids that " +
      `arrived more than once (counted ${DUPLICATE_GRACE_MS / 1000} s past the last arrival).`,
  );
  add();
  add(
    '| backend | mails arrived | total s | mails/s | p50 ms | p90 ms | p99 ms | max ms | failed | duplicated | ledger after the run |',
  );
  add('| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- |');
  for (const result of results) {
    add(
      `| BullMQ on ${result.label} | ${thousands(result.arrived)} of ${thousands(result.mails)}` +
        `${result.timedOut ? ' (**timed out**)' : ''} | ${result.totalSeconds.toFixed(1)} | ${result.rate.toFixed(1)} | ` +
        `${ms(result.p50, 0)} | ${ms(result.p90, 0)} | ${ms(result.p99, 0)} | ${ms(result.max, 0)} | ` +
        `${result.failedLedger} | ${result.duplicated} | ${statusText(result.statuses)} |`,
    );
  }
  if (!results.some((result) => result.kind === 'redis')) {
    add();
    add(`No Redis half: ${report.redis.description}.`);
  }
  add();
  add(
    'Beside the table: ledger rows inserted, jobs enqueued, first delivery after the first enqueue, the pace ' +
      'over the first and the last quarter of the deliveries, the ' +
      "sink's view of one SMTP session (TCP accept to close), Postgres transactions committed in the bench " +
      'database per mail (worker, queue and producer together), retries, and BullMQ job counts at the end.',
  );
  add();
  add(
    '| backend | ledger insert s | enqueue s | first delivery ms | mails/s first / last quarter | SMTP session p50 / p99 ms | commits per mail | mails retried | jobs at the end |',
  );
  add('| --- | --: | --: | --: | --: | --: | --: | --: | --- |');
  for (const result of results) {
    const counts = Object.entries(result.jobCounts)
      .filter(([, count]) => count > 0)
      .map(([state, count]) => `${state} ${thousands(count)}`)
      .join(', ');
    add(
      `| ${result.label} | ${result.insertSeconds.toFixed(1)} | ${result.enqueueSeconds.toFixed(1)} | ` +
        `${ms(result.firstDeliveryMs, 0)} | ${ms(result.firstQuarterRate, 0)} / ${ms(result.lastQuarterRate, 0)} | ` +
        `${ms(result.smtpSession.p50, 1)} / ${ms(result.smtpSession.p99, 1)} | ` +
        `${ms(result.commitsPerMail, 1)} | ${result.retried} | ${counts || 'none'} |`,
    );
  }
  add();
  const cpuRows = results.filter((result) => result.cpu);
  if (cpuRows.length > 0) {
    add(
      `CPU from first enqueue to last delivery, in cores (of ${machine.cores}). "Postgres" is every postgres ` +
        'process on the machine; "bench" is this script (the enqueueing and the SMTP sink); "other" is host ' +
        'busy time nobody listed accounts for (unrelated work on the machine).',
    );
    add();
    add('| backend | worker | Postgres | Redis | bench | other | host busy | worker CPU per mail |');
    add('| --- | --: | --: | --: | --: | --: | --: | --: |');
    for (const result of cpuRows) {
      const cpu = result.cpu;
      add(
        `| ${result.label} | ${cpu.worker.toFixed(2)} | ${cpu.postgres.toFixed(2)} | ${cpu.redis.toFixed(2)} | ` +
          `${cpu.bench.toFixed(2)} | ${otherCores(cpu, machine.cores).toFixed(2)} | ` +
          `${Math.round(cpu.hostBusy * 100)} % | ${ms((cpu.worker / result.rate) * 1000, 2)} ms |`,
      );
    }
    add();
  }
  for (const result of results) {
    if (result.workerLog.lines === 0) continue;
    add(
      `The worker (${result.label}) logged ${result.workerLog.lines} warning/error lines: ` +
        result.workerLog.messages
          .slice(0, 5)
          .map(({ message, count }) => `${count} x "${message.replace(/\|/g, '/')}"`)
          .join('; ') +
        '.',
    );
    add();
  }
  for (const paragraph of findings(report)) {
    add(paragraph);
    add();
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Plain sentences on what the numbers mean. */
function findings(report) {
  const { results, machine } = report;
  const paragraphs = [];
  const clean = results.every(
    (result) => !result.timedOut && result.duplicated === 0 && result.failedLedger === 0 && result.unexpected === 0,
  );
  if (clean) {
    paragraphs.push(
      'Every mail arrived exactly once: no duplicate at the sink, no failed row, every ledger row `sent`' +
        (results.some((result) => result.retried > 0) ? ' (some after a retry, see above).' : ', none retried.'),
    );
  } else {
    paragraphs.push(
      'Problems: ' +
        results
          .map(
            (result) =>
              `${result.label}: ${result.timedOut ? 'timed out, ' : ''}${result.duplicated} duplicated, ` +
              `${result.failedLedger} failed, ${result.unexpected} unexpected messages at the sink`,
          )
          .join('; ') +
        '.',
    );
  }

  let why = '';
  const described = results.map((result) => {
    const slotMs = (CONCURRENCY / result.rate) * 1000;
    return `${result.label} ${result.rate.toFixed(0)} mails/s, i.e. ${ms(slotMs, 1)} ms per mail in each of the ${CONCURRENCY} slots`;
  });
  why +=
    `What bounds throughput: one worker process runs ${CONCURRENCY} mail jobs at once (\`QUEUE_CONCURRENCY\` in ` +
    `\`libs/queue/src/job-catalog.ts\`), so throughput = ${CONCURRENCY} / time per mail: ` +
    `${described.join('; ')}. `;
  const session = results.map((result) => ms(result.smtpSession.p50, 1)).join(' / ');
  why +=
    'Each mail costs a whole SMTP conversation on a new connection (`createSmtpTransport` uses no pool): TCP ' +
    'connect, greeting, EHLO, MAIL FROM, RCPT TO, DATA, the message, QUIT — about seven round trips, ' +
    `${session} ms per session at the sink (p50${results.length > 1 ? `, ${results.map((r) => r.label).join(' / ')}` : ''}). ` +
    'Around it runs one transaction per mail (`MailDelivery.deliver`): BEGIN, the tenant setting, ' +
    '`SELECT … FOR UPDATE` of the ledger row, render, the SMTP send, UPDATE, COMMIT, so a database ' +
    'connection and the row lock are held for the whole SMTP conversation; then BullMQ moves the job to ' +
    'completed and fetches the next. Because nothing is reused between mails, any wait at the start of a ' +
    'conversation is paid per mail: a relay whose greeting or round trips add 100 ms caps one worker at ' +
    `${CONCURRENCY} / 0.1 s = ${CONCURRENCY * 10} mails/s whatever the queue backend (smtp-server's stock ` +
    `greeting delay does exactly that; \`BENCH_SMTP_GREETING_DELAY=${SMTP_SERVER_STOCK_GREETING_MS}\` shows it). `;
  const cpuRows = results.filter((result) => result.cpu);
  if (cpuRows.length > 0) {
    const busiest = Math.max(...cpuRows.map((result) => result.cpu.hostBusy));
    const parts = cpuRows.map(
      (result) =>
        `${result.label}: worker ${result.cpu.worker.toFixed(2)}, Postgres ${result.cpu.postgres.toFixed(2)}` +
        `${result.kind === 'redis' ? `, Redis ${result.cpu.redis.toFixed(2)}` : ''}, bench ${result.cpu.bench.toFixed(2)} ` +
        `cores, host ${Math.round(result.cpu.hostBusy * 100)} % busy`,
    );
    if (busiest >= 0.85) {
      why +=
        `The ${machine.cores} shared cores were close to saturated (${parts.join('; ')}): load generator, ` +
        'sink, worker, Postgres and Redis all run on the same machine, so much of the time per mail is ' +
        'waiting for a core rather than for the network; on a real deployment the SMTP relay and the ' +
        'database are elsewhere, and the round trips cost more wall time but no local CPU. ';
    } else {
      why +=
        `The cores were not saturated (${parts.join('; ')}), so the jobs mostly wait on round trips (SMTP, ` +
        'database, queue) rather than CPU: more concurrency per worker, or more workers, would raise throughput. ';
    }
    const worker = Math.max(...cpuRows.map((result) => result.cpu.worker));
    if (worker >= 0.85) {
      why +=
        `The worker's single event loop used up to ${worker.toFixed(2)} cores: it is CPU-bound (rendering, ` +
        'nodemailer, TypeORM, BullMQ bookkeeping), so more processes, not more concurrency, is the lever. ';
    }
    const other = Math.max(...cpuRows.map((result) => otherCores(result.cpu, machine.cores)));
    if (other >= 0.2) {
      why +=
        `Unrelated processes used up to ${other.toFixed(2)} cores during these runs (and "Postgres" counts ` +
        'every database on the server), so the numbers are pessimistic and noisy.';
    }
  }
  paragraphs.push(why.trim());

  const postgres = results.find((result) => result.kind === 'postgres');
  const redis = results.find((result) => result.kind === 'redis');
  if (postgres) {
    let backend = '';
    if (redis) {
      backend +=
        `Redis delivered ${(redis.rate / postgres.rate).toFixed(2)}x the PostgreSQL backend's rate. On PostgreSQL ` +
        `every queue operation is itself a Postgres transaction (${ms(postgres.commitsPerMail, 1)} commits per mail ` +
        `against ${ms(redis.commitsPerMail, 1)} with Redis, where only the ledger commits), competing with the ` +
        'ledger for the same server and cores. ';
    }
    const keep = JOB_CATALOG['mail.send'].keepCompleted.count;
    const deadlocks = postgres.workerLog.messages.filter(({ message }) => /deadlock/i.test(message));
    const deadlockCount = deadlocks.reduce((sum, { count }) => sum + count, 0);
    const inRetention = deadlocks.some(({ message }) => message.includes('apply_retention'));
    if (!redis || redis.rate > postgres.rate * 1.5 || deadlockCount > 0) {
      backend +=
        'A cost particular to this backend is the retention `JobQueue` asks for: mail.send keeps the last ' +
        `${thousands(keep)} completed jobs (\`keepCompleted\` in \`libs/queue/src/job-catalog.ts\`, sent as ` +
        "`removeOnComplete.count`), and BullMQ's PostgreSQL backend enforces that on every completion " +
        '(`apply_retention`) with `DELETE FROM job WHERE … AND id NOT IN (the newest N completed jobs)`, which ' +
        'sorts and scans every completed job of the queue, inside the transaction that also claims the next ' +
        `job: the work per mail grows with the completed jobs kept, up to ${thousands(keep)}. Redis trims a ` +
        'sorted set instead. ';
    }
    if (postgres.lastQuarterRate < postgres.firstQuarterRate * 0.8) {
      backend +=
        `Its pace fell during the run (${ms(postgres.firstQuarterRate, 0)} mails/s over the first quarter of ` +
        `the deliveries, ${ms(postgres.lastQuarterRate, 0)} over the last). `;
    }
    if (deadlockCount > 0) {
      backend +=
        `The worker logged ${deadlockCount} \`deadlock detected\` errors` +
        `${inRetention ? ', raised in `apply_retention` (concurrent completions deleting the same surplus rows in different orders)' : ''}; ` +
        'BullMQ retried those completions, and no mail was lost, failed or sent twice.';
    }
    if (backend) paragraphs.push(backend.trim());
  }

  const burst = results.map(
    (result) => `${result.label}: p50 ${ms(result.p50 / 1000, 1)} s of a ${result.totalSeconds.toFixed(1)} s drain`,
  );
  paragraphs.push(
    `Latency here is queueing time, not delivery time: all ${thousands(settings.mails)} mails are asked for in a ` +
      'burst, so a mail waits for everything ahead of it and the median lands near half the drain ' +
      `(${burst.join('; ')}); the first mail arrived ${results.map((result) => `${ms(result.firstDeliveryMs, 0)} ms`).join(' / ')} ` +
      'after the first enqueue. A mail asked for on an idle queue takes about one SMTP session plus the two ' +
      `transactions. These are numbers from a shared ${machine.cores}-core machine running everything at once; treat them ` +
      'as a floor, and as a comparison between the two backends, not as production capacity.',
  );
  return paragraphs;
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

function nonNegativeIntFromEnv(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    process.stderr.write(`${name} must be a whole number of milliseconds\n`);
    process.exit(1);
  }
  return value;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted, fraction) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
}

const sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));
const ms = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const thousands = (value) => value.toLocaleString('en-US').replace(/,/g, ' ');
const seconds = (value) => (value >= 120 ? `${(value / 60).toFixed(1)} min` : `${value.toFixed(1)} s`);

runMain(main, lifecycle, say);
