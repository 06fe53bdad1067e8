import { SearchableType } from '@pitlane/garage';
import { SearchDeletion, SearchDocument } from './documents/search-document';
import { ParsedQuery } from './query/search-query';

export type SearchAdapterKind = 'postgres' | 'elasticsearch';

export interface IndexQuery {
  readonly tenantId: string;
  readonly query: ParsedQuery;
  readonly types: readonly SearchableType[];
  readonly limit: number;
  /** Hex blind indexes of `query.vin` / `query.vinTail`, computed under the tenant's key. */
  readonly vinIndex: string | null;
  readonly vinTailIndex: string | null;
}

export interface SearchHit {
  readonly type: SearchableType;
  readonly id: string;
  readonly score: number;
}

export interface IndexChanges {
  readonly upserts: readonly SearchDocument[];
  readonly deletions: readonly SearchDeletion[];
}

/** One workshop's documents, in batches, as the source of truth has them now. */
export interface RebuildTenant {
  readonly tenantId: string;
  batches(): AsyncIterable<readonly SearchDocument[]>;
}

/** Every document of the platform, workshop by workshop. */
export interface RebuildSource {
  /** The highest search version handed out before the rebuild read anything. */
  readonly startVersion: number;
  tenants(): AsyncIterable<RebuildTenant>;
}

export interface RebuildReport {
  /** The index the alias now points at (Elasticsearch) or 'search_documents' (Postgres). */
  readonly target: string;
  readonly documents: number;
}

/**
 * The search port. Adapters keep a mirror of clients and vehicles and answer fuzzy queries,
 * always inside one tenant: the tenant filter is the adapter's job, never the caller's.
 * Writes are version-checked: an older version never overwrites a newer one, so retries,
 * reordering and a rebuild running beside the relay cannot leave a stale document.
 */
export abstract class SearchIndex {
  abstract readonly kind: SearchAdapterKind;

  abstract apply(tenantId: string, changes: IndexChanges): Promise<void>;

  abstract search(query: IndexQuery): Promise<SearchHit[]>;

  /** Versions of the indexed documents among `ids` (verify). */
  abstract indexedVersions(
    tenantId: string,
    type: SearchableType,
    ids: readonly string[],
  ): Promise<Map<string, number>>;

  /** How many documents of the tenant the index holds (verify: orphans). */
  abstract count(tenantId: string): Promise<number>;

  /** Rebuilds from `source` while writes continue, then serves from the rebuilt index. */
  abstract rebuild(source: RebuildSource): Promise<RebuildReport>;

  /** Makes every write so far visible to reads (verify); a no-op where writes are at once. */
  abstract refresh(): Promise<void>;

  /** Throws when the backend does not answer. */
  abstract ping(): Promise<void>;
}
