import { Injectable } from '@nestjs/common';
import { TenantContext, TenantDatabase } from '@pitlane/core';
import { SearchableType } from '@pitlane/garage';
import { DataSource } from 'typeorm';
import { IndexChanges, IndexQuery, RebuildReport, RebuildSource, SearchHit, SearchIndex } from '../search-index';
import { HitRow, SearchDocumentRepository } from './search-document.repository';

/**
 * Search inside PostgreSQL: a projection table with folded text (lower case, `unaccent`) under
 * a tenant-first trigram index, plate and reversed-phone prefix indexes and the VIN blind
 * indexes. Fuzzy queries go through `search_documents_find` (see the search migration for why
 * it is SECURITY DEFINER); everything else is plain SQL naming the tenant, under row-level
 * security (SearchDocumentRepository).
 */
@Injectable()
export class PostgresSearchIndex extends SearchIndex {
  readonly kind = 'postgres' as const;

  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly dataSource: DataSource,
    private readonly documents: SearchDocumentRepository,
  ) {
    super();
  }

  apply(tenantId: string, changes: IndexChanges): Promise<void> {
    return this.db.transaction(async () => {
      this.assertTenant(tenantId);
      if (changes.upserts.length > 0) await this.documents.upsert(changes.upserts);
      if (changes.deletions.length > 0) await this.documents.delete(changes.deletions);
    });
  }

  search(query: IndexQuery): Promise<SearchHit[]> {
    return this.db.transaction(async () => {
      const hits: SearchHit[] = [];
      if (query.types.includes('vehicle') && (query.vinIndex || query.vinTailIndex)) {
        hits.push(...(await this.documents.byVin(query)).map(toHit));
      }
      // A full VIN is an exact lookup: fuzzy matches of 17 characters would only add noise.
      if (!query.query.vin) hits.push(...(await this.documents.fuzzy(query)).map(toHit));
      return dedupe(hits)
        .sort((a, b) => b.score - a.score)
        .slice(0, query.limit);
    });
  }

  indexedVersions(tenantId: string, type: SearchableType, ids: readonly string[]): Promise<Map<string, number>> {
    return this.db.transaction(async () => {
      this.assertTenant(tenantId);
      return this.documents.versions(type, ids);
    });
  }

  count(tenantId: string): Promise<number> {
    return this.db.transaction(async () => {
      this.assertTenant(tenantId);
      return this.documents.count();
    });
  }

  /**
   * Upserts every document (newer versions win against the relay writing beside it), then
   * drops the workshop's documents that the source no longer has and no write since the start
   * has touched.
   */
  async rebuild(source: RebuildSource): Promise<RebuildReport> {
    let documents = 0;
    for await (const tenant of source.tenants()) {
      await this.tenantContext.run(tenant.tenantId, async () => {
        const seen: string[] = [];
        for await (const batch of tenant.batches()) {
          await this.apply(tenant.tenantId, { upserts: batch, deletions: [] });
          seen.push(...batch.map((document) => document.id));
          documents += batch.length;
        }
        await this.db.transaction(() => this.documents.pruneUnseen(source.startVersion, seen));
      });
    }
    return { target: 'search_documents', documents };
  }

  async refresh(): Promise<void> {
    // Committed is visible.
  }

  /** The port names the tenant; it must be the one whose transaction is open. */
  private assertTenant(tenantId: string): void {
    if (tenantId !== this.tenantContext.requireTenantId('the search index')) {
      throw new Error('The search index was asked to work on another tenant than the open context');
    }
  }

  /** The projection must be readable: a database that answers but refuses it is search down. */
  async ping(): Promise<void> {
    await this.dataSource.query('select 1 from search_documents limit 1');
  }
}

function toHit(row: HitRow): SearchHit {
  return { type: row.entity_type, id: row.entity_id, score: Number(row.score) };
}

/** The first (best) hit per document. */
function dedupe(hits: readonly SearchHit[]): SearchHit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => {
    const key = `${hit.type}:${hit.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
