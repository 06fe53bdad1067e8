import { Injectable } from '@nestjs/common';
import { SystemDatabase, TenantContext, TenantDatabase } from '@pitlane/core';
import { GarageSearchRecord, GarageSearchSource, SEARCHABLE_TYPES } from '@pitlane/garage';
import { SearchDocument, toSearchDocument } from '../documents/search-document';
import { RebuildReport, RebuildSource, RebuildTenant, SearchIndex } from '../search-index';

const NO_TENANT = '00000000-0000-0000-0000-000000000000';
const TENANT_PAGE = 500;

export interface VerifyReport {
  readonly tenants: number;
  readonly documents: number;
  /** Documents missing from the index or at another version than Postgres has. */
  readonly drifted: number;
  /** Documents the index holds that Postgres no longer has. */
  readonly orphans: number;
}

/**
 * Rebuilds the index from Postgres (the source of truth) and checks the two agree. Both walk
 * every workshop in its own tenant context, so the reads are scoped as any other.
 */
@Injectable()
export class SearchReindexer {
  constructor(
    private readonly system: SystemDatabase,
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly source: GarageSearchSource,
    private readonly index: SearchIndex,
  ) {}

  async rebuild(batchSize: number): Promise<RebuildReport> {
    const [row] = await this.system.transaction((manager) =>
      manager.query<{ last_value: string }[]>('select last_value from search_version_seq'),
    );
    const source: RebuildSource = {
      startVersion: Number(row?.last_value ?? 0),
      tenants: () => this.tenants(batchSize),
    };
    return this.index.rebuild(source);
  }

  async verify(batchSize: number, onTenant?: (tenantId: string, drifted: number) => void): Promise<VerifyReport> {
    let tenants = 0;
    let documents = 0;
    let drifted = 0;
    let orphans = 0;
    await this.index.refresh();
    for await (const tenant of this.tenants(batchSize)) {
      tenants += 1;
      const result = await this.tenantContext.run(tenant.tenantId, async () => {
        let inTenant = 0;
        let found = 0;
        let driftedInTenant = 0;
        for await (const batch of tenant.batches()) {
          inTenant += batch.length;
          for (const type of SEARCHABLE_TYPES) {
            const ofType = batch.filter((document) => document.type === type);
            if (ofType.length === 0) continue;
            const versions = await this.index.indexedVersions(
              tenant.tenantId,
              type,
              ofType.map((document) => document.id),
            );
            found += versions.size;
            driftedInTenant += ofType.filter((document) => versions.get(document.id) !== document.version).length;
          }
        }
        const indexed = await this.index.count(tenant.tenantId);
        return { inTenant, driftedInTenant, orphans: Math.max(0, indexed - found) };
      });
      documents += result.inTenant;
      drifted += result.driftedInTenant;
      orphans += result.orphans;
      onTenant?.(tenant.tenantId, result.driftedInTenant + result.orphans);
    }
    return { tenants, documents, drifted, orphans };
  }

  private async *tenants(batchSize: number): AsyncIterable<RebuildTenant> {
    let after = NO_TENANT;
    for (;;) {
      const rows = await this.system.transaction((manager) =>
        manager.query<{ tenant_id: string }[]>('select tenant_id from search_tenants($1, $2)', [after, TENANT_PAGE]),
      );
      for (const { tenant_id: tenantId } of rows) {
        yield { tenantId, batches: () => this.documentsOf(tenantId, batchSize) };
      }
      if (rows.length < TENANT_PAGE) return;
      after = rows[rows.length - 1]!.tenant_id;
    }
  }

  private async *documentsOf(tenantId: string, batchSize: number): AsyncIterable<readonly SearchDocument[]> {
    for (const type of SEARCHABLE_TYPES) {
      let after: string | null = null;
      for (;;) {
        const afterId: string | null = after;
        const records: GarageSearchRecord[] = await this.tenantContext.run(tenantId, () =>
          this.db.transaction(() => this.source.page(type, afterId, batchSize)),
        );
        if (records.length > 0) yield records.map(toSearchDocument);
        if (records.length < batchSize) break;
        after = records[records.length - 1]!.id;
      }
    }
  }
}
