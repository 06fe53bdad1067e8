import { Client, errors, estypes } from '@elastic/elasticsearch';
import { SearchableType } from '@pitlane/garage';
import { setTimeout as delay } from 'node:timers/promises';
import { SearchDocument } from '../documents/search-document';
import { IndexChanges, IndexQuery, RebuildReport, RebuildSource, SearchHit, SearchIndex } from '../search-index';
import {
  buildCountRequest,
  buildSearchRequest,
  buildVersionsRequest,
  documentId,
  documentSource,
} from './elasticsearch-queries';
import indexTemplate from './index-template.json';

export interface ElasticsearchIndexOptions {
  /** The alias every search and write goes through. */
  readonly alias: string;
  /** How long the set of indices behind the aliases is cached by a writer. */
  readonly targetsTtlMs?: number;
}

/** A bulk item Elasticsearch refused for a reason other than "you are late". */
export class SearchWriteError extends Error {}

const DEFAULT_TARGETS_TTL_MS = 1_000;

/**
 * Elasticsearch adapter: one shared index behind an alias, documents routed by tenant, every
 * query filtered by tenant (see elasticsearch-queries.ts). Writes use the row's search version
 * as an external version: a retried or reordered write is refused as a conflict and ignored.
 * A rebuild adds the new index behind a second, "building" alias: writers write to both while
 * the copy runs, so no change made during the rebuild is lost when the read alias swaps.
 */
export class ElasticsearchSearchIndex extends SearchIndex {
  readonly kind = 'elasticsearch' as const;
  private readonly alias: string;
  private readonly buildingAlias: string;
  private readonly targetsTtlMs: number;
  private targets: { indices: string[]; until: number } | undefined;
  private ensured: Promise<void> | undefined;

  constructor(
    private readonly client: Client,
    options: ElasticsearchIndexOptions,
  ) {
    super();
    this.alias = options.alias;
    this.buildingAlias = `${options.alias}-building`;
    this.targetsTtlMs = options.targetsTtlMs ?? DEFAULT_TARGETS_TTL_MS;
  }

  async apply(tenantId: string, changes: IndexChanges): Promise<void> {
    await this.ensureIndex();
    const indices = await this.writeTargets();
    await this.bulk(indices, tenantId, changes);
  }

  async search(query: IndexQuery): Promise<SearchHit[]> {
    await this.ensureIndex();
    const response = await this.client.search<{ type: SearchableType; id: string }>(
      buildSearchRequest(this.alias, query),
    );
    return response.hits.hits.flatMap((hit) =>
      hit._source ? [{ type: hit._source.type, id: hit._source.id, score: hit._score ?? 0 }] : [],
    );
  }

  async indexedVersions(tenantId: string, type: SearchableType, ids: readonly string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    await this.ensureIndex();
    const response = await this.client.search<{ id: string }>(buildVersionsRequest(this.alias, tenantId, type, ids));
    return new Map(
      response.hits.hits.flatMap((hit) => (hit._source ? [[hit._source.id, hit._version ?? 0] as const] : [])),
    );
  }

  async count(tenantId: string): Promise<number> {
    await this.ensureIndex();
    return (await this.client.count(buildCountRequest(this.alias, tenantId))).count;
  }

  async rebuild(source: RebuildSource): Promise<RebuildReport> {
    await this.ensureIndex();
    const target = `${this.alias}-${Date.now()}`;
    await this.client.indices.create({ index: target, ...templateBody() });
    await this.client.indices.putAlias({ index: target, name: this.buildingAlias });
    // Every writer re-reads its targets within the TTL: after this, all writes reach `target`
    // too, and everything committed before is visible to the copy below.
    await delay(this.targetsTtlMs * 2 + 100);
    let documents = 0;
    for await (const tenant of source.tenants()) {
      for await (const batch of tenant.batches()) {
        await this.bulk([target], tenant.tenantId, { upserts: batch, deletions: [] });
        documents += batch.length;
      }
    }
    await this.client.indices.refresh({ index: target });
    const previous = await this.indicesBehind(this.alias);
    await this.client.indices.updateAliases({
      actions: [
        ...previous.map((index) => ({ remove: { index, alias: this.alias } })),
        { add: { index: target, alias: this.alias } },
        { remove: { index: target, alias: this.buildingAlias } },
      ],
    });
    this.targets = undefined;
    if (previous.length > 0) await this.client.indices.delete({ index: previous });
    return { target, documents };
  }

