import { Client } from '@elastic/elasticsearch';
import { Module } from '@nestjs/common';
import { AppConfig, TenantContext, TenantDatabase } from '@pitlane/core';
import { GarageModule } from '@pitlane/garage';
import { DataSource } from 'typeorm';
import { ElasticsearchSearchIndex } from './elasticsearch/elasticsearch-search-index';
import { SearchQueryMetrics, SearchSyncMetrics } from './metrics/search-metrics';
import { SearchOutboxRelay } from './outbox/search-outbox-relay';
import { SearchOutboxRepository } from './outbox/search-outbox.repository';
import { PostgresSearchIndex } from './postgres/postgres-search-index';
import { SearchDictionaryPrune } from './postgres/search-dictionary-prune';
import { SearchDocumentRepository } from './postgres/search-document.repository';
import { SearchWordRepository } from './postgres/search-word.repository';
import { SearchReindexer } from './reindex/search-reindexer';
import { SearchIndex } from './search-index';
import { SearchService } from './search.service';

/** The adapter config asks for: Elasticsearch when ELASTICSEARCH_URL is set, else Postgres. */
function searchIndexFactory(
  config: AppConfig,
  db: TenantDatabase,
  tenantContext: TenantContext,
  dataSource: DataSource,
  documents: SearchDocumentRepository,
): SearchIndex {
  const { elasticsearchUrl, elasticsearchUsername, elasticsearchPassword, elasticsearchIndex } = config.search;
  if (!elasticsearchUrl) return new PostgresSearchIndex(db, tenantContext, dataSource, documents);
  const client = new Client({
    node: elasticsearchUrl,
    ...(elasticsearchUsername && elasticsearchPassword
      ? { auth: { username: elasticsearchUsername, password: elasticsearchPassword } }
      : {}),
    requestTimeout: 5_000,
    maxRetries: 2,
  });
  return new ElasticsearchSearchIndex(client, { alias: elasticsearchIndex });
}

/**
 * Search over clients and vehicles: the index port with the adapter config asks for, and the
 * query service behind `GET /search`. Needs the core Config and Database modules and the
 * ObservabilityModule.
 */
@Module({
  imports: [GarageModule],
  providers: [
    {
      provide: SearchIndex,
      useFactory: searchIndexFactory,
      inject: [AppConfig, TenantDatabase, TenantContext, DataSource, SearchDocumentRepository],
    },
    SearchDocumentRepository,
    SearchQueryMetrics,
    SearchService,
  ],
  exports: [SearchIndex, SearchService],
})
export class SearchModule {}

/**
 * Keeping the index in step with Postgres: the outbox relay (worker), reindex/verify (scripts) and
 * the dictionary prune (the worker's `search.prune-dictionary` job; needs the QueueModule's host).
 */
@Module({
  imports: [GarageModule, SearchModule],
  providers: [
    SearchSyncMetrics,
    SearchOutboxRepository,
    SearchOutboxRelay,
    SearchReindexer,
    SearchWordRepository,
    SearchDictionaryPrune,
  ],
  exports: [SearchOutboxRelay, SearchReindexer, SearchDictionaryPrune],
})
export class SearchSyncModule {}
