// What mail-throughput watches while a backend drains: arrivals at the sink, the ledger, the
// database's commits and backends.
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Lifecycle } from '../lifecycle';
import type { MailSink } from '../mail-sink';
import { type BenchDatabase, withAdmin } from '../postgres';
import type { Child } from '../processes';

/** Nearest-rank percentile of sorted values. */
export const percentile = (sorted: readonly number[], fraction: number) =>
  sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;

export async function waitForArrivals(
  setup: { sink: MailSink; lifecycle: Lifecycle; say: (line: string) => void },
  worker: Child,
  count: number,
  deadline: number,
  label: string,
) {
  let last = { at: performance.now(), count: 0 };
  while (setup.sink.arrived() < count) {
    if (setup.lifecycle.interrupted()) throw new Error('interrupted');
    if (worker.process.exitCode !== null) throw new Error(`the worker exited during the ${label}`);
    if (performance.now() > deadline) return false;
    if (performance.now() - last.at >= 5_000) {
      const rate = ((setup.sink.arrived() - last.count) / (performance.now() - last.at)) * 1000;
      setup.say(`  ${label}: ${setup.sink.arrived()}/${count} delivered (${rate.toFixed(0)}/s)`);
      last = { at: performance.now(), count: setup.sink.arrived() };
    }
    await sleep(50);
  }
  return true;
}

export const query = <T>(url: string, sql: string, params: unknown[] = []) =>
  withAdmin(url, async (admin) => (await admin.query(sql, params)).rows as T[]);

/** Until no ledger row is `queued` (the worker commits right after the SMTP send), or the timeout. */
export async function waitForLedger(adminDbUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const queued = async () =>
    (await query<{ n: number }>(adminDbUrl, `select count(*)::int as n from mail_messages where status = 'queued'`))[0]!
      .n;
  while ((await queued()) > 0 && Date.now() < deadline) await sleep(200);
}

export async function databaseCommits(database: BenchDatabase): Promise<number> {
  const sql = 'select xact_commit as n from pg_stat_database where datname = $1';
  return Number((await query<{ n: string }>(database.adminDbUrl, sql, [database.name]))[0]?.n);
}

/** Pids of this database's backends right now (pooled ones come and go). */
export async function databaseBackends(database: BenchDatabase): Promise<number[]> {
  const sql = 'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()';
  return (await query<{ pid: number }>(database.adminDbUrl, sql, [database.name])).map((row) => row.pid);
}

/** Ledger rows by status, and how many took more than one attempt. */
export async function ledgerState(adminDbUrl: string) {
  const statuses = await query<{ status: string; count: number }>(
    adminDbUrl,
    'select status, count(*)::int as count from mail_messages group by 1 order by 1',
  );
  const [{ retried = 0 } = {}] = await query<{ retried: number }>(
    adminDbUrl,
    'select count(*) filter (where attempts > 1)::int as retried from mail_messages',
  );
  return { statuses, retried };
}
