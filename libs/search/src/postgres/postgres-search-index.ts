import { Injectable } from '@nestjs/common';
import { TenantContext, TenantDatabase } from '@pitlane/core';
import { SearchableType } from '@pitlane/garage';
import { DataSource } from 'typeorm';
import { searchableText } from '../documents/search-document';
import { IndexChanges, IndexQuery, RebuildReport, RebuildSource, SearchHit, SearchIndex } from '../search-index';

interface HitRow {
  entity_type: SearchableType;
  entity_id: string;
  score: number;
}

/** Exact VIN hits rank above everything fuzzy; a VIN tail above everything but a full VIN. */
const VIN_SCORE = 10;
const VIN_TAIL_SCORE = 5;

/**
 * Search inside PostgreSQL: a projection table with folded text (lower case, `unaccent`) under
 * a tenant-first trigram index, plate and reversed-phone prefix indexes and the VIN blind
 * indexes. Fuzzy queries go through `search_documents_find` (see the search migration for why
 * it is SECURITY DEFINER); everything else is plain SQL under row-level security.
 */
@Injectable()
export class PostgresSearchIndex extends SearchIndex {
  readonly kind = 'postgres' as const;

  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly dataSource: DataSource,
  ) {
    super();
  }

  apply(_tenantId: string, changes: IndexChanges): Promise<void> {
    return this.db.transaction(async (manager) => {
      if (changes.upserts.length > 0) {
        const rows = changes.upserts.map((document) => ({
          tenant_id: document.tenantId,
          entity_type: document.type,
          entity_id: document.id,
          version: document.version,
          text: searchableText(document),
          plate_key: document.plateKey,
          phone_reversed: document.phoneDigits ? [...document.phoneDigits].reverse().join('') : null,
          vin_index: document.vinIndex,
          vin_tail_index: document.vinTailIndex,
        }));
        await manager.query(
          `insert into search_documents as d
             (tenant_id, entity_type, entity_id, version, folded, plate_key, phone_reversed, vin_index, vin_tail_index)
           select x.tenant_id, x.entity_type, x.entity_id, x.version, lower(public.unaccent(x.text)), x.plate_key,
             x.phone_reversed, decode(x.vin_index, 'hex'), decode(x.vin_tail_index, 'hex')
           from jsonb_to_recordset($1::jsonb) as x(tenant_id uuid, entity_type text, entity_id uuid, version bigint,
             text text, plate_key text, phone_reversed text, vin_index text, vin_tail_index text)
           on conflict (tenant_id, entity_type, entity_id) do update set
             version = excluded.version, folded = excluded.folded, plate_key = excluded.plate_key,
             phone_reversed = excluded.phone_reversed, vin_index = excluded.vin_index,
             vin_tail_index = excluded.vin_tail_index
           where d.version < excluded.version`,
          [JSON.stringify(rows)],
        );
      }
      if (changes.deletions.length > 0) {
        await manager.query(
          `delete from search_documents d
           using jsonb_to_recordset($1::jsonb) as x(entity_type text, entity_id uuid, version bigint)
           where d.entity_type = x.entity_type and d.entity_id = x.entity_id and d.version < x.version`,
          [
            JSON.stringify(
              changes.deletions.map((deletion) => ({
                entity_type: deletion.type,
                entity_id: deletion.id,
                version: deletion.version,
              })),
            ),
          ],
        );
      }
    });
  }

  search(query: IndexQuery): Promise<SearchHit[]> {
    return this.db.transaction(async (manager) => {
      const hits: SearchHit[] = [];
      if (query.types.includes('vehicle') && (query.vinIndex || query.vinTailIndex)) {
        const rows = await manager.query<HitRow[]>(
          `select entity_type, entity_id,
             case when vin_index = decode($1, 'hex') then ${VIN_SCORE} else ${VIN_TAIL_SCORE} end as score
           from search_documents
           where entity_type = 'vehicle' and (vin_index = decode($1, 'hex') or vin_tail_index = decode($2, 'hex'))
           order by score desc, entity_id limit $3`,
          [query.vinIndex ?? '', query.vinTailIndex ?? '', query.limit],
        );
        hits.push(...rows.map(toHit));
      }
      // A full VIN is an exact lookup: fuzzy matches of 17 characters would only add noise.
      if (!query.query.vin) {
        const { tokens, plateKey, phoneDigits } = query.query;
        const rows = await manager.query<HitRow[]>(
          `select entity_type, entity_id, score from search_documents_find(
             lower(public.unaccent($1)),
             (select array_agg(lower(public.unaccent(t))) from unnest($2::text[]) t),
             $3, $4, $5::text[], $6)`,
          [
            tokens.join(' '),
            tokens,
            plateKey,
            phoneDigits ? [...phoneDigits].reverse().join('') : '',
            query.types,
            query.limit,
          ],
        );
        hits.push(...rows.map(toHit));
      }
      return dedupe(hits)
        .sort((a, b) => b.score - a.score)
        .slice(0, query.limit);
    });
  }

  indexedVersions(_tenantId: string, type: SearchableType, ids: readonly string[]): Promise<Map<string, number>> {
    return this.db.transaction(async (manager) => {
      const rows = await manager.query<{ entity_id: string; version: string }[]>(
        `select entity_id, version from search_documents where entity_type = $1 and entity_id = any ($2::uuid[])`,
        [type, ids],
      );
      return new Map(rows.map((row) => [row.entity_id, Number(row.version)]));
    });
  }

  count(_tenantId: string): Promise<number> {
    return this.db.transaction(async (manager) => {
      const [row] = await manager.query<{ count: string }[]>(`select count(*) from search_documents`);
      return Number(row?.count ?? 0);
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
        await this.db.transaction((manager) =>
          manager.query(`delete from search_documents where version <= $1 and not (entity_id = any ($2::uuid[]))`, [
            source.startVersion,
            seen,
          ]),
        );
      });
    }
    return { target: 'search_documents', documents };
  }

  async refresh(): Promise<void> {
    // Committed is visible.
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
