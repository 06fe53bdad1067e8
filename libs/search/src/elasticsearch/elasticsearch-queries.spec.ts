import fc from 'fast-check';
import { parseSearchQuery } from '../query/search-query';
import { IndexQuery } from '../search-index';
import { buildCountRequest, buildSearchRequest, buildVersionsRequest, documentId } from './elasticsearch-queries';

const TENANT = '11111111-1111-4111-8111-111111111111';

function query(text: string, overrides: Partial<IndexQuery> = {}): IndexQuery {
  const parsed = parseSearchQuery(text);
  if (!parsed) throw new Error('blank');
  return {
    tenantId: TENANT,
    query: parsed,
    types: ['vehicle', 'client'],
    limit: 10,
    vinIndex: null,
    vinTailIndex: null,
    ...overrides,
  };
}

/** The tenant filter every request must carry at the top of its query. */
function tenantFilterOf(request: { query?: unknown; routing?: unknown }): unknown {
  const bool = (request.query as { bool?: { filter?: unknown[] } }).bool;
  return { routing: request.routing, filter: bool?.filter?.[0] };
}

describe('Elasticsearch requests', () => {
  it('always filter by the tenant and route to its shard, whatever was typed', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.string({ minLength: 1, maxLength: 200 }), (tenantId, text) => {
        const parsed = parseSearchQuery(text);
        if (!parsed) return;
        const request = buildSearchRequest('alias', { ...query('x'), tenantId, query: parsed });
        expect(tenantFilterOf(request)).toEqual({ routing: tenantId, filter: { term: { tenant_id: tenantId } } });
        // User text reaches only match-type queries, never a query-string parser.
        expect(JSON.stringify(request)).not.toMatch(/query_string|simple_query_string|wildcard|regexp|script/);
      }),
      { numRuns: 300 },
    );
  });

  it('carry the tenant filter for verify and count too', () => {
    const versions = buildVersionsRequest('alias', TENANT, 'vehicle', ['a', 'b']);
    expect(tenantFilterOf(versions)).toEqual({ routing: TENANT, filter: { term: { tenant_id: TENANT } } });
    expect(JSON.stringify(versions)).toContain(documentId(TENANT, 'vehicle', 'a'));
    expect(tenantFilterOf(buildCountRequest('alias', TENANT))).toEqual({
      routing: TENANT,
      filter: { term: { tenant_id: TENANT } },
    });
  });

  it('match words fuzzily (AUTO, first letter exact) and as you type', () => {
    const request = JSON.stringify(buildSearchRequest('alias', query('Kowalsky golf')));
    expect(request).toContain('"type":"bool_prefix"');
    expect(request).toContain('"fuzziness":"AUTO"');
    expect(request).toContain('"prefix_length":1');
  });

  it('look plates up by their normalised key and phones by their reversed digits', () => {
    const plate = JSON.stringify(buildSearchRequest('alias', query('wa-12')));
    expect(plate).toContain('{"prefix":{"plate_key":{"value":"WA12"');
    const phone = JSON.stringify(buildSearchRequest('alias', query('+48 601 234 567')));
    expect(phone).toContain('{"prefix":{"phone_reversed":{"value":"76543210684"');
  });

  it('look a full VIN up by its blind index only, with no fuzzy text beside it', () => {
    const request = buildSearchRequest('alias', query('WVWZZZ1JZXW000001', { vinIndex: 'ab'.repeat(32) }));
    const text = JSON.stringify(request);
    expect(text).toContain(`{"term":{"vin_index":{"value":"${'ab'.repeat(32)}"`);
    expect(text).not.toContain('WVWZZZ1JZXW000001');
    expect(text).not.toContain('multi_match');
  });

  it('keep the tenant in the document id, so two workshops can never share a document', () => {
    expect(documentId(TENANT, 'client', 'x')).toBe(`${TENANT}.client.x`);
  });
});
