import { createServer } from 'node:net';
import { createIsolatedDatabase, IsolatedDatabase } from '../../../../test/support/isolated-database';
import { TestApi, withClient, Workshop } from '../../../../test/support/test-api';

/** A port nothing listens on: Elasticsearch "down" without waiting for a timeout. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// A database of its own: no other suite's relay may drain this outbox behind the test's back.
describe('search when Elasticsearch is unreachable', () => {
  let database: IsolatedDatabase;
  let api: TestApi;
  let workshop: Workshop;

  beforeAll(async () => {
    database = await createIsolatedDatabase();
    api = await TestApi.start({
      DATABASE_URL: database.appUrl,
      ELASTICSEARCH_URL: `http://127.0.0.1:${await closedPort()}`,
      ELASTICSEARCH_INDEX: 'pitlane-unreachable',
    });
    workshop = await api.signupWorkshop('Unreachable Search Garage');
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('still saves clients and vehicles, keeping the change in the outbox', async () => {
    const created = await api.request<{ id: string }>('POST', '/api/v1/vehicles', {
      token: workshop.accessToken,
      body: { client: { firstName: 'Ola', lastName: 'Down' }, plate: 'DN 10101', make: 'Fiat', model: 'Panda' },
    });
    expect(created.status).toBe(201);
    const waiting = await withClient(database.adminUrl, async (client) => {
      const { rows } = await client.query<{ n: number }>(
        'select count(*)::int as n from search_outbox where tenant_id = $1',
        [workshop.tenantId],
      );
      return rows[0]!.n;
    });
    // The client and the vehicle, waiting for search to come back.
    expect(waiting).toBe(2);
  });

  it('reports search degraded, not down: the API stays ready', async () => {
    const ready = await api.request('GET', '/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({
      status: 'degraded',
      checks: { database: 'up', databaseRole: 'up', queue: 'up', search: 'degraded' },
    });
  });

  it('answers a search with 503 problem+json that says what happened and leaks nothing', async () => {
    const response = await api.request('GET', '/api/v1/search?q=panda', { token: workshop.accessToken });
    expect(response.status).toBe(503);
    expect(String(response.headers['content-type'])).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 503, detail: expect.stringContaining('Search is unavailable') });
    expect(response.text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/);
  });
});