  async refresh(): Promise<void> {
    await this.ensureIndex();
    await this.client.indices.refresh({ index: this.alias });
  }

  /** The cluster answers (before the first write, the alias may not exist yet: that is fine). */
  async ping(): Promise<void> {
    if (!(await this.client.ping())) throw new Error('Elasticsearch did not answer the ping');
  }

  /** Creates the first versioned index and its alias when none exists yet. */
  private ensureIndex(): Promise<void> {
    this.ensured ??= (async () => {
      if (await this.client.indices.existsAlias({ name: this.alias })) return;
      const index = `${this.alias}-${Date.now()}`;
      await this.client.indices.create({ index, ...templateBody(), aliases: { [this.alias]: {} } });
    })().catch((error: unknown) => {
      this.ensured = undefined;
      throw error;
    });
    return this.ensured;
  }

  private async writeTargets(): Promise<string[]> {
    if (this.targets && this.targets.until > Date.now()) return this.targets.indices;
    const indices = [
      ...new Set([...(await this.indicesBehind(this.alias)), ...(await this.indicesBehind(this.buildingAlias))]),
    ];
    this.targets = { indices, until: Date.now() + this.targetsTtlMs };
    return indices;
  }

  private async indicesBehind(alias: string): Promise<string[]> {
    try {
      return Object.keys(await this.client.indices.getAlias({ name: alias }));
    } catch (error) {
      if (error instanceof errors.ResponseError && error.statusCode === 404) return [];
      throw error;
    }
  }

  private async bulk(indices: readonly string[], tenantId: string, changes: IndexChanges): Promise<void> {
    const operations: estypes.BulkRequest['operations'] = [];
    for (const index of indices) {
      for (const document of changes.upserts) {
        operations.push(
          { index: { _index: index, ...this.versioned(tenantId, document.type, document.id, document.version) } },
          documentSource(checkTenant(tenantId, document)),
        );
      }
      for (const deletion of changes.deletions) {
        operations.push({
          delete: { _index: index, ...this.versioned(tenantId, deletion.type, deletion.id, deletion.version) },
        });
      }
    }
    if (operations.length === 0) return;
    const response = await this.client.bulk({ operations });
    if (!response.errors) return;
    const refused = response.items.flatMap((item) => {
      const result = item.index ?? item.delete ?? item.create ?? item.update;
      if (!result?.error) return [];
      // 409: the index already has this version or a newer one. 404: deleting what is gone.
      if (result.status === 409 || (item.delete && result.status === 404)) return [];
      return [`${result.status} ${result.error.type}`];
    });
    if (refused.length > 0) throw new SearchWriteError(`Elasticsearch refused ${refused.length} writes: ${refused[0]}`);
  }

  private versioned(tenantId: string, type: string, id: string, version: number) {
    return {
      _id: documentId(tenantId, type, id),
      routing: tenantId,
      version,
      version_type: 'external' as const,
    };
  }
}

function templateBody(): Pick<estypes.IndicesCreateRequest, 'settings' | 'mappings'> {
  return indexTemplate as Pick<estypes.IndicesCreateRequest, 'settings' | 'mappings'>;
}

function checkTenant(tenantId: string, document: SearchDocument): SearchDocument {
  if (document.tenantId !== tenantId) throw new Error('A document of another tenant reached this write');
  return document;
}
