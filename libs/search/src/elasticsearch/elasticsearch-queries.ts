import type { estypes } from '@elastic/elasticsearch';
import { SearchDocument } from '../documents/search-document';
import { IndexQuery } from '../search-index';

/** The document id: the tenant is part of it, so two workshops can never share a document. */
export function documentId(tenantId: string, type: string, id: string): string {
  return `${tenantId}.${type}.${id}`;
}

/** The stored source of a document (snake_case, as the mapping names fields). */
export function documentSource(document: SearchDocument): Record<string, unknown> {
  return {
    tenant_id: document.tenantId,
    type: document.type,
    id: document.id,
    person_name: document.personName,
    vehicle: document.vehicle,
    year: document.year === null ? null : String(document.year),
    plate: document.plate,
    plate_key: document.plateKey,
    phone_digits: document.phoneDigits,
    phone_reversed: document.phoneDigits ? [...document.phoneDigits].reverse().join('') : null,
    email: document.email,
    vin_index: document.vinIndex,
    vin_tail_index: document.vinTailIndex,
  };
}

/** Every query is wrapped here, so no caller can build one without the tenant filter. */
function withinTenant(tenantId: string, types: readonly string[], query: estypes.QueryDslQueryContainer) {
  return {
    bool: {
      filter: [{ term: { tenant_id: tenantId } }, { terms: { type: [...types] } }],
      must: [query],
    },
  } satisfies estypes.QueryDslQueryContainer;
}

/**
 * The search request for a parsed query: exact VIN blind-index terms, plate and phone
 * prefixes, and fuzzy, as-you-type matching of every word (fuzziness AUTO after the first
 * letter, folded accents). Always inside the tenant, always routed to the tenant's shard.
 */
export function buildSearchRequest(index: string, query: IndexQuery): estypes.SearchRequest {
  const { text, plateKey, phoneDigits, vin } = query.query;
  const should: estypes.QueryDslQueryContainer[] = [];
  if (query.vinIndex) should.push({ term: { vin_index: { value: query.vinIndex, boost: 100 } } });
  if (query.vinTailIndex) should.push({ term: { vin_tail_index: { value: query.vinTailIndex, boost: 50 } } });
  if (!vin) {
    should.push(
      {
        multi_match: {
          query: text,
          type: 'bool_prefix',
          fields: ['all_text', 'all_text._2gram', 'all_text._3gram'],
          operator: 'and',
          fuzziness: 'AUTO',
          prefix_length: 1,
        },
      },
      {
        multi_match: {
          query: text,
          fields: ['plate^4', 'person_name^3', 'vehicle^2', 'email'],
          operator: 'or',
          fuzziness: 'AUTO',
          prefix_length: 1,
          boost: 0.5,
        },
      },
    );
    if (plateKey) {
      should.push({ term: { plate_key: { value: plateKey, boost: 30 } } });
      should.push({ prefix: { plate_key: { value: plateKey, boost: 20 } } });
    }
    if (phoneDigits) {
      should.push({ prefix: { phone_reversed: { value: [...phoneDigits].reverse().join(''), boost: 20 } } });
    }
  }
  return {
    index,
    routing: query.tenantId,
    size: query.limit,
    track_total_hits: false,
    _source: ['type', 'id'],
    query: withinTenant(query.tenantId, query.types, { bool: { should, minimum_should_match: 1 } }),
    highlight: { fields: { person_name: {}, vehicle: {}, plate: {} } },
  };
}

/** Versions of a tenant's documents among `ids` (verify). */
export function buildVersionsRequest(index: string, tenantId: string, type: string, ids: readonly string[]) {
  return {
    index,
    routing: tenantId,
    size: ids.length,
    version: true,
    _source: ['id'],
    query: withinTenant(tenantId, [type], { ids: { values: ids.map((id) => documentId(tenantId, type, id)) } }),
  } satisfies estypes.SearchRequest;
}

/** How many documents a tenant has (verify). */
export function buildCountRequest(index: string, tenantId: string) {
  return {
    index,
    routing: tenantId,
    query: withinTenant(tenantId, ['client', 'vehicle'], { match_all: {} }),
  } satisfies estypes.CountRequest;
}
