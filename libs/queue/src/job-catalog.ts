/**
 * The one place that declares Pitlane's queues, their jobs, payloads, retry policy and schedules.
 * A payload names what to do (ids, never secrets or identifiers in clear). A tenant job always
 * carries the tenant, which the worker restores before the handler touches data; a platform job
 * (declared `scope: 'platform'`) carries none and runs in no tenant's context.
 */

/** Deliver one mail from the mail ledger (the ledger row holds what to send, sealed). */
export interface MailSendPayload {
  readonly tenantId: string;
  readonly mailId: string;
}

/**
 * Roll up every workshop's usage of `day` and the day before (UTC), and refresh the totals. The
 * scheduler's template carries no day: the handler takes today's, so each run rolls up the
 * current pair of days.
 */
export interface UsageRollupPayload {
  readonly day?: string;
}

/** Take the words no document holds out of every workshop's search dictionary. Nothing to name. */
export type SearchDictionaryPrunePayload = Record<string, never>;

export interface JobPayloads {
  'mail.send': MailSendPayload;
  'platform.usage-rollup': UsageRollupPayload;
  'search.prune-dictionary': SearchDictionaryPrunePayload;
}

export type JobName = keyof JobPayloads;

export const QUEUE_NAMES = ['mail', 'platform'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobDefinition {
  readonly queue: QueueName;
  /** `tenant` (the default): the payload's tenantId is required and restored; `platform`: none. */
  readonly scope?: 'tenant' | 'platform';
  /** Repeats on its own every this many milliseconds (a BullMQ job scheduler the worker upserts). */
  readonly everyMs?: number;
  /** Total tries, the first included. */
  readonly attempts: number;
  /** Exponential backoff: base delay x 2^(try - 1), spread by this fraction of jitter. */
  readonly backoffJitter: number;
  /** Failed (exhausted) jobs stay visible this long. */
  readonly keepFailedSeconds: number;
}

/** How long kept completed jobs stay, when QUEUE_KEEP_COMPLETED_COUNT keeps any. */
const DAY = 86_400;
export const KEEP_COMPLETED_SECONDS = DAY;

export const JOB_CATALOG: { readonly [N in JobName]: JobDefinition } = {
  // With the default 5 s base, 10 tries span about 85 minutes: an SMTP outage of an hour loses
  // nothing. Completed jobs are kept only as QUEUE_KEEP_COMPLETED_COUNT says: the mail ledger
  // records every outcome.
  'mail.send': {
    queue: 'mail',
    attempts: 10,
    backoffJitter: 0.3,
    keepFailedSeconds: 30 * DAY,
  },
  // Every 10 minutes: usage figures on the operator console are at most that old. A failed run is
  // retried twice, then the next run covers the same days (the rollup is an upsert).
  'platform.usage-rollup': {
    queue: 'platform',
    scope: 'platform',
    everyMs: 10 * 60_000,
    attempts: 3,
    backoffJitter: 0.3,
    keepFailedSeconds: 7 * DAY,
  },
  // Daily: stale words cost little (a row, and a lookup finding nothing), so a day's worth is
  // nothing to hurry for. A failed run is retried twice, then tomorrow's covers it.
  'search.prune-dictionary': {
    queue: 'platform',
    scope: 'platform',
    everyMs: DAY * 1000,
    attempts: 3,
    backoffJitter: 0.3,
    keepFailedSeconds: 7 * DAY,
  },
};

export const JOB_NAMES = Object.keys(JOB_CATALOG) as JobName[];

/** How many jobs of a queue may run at once in one worker process. */
export const QUEUE_CONCURRENCY: { readonly [Q in QueueName]: number } = { mail: 8, platform: 1 };
