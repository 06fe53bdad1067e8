import type { EntityManager } from 'typeorm';

/** The open tenant transaction of the current async context, so nested calls join it. */
export interface ActiveTransaction {
  readonly tenantId: string;
  readonly manager: EntityManager;
  /** Work to do once the outermost transaction has committed (never after a rollback). */
  readonly afterCommit: (() => Promise<void>)[];
}

/**
 * A read the request's first tenant transaction makes in the same message that opens it (one
 * round trip, see tenant-transaction.ts), and a verdict on its rows that may refuse the request.
 * The authentication guard leaves one when it admitted a session from its cache: the session is
 * then checked again inside the transaction that reads the data, so a revocation committed
 * before it is never missed, whichever process it happened in.
 */
export interface OpeningCheck {
  readonly tenantId: string;
  /** One read-only statement, prepared once per connection and then executed by name. */
  readonly statement: PreparedRead;
  /** Its arguments, in order; each must be a UUID (they are written into the message's text). */
  readonly values: readonly string[];
  /** Throws to refuse; runs inside the open transaction, which then rolls back. */
  readonly verify: (rows: Record<string, unknown>[]) => void;
}

/**
 * A statement a connection prepares (SQL `PREPARE`) the first time it needs it and then runs by
 * name: Postgres parses and plans it once per connection instead of on every request. The
 * session check's join cost ~0.5 ms of Postgres CPU per request to parse and plan, ten times
 * its execution (issue 17, measured with pgbench in simple and prepared mode).
 */
export interface PreparedRead {
  /** Lower-case letters, digits and underscores; unique per statement text. */
  readonly name: string;
  /** SQL types of `$1`, `$2`, ... */
  readonly parameterTypes: readonly string[];
  /** The statement, with `$n` placeholders. */
  readonly sql: string;
}

/**
 * What Pitlane keeps per request or job. The tenant is set only by the authentication guard
 * (from a verified access token), by a public route (from the workshop slug), by a job
 * processor (from the job's `tenantId`) or by the identity system paths. These are the keys
 * of the nestjs-cls store; `TenantContext` and `TenantDatabase` are their typed accessors.
 */
export interface RequestContextStore {
  tenantId?: string;
  userId?: string;
  role?: string;
  sessionId?: string;
  transaction?: ActiveTransaction;
  openingCheck?: OpeningCheck;
}
