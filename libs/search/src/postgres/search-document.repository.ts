import { Injectable } from '@nestjs/common';
import { TenantRepository } from '@pitlane/core';
import { SearchableType } from '@pitlane/garage';
import { SearchDeletion, SearchDocument, searchableText } from '../documents/search-document';
import { IndexQuery } from '../search-index';

export interface HitRow {
  entity_type: SearchableType;
  entity_id: string;
  score: number;
}

/** Exact VIN hits rank above everything fuzzy; a VIN tail above everything but a full VIN. */
const VIN_SCORE = 10;
const VIN_TAIL_SCORE = 5;

/**
 * The `search_documents` projection's SQL. Every statement binds the tenant of the open
 * transaction itself (tenant first, so the tenant-leading indexes serve it without the policy);
 * `search_documents_find` reads it from the transaction setting (see the search migration).
 */
@Injectable()
export class SearchDocumentRepository extends TenantRepository {
  /** Newer versions win; a document is always written under the transaction's tenant. */
  async upsert(documents: readonly SearchDocument[]): Promise<void> {
    const rows = documents.map((document) => ({
      entity_type: document.type,
      entity_id: document.id,
      version: document.version,
      text: searchableText(document),
      plate_key: document.plateKey,
      phone_reversed: document.phoneDigits ? [...document.phoneDigits].reverse().join('') : null,
      vin_index: document.vinIndex,
      vin_tail_index: document.vinTailIndex,
    }));
    await this.manager.query(
      `insert into search_documents as d
         (tenant_id, entity_type, entity_id, version, folded, plate_key, phone_reversed, vin_index, vin_tail_index)
       select $1::uuid, x.entity_type, x.entity_id, x.version, lower(public.unaccent(x.text)), x.plate_key,
         x.phone_reversed, decode(x.vin_index, 'hex'), decode(x.vin_tail_index, 'hex')
       from jsonb_to_recordset($2::jsonb) as x(entity_type text, entity_id uuid, version bigint,
         text text, plate_key text, phone_reversed text, vin_index text, vin_tail_index text)
       on conflict (tenant_id, entity_type, entity_id) do update set
         version = excluded.version, folded = excluded.folded, plate_key = excluded.plate_key,
         phone_reversed = excluded.phone_reversed, vin_index = excluded.vin_index,
         vin_tail_index = excluded.vin_tail_index
       where d.version < excluded.version`,
      [this.tenantId, JSON.stringify(rows)],
    );
  }

  /** Removes documents older than the deletion's version. */
  async delete(deletions: readonly SearchDeletion[]): Promise<void> {
    await this.manager.query(
      `delete from search_documents d
       using jsonb_to_recordset($2::jsonb) as x(entity_type text, entity_id uuid, version bigint)
       where d.tenant_id = $1 and d.entity_type = x.entity_type and d.entity_id = x.entity_id
         and d.version < x.version`,
      [
        this.tenantId,
        JSON.stringify(
          deletions.map((deletion) => ({
            entity_type: deletion.type,
            entity_id: deletion.id,
            version: deletion.version,
          })),
        ),
      ],
    );
  }

  /** Vehicles by the VIN blind indexes: a full VIN ranks above its last six characters. */
  byVin(query: IndexQuery): Promise<HitRow[]> {
    return this.manager.query<HitRow[]>(
      `select entity_type, entity_id,
         case when vin_index = decode($2, 'hex') then ${VIN_SCORE} else ${VIN_TAIL_SCORE} end as score
       from search_documents
       where tenant_id = $1 and entity_type = 'vehicle'
         and (vin_index = decode($2, 'hex') or vin_tail_index = decode($3, 'hex'))
       order by score desc, entity_id limit $4`,
      [this.tenantId, query.vinIndex ?? '', query.vinTailIndex ?? '', query.limit],
    );
  }

  /** Typo-tolerant text, plate prefix and phone suffix, through the definer function. */
  fuzzy(query: IndexQuery): Promise<HitRow[]> {
    const { tokens, plateKey, phoneDigits } = query.query;
    return this.manager.query<HitRow[]>(
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
  }

  async versions(type: SearchableType, ids: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.manager.query<{ entity_id: string; version: string }[]>(
      `select entity_id, version from search_documents
       where tenant_id = $1 and entity_type = $2 and entity_id = any ($3::uuid[])`,
      [this.tenantId, type, ids],
    );
    return new Map(rows.map((row) => [row.entity_id, Number(row.version)]));
  }

  async count(): Promise<number> {
    const [row] = await this.manager.query<{ count: string }[]>(
      `select count(*) from search_documents where tenant_id = $1`,
      [this.tenantId],
    );
    return Number(row?.count ?? 0);
  }

  /** Drops the documents a rebuild did not see and no write since `startVersion` touched. */
  async pruneUnseen(startVersion: number, seen: readonly string[]): Promise<void> {
    await this.manager.query(
      `delete from search_documents
       where tenant_id = $1 and version <= $2 and not (entity_id = any ($3::uuid[]))`,
      [this.tenantId, startVersion, seen],
    );
  }
}
