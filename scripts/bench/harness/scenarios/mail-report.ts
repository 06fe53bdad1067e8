// mail-throughput's section of docs/benchmarks.md: how it ran (with the machine load), what was
// sent, and per backend the drain, the run's inner figures and who used the cores.
import { QUEUE_CONCURRENCY } from '@pitlane/queue';
import { STOCK_GREETING_MS } from '../mail-sink';
import type { ScenarioReport } from '../report';
import { fixed, whole } from '../summary';
import { type BackendResult, DUPLICATE_GRACE_MS, type MailSettings, WORKER_POOL_MAX } from './mail-backend-run';
import { ENQUEUE_BATCH } from './mail-queue';
import { INSERT_BATCH } from './mail-seed';

const FULL_SIZE = { mails: 20_000, workshops: 100 };

export interface MailRun {
  readonly ranAt: Date;
  readonly totalSeconds: number;
  readonly load: { before: number; after: number; cores: number };
  readonly settings: MailSettings;
  readonly greetingDelayMs: number;
  readonly server: string;
  readonly redis: string;
  readonly results: readonly BackendResult[];
}

const statusText = (result: BackendResult) =>
  result.ledger.statuses.map((row) => `${row.status} ${whole(row.count)}`).join(', ') || 'empty';

export function mailReport(run: MailRun): ScenarioReport {
  const { settings, load, results } = run;
  const fullSize = settings.mails >= FULL_SIZE.mails && settings.workshops >= FULL_SIZE.workshops;
  const clean = results.every((r) => !r.timedOut && r.duplicated === 0 && r.unexpected === 0 && r.arrived === r.mails);
  const failed = (result: BackendResult) => result.ledger.statuses.find((row) => row.status === 'failed')?.count ?? 0;
  return {
    id: 'mail-throughput',
    title: 'Mail through the queue (issue 4)',
    notes: [
      `\`npm run bench:mail\`, run ${run.ranAt.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${load.cores} ` +
        `cores, Node ${process.version}, ${run.server}, ${run.redis}. **Machine load average ` +
        `${load.before.toFixed(1)} before, ${load.after.toFixed(1)} after** (${load.cores} cores, shared with other ` +
        `work): the worker, Postgres, Redis and this process (producer and sink) share the cores. The whole run took ` +
        `${(run.totalSeconds / 60).toFixed(1)} min.`,
      `Data: ${whole(settings.mails)} mails per backend over ${settings.workshops} workshops` +
        `${fullSize ? '' : ` (reduced size; the issue asks for ${whole(FULL_SIZE.mails)} over ${FULL_SIZE.workshops})`}` +
        ", inserted as the application role, each with a data key wrapped under the worker's `MASTER_KEY`. The " +
        'mails are the three account mails (e-mail verification, password reset, e-mail change), in turn, in the ' +
        "workshop's language; each ledger row is written as `MailOutbox.send` writes it: as the application role " +
        `in the workshop's context (up to ${INSERT_BATCH} rows per transaction), its secret sealed by ` +
        "`TenantKeyring`. Then one `mail.send` job per row with BullMQ's `Queue.addBulk` (" +
        `${ENQUEUE_BATCH} per call) with \`JobQueue\`'s job id, attempts, backoff and retention ` +
        `(\`QUEUE_KEEP_COMPLETED_COUNT=${settings.keepCompleted}\`): a burst (on PostgreSQL through the ` +
        "superuser: BullMQ's bulk insert needs a temporary table and a job-id sequence, which the application " +
        'role may not create). One worker process ' +
        `(\`LOG_LEVEL=warn\`, \`DATABASE_POOL_MAX=${WORKER_POOL_MAX}\`, mail concurrency ${QUEUE_CONCURRENCY.mail}) ` +
        'delivers to an SMTP sink on 127.0.0.1 (`scripts/bench/harness/mail-sink.ts`: counts and timestamps ' +
        `each \`X-Pitlane-Mail\` id, stores nothing, greets after ${run.greetingDelayMs} ms where smtp-server ` +
        `would wait ${STOCK_GREETING_MS} ms). ${settings.workshops} warm-up mails (one per workshop) first prove ` +
        'the worker consumes; they are not counted. Each backend gets a fresh queue namespace and worker.',
      'Total = first job enqueued to last mail arrived; mails/s over the same window. Latency = from the `addBulk` call that enqueued the mail to its arrival at the sink. Duplicated = ledger ids that arrived more than once (counted ' +
        `${DUPLICATE_GRACE_MS / 1000} s past the last arrival). Then: the pace over the first and the last quarter ` +
        "of the deliveries, the sink's view of one SMTP session (TCP accept to close), commits in the bench database " +
        'per mail (worker, queue and producer), retries, job counts at the end; and CPU from first enqueue to last ' +
        `delivery in cores (of ${load.cores}): the worker, this database's Postgres backends, Redis, this process ` +
        '("bench": producer and sink), "other" = host busy time none of them accounts for.',
    ],
    tables: [
      {
        columns: [
          'backend',
          'mails arrived',
          'total s',
          'mails/s',
          'p50 ms',
          'p90 ms',
          'p99 ms',
          'max ms',
          'failed',
          'duplicated',
          'ledger after the run',
        ],
        align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
        rows: results.map((r) => [
          `BullMQ on ${r.label}`,
          `${whole(r.arrived)} of ${whole(r.mails)}${r.timedOut ? ' (**timed out**)' : ''}`,
          fixed(r.totalSeconds),
          fixed(r.rate),
          ...[r.latencyMs.p50, r.latencyMs.p90, r.latencyMs.p99, r.latencyMs.max].map((value) => fixed(value, 0)),
          String(failed(r)),
          String(r.duplicated),
          statusText(r),
        ]),
      },
      {
        columns: [
          'backend',
          'ledger insert s',
          'enqueue s',
          'first delivery ms',
          'mails/s first / last quarter',
          'SMTP session p50 / p99 ms',
          'commits per mail',
          'mails retried',
          'jobs at the end',
        ],
        align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
        rows: results.map((r) => [
          r.label,
          fixed(r.insertSeconds),
          fixed(r.enqueueSeconds),
          fixed(r.firstDeliveryMs, 0),
          r.paceFirstLastQuarter.map((rate) => fixed(rate, 0)).join(' / '),
          `${fixed(r.smtpSessionMs.p50)} / ${fixed(r.smtpSessionMs.p99)}`,
          fixed(r.commitsPerMail),
          String(r.ledger.retried),
          Object.entries(r.jobCounts)
            .filter(([, n]) => n > 0)
            .map(([state, n]) => `${state} ${whole(n)}`)
            .join(', ') || 'none',
        ]),
      },
      {
        columns: ['backend', 'worker', 'Postgres', 'Redis', 'bench', 'other', 'host busy', 'worker CPU per mail'],
        align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
        rows: results.map((r) => {
          const listed = ['worker', 'postgres', 'redis', 'bench'].map((group) => r.cpu.cores[group] ?? 0);
          const other = Math.max(0, r.cpu.hostBusy * load.cores - listed.reduce((sum, cores) => sum + cores, 0));
          return [
            r.label,
            ...listed.map((cores) => fixed(cores, 2)),
            fixed(other, 2),
            `${fixed(r.cpu.hostBusy * 100, 0)} %`,
            `${fixed(((r.cpu.cores.worker ?? NaN) / r.rate) * 1000, 2)} ms`,
          ];
        }),
      },
    ],
    details: [
      clean
        ? `Every mail arrived exactly once: no duplicate or stray message at the sink; ledger ${results.map((r) => `${r.label}: ${statusText(r)}`).join('; ')}.`
        : `**Problems:** ${results.map((r) => `${r.label}: ${r.timedOut ? 'timed out, ' : ''}${r.mails - r.arrived} missing, ${r.duplicated} duplicated, ${failed(r)} failed, ${r.unexpected} unexpected`).join('; ')}.`,
      ...results
        .filter((r) => r.workerLog.lines > 0)
        .map(
          (r) =>
            `The worker (${r.label}) logged ${r.workerLog.lines} warning/error lines: ` +
            r.workerLog.messages
              .slice(0, 5)
              .map(({ message, count }) => `${count} x "${message}"`)
              .join('; ') +
            '.',
        ),
    ],
    raw: run,
  };
}
