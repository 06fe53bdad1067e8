import { Inject, Injectable } from '@nestjs/common';
import { LOGGER, SystemDatabase, TenantContext, TenantDatabase } from '@pitlane/core';
import { JobHandler } from '@pitlane/queue';
import type { Logger } from 'pino';
import { SearchWordRepository } from './search-word.repository';

/** Marked workshops read per round. */
const TENANT_PAGE = 500;

/**
 * Takes the words no document holds any more out of the search dictionaries of the workshops
 * whose documents lost words since the last run (the `search.prune-dictionary` job, daily; the
 * marks and the writers' lock: migration 1795450000000). A stale word never makes a wrong hit
 * (hits come from the documents' own words) but costs a dictionary row and, when a query matches
 * it, a lookup that finds nothing; a workshop that renames and deletes a lot would only grow.
 *
 * One transaction per workshop, as the app role in that workshop's context: row-level security
 * holds the delete to it, and its document writers wait only for its own prune (a few
 * milliseconds for thousands of documents). The log line counts workshops and words, never names one.
 */
@Injectable()
export class SearchDictionaryPrune {
  constructor(
    private readonly system: SystemDatabase,
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly words: SearchWordRepository,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @JobHandler('search.prune-dictionary')
  async run(): Promise<void> {
    const started = Date.now();
    const { workshops, words } = await this.pruneAll();
    this.logger.info({ workshops, words, durationMs: Date.now() - started }, 'search dictionary pruned');
  }

  /**
   * Prunes every marked workshop's dictionary; returns how many workshops and words. Each pruned
   * workshop's mark goes, so the oldest marks left are the ones still due; a workshop marked again
   * while this runs (its new mark sorts after them) is left for the next run.
   */
  async pruneAll(): Promise<{ workshops: number; words: number }> {
    const visited = new Set<string>();
    let words = 0;
    for (;;) {
      const page = await this.system.transaction((manager) =>
        manager.query<{ tenant_id: string }[]>('select tenant_id from search_words_stale_tenants($1)', [TENANT_PAGE]),
      );
      const due = page.map((row) => row.tenant_id).filter((tenantId) => !visited.has(tenantId));
      if (due.length === 0) return { workshops: visited.size, words };
      for (const tenantId of due) {
        visited.add(tenantId);
        words += await this.pruneWorkshop(tenantId);
      }
    }
  }

  /** Deletes the words none of the workshop's documents holds; returns how many. */
  pruneWorkshop(tenantId: string): Promise<number> {
    return this.tenantContext.run(tenantId, () =>
      this.db.transaction(async () => {
        await this.words.lockOutWriters();
        return this.words.deleteUnused();
      }),
    );
  }
}
