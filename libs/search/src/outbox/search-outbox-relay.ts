import { Injectable } from '@nestjs/common';
import { SystemDatabase, TenantContext, TenantDatabase } from '@pitlane/core';
import { GarageSearchSource, SearchableRef } from '@pitlane/garage';
import { SearchDeletion, toSearchDocument } from '../documents/search-document';
import { SearchSyncMetrics } from '../metrics/search-metrics';
import { SearchIndex } from '../search-index';
import { OutboxRow, SearchOutboxRepository } from './search-outbox.repository';

/** Workshops drained per round before the relay looks again at who is waiting longest. */
const TENANTS_PER_ROUND = 50;

/**
 * Moves committed changes of clients and vehicles from the outbox into the search index.
 * One workshop at a time per relay (a transaction-scoped advisory lock keeps two relays off the
 * same workshop, so a workshop's changes apply in order), rows claimed with FOR UPDATE SKIP
 * LOCKED, documents built from the rows as they are now, written with their versions, and the
 * outbox rows deleted in the same transaction: a crash or an index failure leaves them to retry.
 */
@Injectable()
export class SearchOutboxRelay {
  constructor(
    private readonly db: TenantDatabase,
    private readonly outbox: SearchOutboxRepository,
    private readonly system: SystemDatabase,
    private readonly tenantContext: TenantContext,
    private readonly index: SearchIndex,
    private readonly source: GarageSearchSource,
    private readonly metrics: SearchSyncMetrics,
  ) {}

  /**
   * Drains every workshop's outbox; returns how many outbox rows were applied. `stopping` is
   * asked after each batch: under a steady stream of writes the outbox never empties, and a
   * worker shutting down must not wait for it to (what is left waits for the next relay).
   */
  async drainAll(batchSize: number, stopping: () => boolean = () => false): Promise<number> {
    let applied = 0;
    for (;;) {
      const tenants = await this.system.transaction((manager) =>
        manager.query<{ tenant_id: string }[]>('select tenant_id from search_outbox_pending_tenants($1)', [
          TENANTS_PER_ROUND,
        ]),
      );
      let progressed = 0;
      for (const { tenant_id: tenantId } of tenants) {
        if (stopping()) return applied + progressed;
        progressed += await this.drainTenant(tenantId, batchSize, stopping);
      }
      applied += progressed;
      // Nothing waiting, or what waits is another relay's right now.
      if (progressed === 0 || stopping()) return applied;
    }
  }

  /** Drains one workshop's outbox, batch by batch. */
  async drainTenant(tenantId: string, batchSize: number, stopping: () => boolean = () => false): Promise<number> {
    let applied = 0;
    for (;;) {
      const batch = await this.tenantContext.run(tenantId, () => this.applyBatch(tenantId, batchSize));
      applied += batch;
      if (batch < batchSize || stopping()) return applied;
    }
  }

  /** Refreshes the backlog gauges (for /metrics and alerts). */
  async observeBacklog(): Promise<{ backlog: number; oldestAgeSeconds: number }> {
    const [row] = await this.system.transaction((manager) =>
      manager.query<{ backlog: string; oldest_age_seconds: number }[]>('select * from search_outbox_stats()'),
    );
    const stats = { backlog: Number(row?.backlog ?? 0), oldestAgeSeconds: Number(row?.oldest_age_seconds ?? 0) };
    this.metrics.outboxBacklog.set(stats.backlog);
    this.metrics.outboxOldestAge.set(stats.oldestAgeSeconds);
    return stats;
  }

  private applyBatch(tenantId: string, batchSize: number): Promise<number> {
    return this.db.transaction(async () => {
      if (!(await this.outbox.tryLock())) return 0;
      const rows: OutboxRow[] = await this.outbox.claim(batchSize);
      if (rows.length === 0) return 0;
      const claimed = process.hrtime.bigint();
      const latest = new Map<string, OutboxRow>();
      for (const row of rows) latest.set(`${row.entity_type}:${row.entity_id}`, row);
      const live: SearchableRef[] = [];
      const deletions: SearchDeletion[] = [];
      for (const row of latest.values()) {
        if (row.deleted) {
          deletions.push({ tenantId, type: row.entity_type, id: row.entity_id, version: Number(row.version) });
        } else live.push({ type: row.entity_type, id: row.entity_id });
      }
      // A row missing here was deleted after its change was claimed: its delete row follows.
      const upserts = (await this.source.records(live)).map(toSearchDocument);
      try {
        await this.index.apply(tenantId, { upserts, deletions });
      } catch (error) {
        this.metrics.syncFailures.inc();
        throw error;
      }
      await this.outbox.remove(rows.map((row) => row.id));
      const sinceClaim = Number(process.hrtime.bigint() - claimed) / 1e9;
      for (const row of rows) this.metrics.syncLag.observe(row.age_seconds + sinceClaim);
      return rows.length;
    });
  }
}
