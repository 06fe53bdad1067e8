// One queue backend of mail-throughput: a fresh namespace and worker, a warm-up, then the ledger
// rows, every job in a burst, and the wait until every mail has arrived at the sink.
import type { TenantKeyring } from '@pitlane/crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'pg';
import { cpuShares, cpuSnapshot, type CpuShares, type ProcessGroups } from '../cpu';
import type { Lifecycle } from '../lifecycle';
import type { MailSink } from '../mail-sink';
import type { BenchDatabase } from '../postgres';
import { type Secrets, stopChild } from '../processes';
import { deleteNamespaceKeys } from '../redis';
import { type LogSummary, startWorker, summarizeLog } from '../worker-process';
import {
  databaseBackends,
  databaseCommits,
  ledgerState,
  percentile,
  query,
  waitForArrivals,
  waitForLedger,
} from './mail-observe';
import { type Backend, createProducer, enqueueAll, RETRY_BASE_DELAY_MS } from './mail-queue';
import { type BenchWorkshop, INSERT_CONCURRENCY, insertMails, PUBLIC_BASE_URL } from './mail-seed';

/** The worker's database pool: `.env.example`'s DATABASE_POOL_MAX, passed explicitly. */
export const WORKER_POOL_MAX = 10;
/** After the last expected mail, how long the sink keeps listening for late duplicates. */
export const DUPLICATE_GRACE_MS = 3_000;
const WARMUP_TIMEOUT_MS = 120_000;

export interface MailSettings {
  readonly mails: number;
  readonly workshops: number;
  readonly timeoutSeconds: number;
  readonly greetingDelayMs: number;
  readonly keepCompleted: number;
}

export interface BackendSetup {
  readonly runId: string;
  readonly database: BenchDatabase;
  readonly workshops: readonly BenchWorkshop[];
  readonly keyring: TenantKeyring;
  readonly sink: MailSink;
  readonly secrets: Secrets;
  readonly tempDir: string;
  readonly lifecycle: Lifecycle;
  readonly say: (line: string) => void;
  readonly settings: MailSettings;
  readonly redisPid?: number;
}

export interface BackendResult {
  readonly label: string;
  readonly mails: number;
  readonly arrived: number;
  readonly timedOut: boolean;
  readonly insertSeconds: number;
  readonly enqueueSeconds: number;
  readonly totalSeconds: number;
  readonly rate: number;
  readonly paceFirstLastQuarter: readonly [number, number];
  readonly latencyMs: { p50: number; p90: number; p99: number; max: number };
  readonly firstDeliveryMs: number;
  readonly duplicated: number;
  readonly unexpected: number;
  readonly smtpSessionMs: { p50: number; p99: number };
  readonly ledger: { statuses: { status: string; count: number }[]; retried: number };
  readonly jobCounts: Record<string, number>;
  readonly commitsPerMail: number;
  readonly cpu: CpuShares;
  readonly workerLog: LogSummary;
}

