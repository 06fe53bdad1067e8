import { AsyncResource } from 'node:async_hooks';
import type { Logger } from 'pino';
import { TenantContext } from '../context/tenant-context';
import { TenantDatabase } from './tenant-database';

export interface TenantWriteBatchOptions<T> {
  /** For the log line when a flush fails. */
  readonly name: string;
  /** Items with the same key within a tenant are one write: the later `merge`s into the earlier. */
  readonly key: (item: T) => string;
  readonly merge: (earlier: T, later: T) => T;
  /** Writes one tenant's items; runs inside that tenant's own transaction (RLS context set). */
  readonly write: (items: T[]) => Promise<void>;
  readonly intervalMs: number;
}

/**
 * Bookkeeping a read records but need not write before it answers (a "recently opened" visit,
 * a session's last use): collected in memory, written every `intervalMs` and when the process
 * shuts down, so a read path sends no write. Each tenant's items are written in a transaction of
 * their own, entered through `TenantContext.run`, so one workshop's rows are only ever written
 * under that workshop's row-level-security context, never in a batch with another's. A failed
 * write keeps its items for one more round, then drops them with an error in the log (a row that
 * can never be written must not block its workshop's bookkeeping for good); a crash loses at most
 * one interval of bookkeeping.
 */
interface Pending<T> {
  readonly item: T;
  readonly failures: number;
}

const MAX_FAILURES = 2;

export class TenantWriteBatch<T> {
  private pending = new Map<string, Map<string, Pending<T>>>();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  /**
   * The async context the batch was made in (boot, outside any request). Flushes run in it, so a
   * flush a request happens to trigger, or a timer a request happened to start, never runs inside
   * that request's tenant context (TenantContext.run refuses to switch tenants, rightly).
   */
  private readonly scope = new AsyncResource('TenantWriteBatch');
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: TenantWriteBatchOptions<T>,
    private readonly tenantContext: TenantContext,
    private readonly db: TenantDatabase,
    private readonly logger?: Logger,
  ) {}

  add(tenantId: string, item: T): void {
    this.keep(tenantId, { item, failures: 0 });
    // A request still finishing while the application closes writes its item at once.
    if (this.closed) void this.flush();
  }

  private keep(tenantId: string, entry: Pending<T>): void {
    const items = this.pending.get(tenantId) ?? new Map<string, Pending<T>>();
    const key = this.options.key(entry.item);
    const earlier = items.get(key);
    items.set(
      key,
      earlier === undefined
        ? entry
        : { item: this.options.merge(earlier.item, entry.item), failures: Math.max(earlier.failures, entry.failures) },
    );
    this.pending.set(tenantId, items);
    if (!this.timer && !this.closed) {
      this.timer = this.scope.runInAsyncScope(() => setInterval(() => void this.flush(), this.options.intervalMs));
      this.timer.unref();
    }
  }

  /** Removes and returns the tenant's pending items that `matches`, for a caller to write itself. */
  take(tenantId: string, matches: (item: T) => boolean): T[] {
    const items = this.pending.get(tenantId);
    if (!items) return [];
    const taken: T[] = [];
    for (const [key, entry] of items) {
      if (matches(entry.item)) {
        taken.push(entry.item);
        items.delete(key);
      }
    }
    if (items.size === 0) this.pending.delete(tenantId);
    return taken;
  }

  /** Writes everything pending now; concurrent calls queue behind each other. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.scope.runInAsyncScope(() => this.writeAll()));
    return this.flushing;
  }

  /** Stops the timer and writes what is left: call at application shutdown, before the pool closes. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  private async writeAll(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    for (const [tenantId, items] of batch) {
      const entries = [...items.values()];
      try {
        const list = entries.map((entry) => entry.item);
        await this.tenantContext.run(tenantId, () => this.db.transaction(() => this.options.write(list)));
      } catch (error) {
        const retried = entries.filter((entry) => entry.failures + 1 < MAX_FAILURES);
        this.logger?.error(
          { err: error, tenantId, kept: retried.length, dropped: entries.length - retried.length },
          `${this.options.name}: deferred write failed`,
        );
        for (const entry of retried) this.keep(tenantId, { item: entry.item, failures: entry.failures + 1 });
      }
    }
  }
}
