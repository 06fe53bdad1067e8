/**
 * The one place that declares Pitlane's queues, their jobs, payloads and retry policy. A payload
 * names what to do (ids, never secrets or identifiers in clear) and always carries the tenant,
 * which the worker restores before the handler touches data.
 */

/** Deliver one mail from the mail ledger (the ledger row holds what to send, sealed). */
export interface MailSendPayload {
  readonly tenantId: string;
  readonly mailId: string;
}

export interface JobPayloads {
  'mail.send': MailSendPayload;
}

export type JobName = keyof JobPayloads;

export const QUEUE_NAMES = ['mail'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobDefinition {
  readonly queue: QueueName;
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
};

export const JOB_NAMES = Object.keys(JOB_CATALOG) as JobName[];

/** How many jobs of a queue may run at once in one worker process. */
export const QUEUE_CONCURRENCY: { readonly [Q in QueueName]: number } = { mail: 8 };