export async function runBackend(backend: Backend, setup: BackendSetup): Promise<BackendResult> {
  const { database, lifecycle, say, sink, settings } = setup;
  const namespace = `bench-${setup.runId}-${backend.kind === 'redis' ? 'redis' : 'pg'}`;
  const queueName = `${namespace}-mail`;
  say(`${backend.label} backend: queue ${queueName}`);
  if (backend.kind === 'redis') {
    // The worker's every queue (mail, and the platform scheduler it upserts at boot) lives in the namespace.
    lifecycle.onCleanup(`delete the Redis keys of ${namespace}`, () =>
      deleteNamespaceKeys(backend.redisUrl, namespace),
    );
  }
  const producer = createProducer(backend, queueName, database.adminDbUrl);
  lifecycle.onCleanup(`close the ${backend.label} producer`, () => producer.close());
  const worker = await startWorker(lifecycle, setup.tempDir, {
    label: `worker-${backend.kind}`,
    appUrl: database.appUrl,
    secrets: setup.secrets,
    smtpPort: sink.port,
    env: {
      DATABASE_POOL_MAX: String(WORKER_POOL_MAX),
      QUEUE_NAMESPACE: namespace,
      QUEUE_RETRY_BASE_DELAY_MS: String(RETRY_BASE_DELAY_MS),
      QUEUE_KEEP_COMPLETED_COUNT: String(settings.keepCompleted),
      PUBLIC_BASE_URL,
      ...(backend.kind === 'redis' ? { REDIS_URL: backend.redisUrl } : {}),
    },
  });
  const pool = new Pool({ connectionString: database.appUrl, max: INSERT_CONCURRENCY });
  const insert = (count: number, tag: string) => insertMails(pool, setup.keyring, setup.workshops, count, tag);
  const interrupted = () => lifecycle.interrupted();
  try {
    // Warm-up: one mail per workshop proves the worker consumes, and fills its key cache.
    const warmup = await insert(setup.workshops.length, `warmup-${backend.kind}`);
    sink.expect(warmup.map((mail) => mail.id));
    await enqueueAll(producer, warmup, settings.keepCompleted, interrupted);
    if (!(await waitForArrivals(setup, worker, warmup.length, performance.now() + WARMUP_TIMEOUT_MS, 'warm-up'))) {
      throw new Error(`warm-up: only ${sink.arrived()} of ${warmup.length} mails arrived; see ${worker.logFile}`);
    }
    await waitForLedger(database.adminDbUrl, 30_000);
    await query(database.adminDbUrl, 'delete from mail_messages');

    // The measured run: ledger rows first (timed apart), then every job as fast as BullMQ takes them.
    const insertStarted = performance.now();
    const mails = await insert(settings.mails, `bench-${backend.kind}`);
    const insertSeconds = (performance.now() - insertStarted) / 1000;
    say(`inserted ${mails.length} ledger rows in ${insertSeconds.toFixed(1)} s; enqueueing them`);
    await sleep(1_500); // idle connections report their statistics before the snapshot
    sink.expect(mails.map((mail) => mail.id));
    const commits = () => databaseCommits(database);
    const backends = () => databaseBackends(database);
    const groups = async (): Promise<ProcessGroups> => ({
      worker: [worker.pid],
      postgres: await backends(),
      redis: setup.redisPid && backend.kind === 'redis' ? [setup.redisPid] : [],
      bench: [process.pid],
    });
    const commitsBefore = await commits();
    const first = await groups();
    const cpuBefore = cpuSnapshot(first);
    const firstEnqueue = performance.now();
    const enqueued = enqueueAll(producer, mails, settings.keepCompleted, interrupted);
    const arrival = waitForArrivals(setup, worker, mails.length, firstEnqueue + settings.timeoutSeconds * 1000, 'run');
    arrival.catch(() => undefined); // awaited below; never an unhandled rejection if enqueueing fails first
    const enqueueSeconds = (await enqueued) / 1000;
    const timedOut = !(await arrival);
    const last = await groups();
    const all = Object.fromEntries(
      Object.entries(first).map(([name, pids]) => [name, [...new Set([...pids, ...(last[name] ?? [])])]]),
    );
    const cpu = cpuShares(cpuBefore, cpuSnapshot(all), all);
    const arrivals = sink.arrivalTimes();
    const windowMs = (arrivals.at(-1) ?? performance.now()) - firstEnqueue;
    if (timedOut) say(`TIMEOUT: ${sink.arrived()} of ${mails.length} arrived within ${settings.timeoutSeconds} s`);
    await sleep(DUPLICATE_GRACE_MS);
    await waitForLedger(database.adminDbUrl, timedOut ? 1_000 : 30_000);
    const jobCounts = await producer.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
    const ledger = await ledgerState(database.adminDbUrl);
    await stopChild(worker);
    await producer.close();
    await sleep(1_500); // closed connections report their last statistics as they exit
    const commitsAfter = await commits();
    const latencies = mails
      .map((mail) => sink.arrivalOf(mail.id) - mail.enqueuedAt)
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    const quarter = Math.floor(arrivals.length / 4);
    const pace = (from: number, to: number) =>
      quarter > 1 ? (to - from) / ((arrivals[to]! - arrivals[from]!) / 1000) : NaN;
    const sessions = sink.sessionTimes();
    if (backend.kind === 'redis') await deleteNamespaceKeys(backend.redisUrl, namespace);
    await query(database.adminDbUrl, 'delete from mail_messages');
    return {
      label: backend.label,
      mails: mails.length,
      arrived: sink.arrived(),
      timedOut,
      insertSeconds,
      enqueueSeconds,
      totalSeconds: windowMs / 1000,
      rate: sink.arrived() / (windowMs / 1000),
      paceFirstLastQuarter: [pace(0, quarter), pace(arrivals.length - 1 - quarter, arrivals.length - 1)],
      latencyMs: {
        p50: percentile(latencies, 0.5),
        p90: percentile(latencies, 0.9),
        p99: percentile(latencies, 0.99),
        max: latencies.at(-1) ?? NaN,
      },
      firstDeliveryMs: (arrivals[0] ?? NaN) - firstEnqueue,
      duplicated: sink.duplicated(),
      unexpected: sink.unexpected(),
      smtpSessionMs: { p50: percentile(sessions, 0.5), p99: percentile(sessions, 0.99) },
      ledger,
      jobCounts,
      commitsPerMail: (commitsAfter - commitsBefore) / mails.length,
      cpu,
      workerLog: summarizeLog(worker.logFile),
    };
  } finally {
    await pool.end();
  }
}
