import { Client, errors } from '@elastic/elasticsearch';
import Mock, { MockPattern } from '@elastic/elasticsearch-mock';
import { SearchDocument } from '../documents/search-document';
import { ElasticsearchSearchIndex, SearchWriteError } from './elasticsearch-search-index';

// The client's plumbing only (requests it sends, answers it reads): what the adapter asks of a
// real cluster is proven by the contract suite when ELASTICSEARCH_URL is set.
const TENANT = '22222222-2222-4222-8222-222222222222';

type Call = MockPattern;

function setup(aliasExists = true) {
  const mock = new Mock();
  const calls: Call[] = [];
  const record = (params: Call) => {
    calls.push(params);
  };
  mock.add({ method: 'HEAD', path: '/_alias/:name' }, (params: Call) => {
    record(params);
    return aliasExists ? '' : new errors.ResponseError({ body: {}, statusCode: 404 } as never);
  });
  mock.add({ method: 'GET', path: '/_alias/:name' }, (params: Call) => {
    record(params);
    return String(params.path).endsWith('-building')
      ? new errors.ResponseError({ body: { status: 404 }, statusCode: 404 } as never)
      : { 'pitlane-1': { aliases: { pitlane: {} } } };
  });
  mock.add({ method: 'PUT', path: '/:index' }, (params: Call) => {
    record(params);
    return { acknowledged: true };
  });
  const client = new Client({ node: 'http://localhost:9200', Connection: mock.getConnection() });
  return { mock, calls, client, index: new ElasticsearchSearchIndex(client, { alias: 'pitlane', targetsTtlMs: 10 }) };
}

const document: SearchDocument = {
  tenantId: TENANT,
  type: 'vehicle',
  id: 'v1',
  version: 42,
  personName: 'Jan Kowalski',
  vehicle: 'Volkswagen Golf',
  year: 2014,
  plate: 'WA 12345',
  plateKey: 'WA12345',
  phoneDigits: '48601234567',
  email: null,
  vinIndex: 'ab'.repeat(32),
  vinTailIndex: 'cd'.repeat(32),
};

/** The mock hands a bulk body over already split into its NDJSON lines. */
function bulkLines(call: Call | undefined): Record<string, unknown>[] {
  expect(Array.isArray(call?.body)).toBe(true);
  return call?.body as Record<string, unknown>[];
}

describe('ElasticsearchSearchIndex (client plumbing)', () => {
  it('writes with the row version as an external version, routed by tenant, and ignores "already newer"', async () => {
    const { mock, calls, index } = setup();
    mock.add({ method: 'POST', path: '/_bulk' }, (params: Call) => {
      calls.push(params);
      return {
        errors: true,
        items: [
          { index: { status: 409, error: { type: 'version_conflict_engine_exception' } } },
          { delete: { status: 404, error: { type: 'not_found' } } },
        ],
      };
    });
    await index.apply(TENANT, {
      upserts: [document],
      deletions: [{ tenantId: TENANT, type: 'client', id: 'c1', version: 7 }],
    });
    const lines = bulkLines(calls.find((call) => call.path === '/_bulk'));
    expect(lines[0]).toEqual({
      index: {
        _index: 'pitlane-1',
        _id: `${TENANT}.vehicle.v1`,
        routing: TENANT,
        version: 42,
        version_type: 'external',
      },
    });
    expect(lines[1]).toMatchObject({ tenant_id: TENANT, plate_key: 'WA12345', phone_reversed: '76543210684' });
    expect(lines[2]).toEqual({
      delete: {
        _index: 'pitlane-1',
        _id: `${TENANT}.client.c1`,
        routing: TENANT,
        version: 7,
        version_type: 'external',
      },
    });
  });

  it('fails the batch (so the relay retries it) when a write is refused for any other reason', async () => {
    const { mock, index } = setup();
    mock.add({ method: 'POST', path: '/_bulk' }, () => ({
      errors: true,
      items: [{ index: { status: 429, error: { type: 'es_rejected_execution_exception' } } }],
    }));
    await expect(index.apply(TENANT, { upserts: [document], deletions: [] })).rejects.toThrow(SearchWriteError);
  });

  it('refuses to write a document of another tenant into this tenant batch', async () => {
    const { mock, index } = setup();
    mock.add({ method: 'POST', path: '/_bulk' }, () => ({ errors: false, items: [] }));
    await expect(
      index.apply('33333333-3333-4333-8333-333333333333', { upserts: [document], deletions: [] }),
    ).rejects.toThrow(/another tenant/);
  });

  it('creates the first versioned index behind the alias, with the committed mapping', async () => {
    const { mock, calls, index } = setup(false);
    mock.add({ method: ['POST', 'GET'], path: '/pitlane/_search' }, () => ({ hits: { hits: [] } }));
    await index.search({
      tenantId: TENANT,
      query: { text: 'golf', tokens: ['golf'], plateKey: '', phoneDigits: '', vin: null, vinTail: null },
      types: ['vehicle'],
      limit: 5,
      vinIndex: null,
      vinTailIndex: null,
    });
    const created = calls.find((call) => call.method === 'PUT');
    expect(created?.path).toMatch(/^\/pitlane-\d+$/);
    expect(created?.body).toMatchObject({
      aliases: { pitlane: {} },
      mappings: { dynamic: 'strict', _routing: { required: true } },
    });
  });

  it('rebuilds into a new index written by both while it copies, then swaps the alias in one request', async () => {
    const { mock, calls, index } = setup();
    mock.add({ method: ['POST', 'PUT'], path: '/:index/_alias/:name' }, (params: Call) => {
      calls.push(params);
      return { acknowledged: true };
    });
    mock.add({ method: 'POST', path: '/_bulk' }, (params: Call) => {
      calls.push(params);
      return { errors: false, items: [] };
    });
    mock.add({ method: ['POST', 'GET'], path: '/:index/_refresh' }, () => ({ _shards: {} }));
    mock.add({ method: 'POST', path: '/_aliases' }, (params: Call) => {
      calls.push(params);
      return { acknowledged: true };
    });
    mock.add({ method: 'DELETE', path: '/:index' }, (params: Call) => {
      calls.push(params);
      return { acknowledged: true };
    });
    const report = await index.rebuild({
      startVersion: 100,
      // eslint-disable-next-line @typescript-eslint/require-await -- an async iterable of fixed data
      async *tenants() {
        yield {
          tenantId: TENANT,
          // eslint-disable-next-line @typescript-eslint/require-await -- as above
          async *batches() {
            yield [document];
          },
        };
      },
    });
    expect(report.documents).toBe(1);
    const swap = calls.find((call) => call.path === '/_aliases')?.body as { actions: unknown[] };
    expect(swap.actions).toEqual([
      { remove: { index: 'pitlane-1', alias: 'pitlane' } },
      { add: { index: report.target, alias: 'pitlane' } },
      { remove: { index: report.target, alias: 'pitlane-building' } },
    ]);
    const order = calls.map((call) => `${String(call.method)} ${String(call.path)}`);
    expect(order.indexOf(`PUT /${report.target}/_alias/pitlane-building`)).toBeLessThan(order.indexOf('POST /_bulk'));
    expect(order).toContain('DELETE /pitlane-1');
  });
});
