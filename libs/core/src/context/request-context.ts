import type { EntityManager } from 'typeorm';

/** The open tenant transaction of the current async context, so nested calls join it. */
export interface ActiveTransaction {
  readonly tenantId: string;
  readonly manager: EntityManager;
  /** Work to do once the outermost transaction has committed (never after a rollback). */
  readonly afterCommit: (() => Promise<void>)[];
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
}
