import { Inject, Injectable } from '@nestjs/common';
import { LOGGER, TenantDatabase } from '@pitlane/core';
import { GarageSearchSource, IdentifierVault, SEARCHABLE_TYPES } from '@pitlane/garage';
import { Principal } from '@pitlane/identity';
import { DEFAULT_SEARCH_LIMIT, SearchQueryDto } from './dto/search.query';
import { SearchItemResponse, SearchResponse } from './dto/search.response';
import { SearchError } from './errors/search.error';
import { SearchQueryMetrics } from './metrics/search-metrics';
import { ParsedQuery, parseSearchQuery } from './query/search-query';
import { SearchHit, SearchIndex } from './search-index';
import type { Logger } from 'pino';

/**
 * `GET /search`: parses what was typed, asks the index inside the caller's workshop, and
 * hydrates the hits from Postgres, so a hit shows current data and a document the index still
 * has for a row that is gone (or was never the caller's) shows nothing.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly index: SearchIndex,
    private readonly source: GarageSearchSource,
    private readonly vault: IdentifierVault,
    private readonly metrics: SearchQueryMetrics,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async search(actor: Principal, input: SearchQueryDto): Promise<SearchResponse> {
    const started = process.hrtime.bigint();
    const query = parseSearchQuery(input.q ?? '');
    if (!query) return { items: [], tookMs: elapsedMs(started) };
    // One transaction for the index query (Postgres adapter) and the hydration: half the round
    // trips of two.
    const items = await this.db.transaction(() => this.find(actor.tenantId, query, input));
    return { items, tookMs: elapsedMs(started) };
  }

  private async find(tenantId: string, query: ParsedQuery, input: SearchQueryDto): Promise<SearchItemResponse[]> {
    const [vinIndex, vinTailIndex] = await Promise.all([
      query.vin ? this.vault.vinIndex(tenantId, query.vin) : null,
      query.vinTail ? this.vault.vinTailIndex(tenantId, query.vinTail) : null,
    ]);
    let hits: SearchHit[];
    try {
      hits = await this.metrics.timeQuery(this.index.kind, () =>
        this.index.search({
          tenantId,
          query,
          types: input.types ?? SEARCHABLE_TYPES,
          limit: input.limit ?? DEFAULT_SEARCH_LIMIT,
          vinIndex: vinIndex?.toString('hex') ?? null,
          vinTailIndex: vinTailIndex?.toString('hex') ?? null,
        }),
      );
    } catch (error) {
      // The index, not the request, failed: a 503 the client can retry, the cause in the log.
      this.logger.warn({ err: error, adapter: this.index.kind }, 'search index query failed');
      throw SearchError.unavailable();
    }
    const summaries = await this.source.summaries(hits);
    const scores = new Map(hits.map((hit) => [`${hit.type}:${hit.id}`, hit.score]));
    return summaries.map((summary) => ({
      ...summary,
      score: Math.round((scores.get(`${summary.type}:${summary.id}`) ?? 0) * 1000) / 1000,
    }));
  }
}

function elapsedMs(started: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
}
