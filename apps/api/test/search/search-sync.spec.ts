import { SearchReindexer } from '@pitlane/search';
import { createIsolatedDatabase, IsolatedDatabase } from '../../../../test/support/isolated-database';
import { searchSynced } from '../../../../test/support/search-sync';
import { TestApi, withClient, Workshop } from '../../../../test/support/test-api';
import { TestWorker } from '../../../../test/support/test-worker';

/**
 * The outbox and its relay under stress: a burst of updates with the relay killed midway, and
 * a search backend that goes away and comes back. A database of its own: the suite kills the
 * worker's connections, which must not be another suite's.
 */
describe('search sync: outbox and relay', () => {
  let database: IsolatedDatabase;
  let api: TestApi;
  let worker: TestWorker;
  let workshop: Workshop;
  let config: Record<string, string>;

  beforeAll(async () => {
    database = await createIsolatedDatabase();
    config = { DATABASE_URL: database.appUrl, SEARCH_RELAY_POLL_INTERVAL_MS: '200', SEARCH_RELAY_BATCH_SIZE: '50' };
    api = await TestApi.start(config);
    worker = await TestWorker.start(config);
    workshop = await api.signupWorkshop('Sync Garage');
  }, 60_000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await database?.drop();
  });

  const admin = <T>(work: Parameters<typeof withClient<T>>[1]) => withClient(database.adminUrl, work);
  const synced = (timeoutMs?: number) => searchSynced(worker, database.adminUrl, [workshop.tenantId], timeoutMs);

  async function createVehicles(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const response = await api.request<{ id: string }>('POST', '/api/v1/vehicles', {
        token: workshop.accessToken,
        body: {
          client: { firstName: 'Burst', lastName: `Owner${index}` },
          plate: `BU ${10000 + index}`,
          make: 'Fiat',
          model: 'Panda',
          mileageKm: 0,
        },
      });
      expect(response.status).toBe(201);
      ids.push(response.body.id);
    }
    return ids;
  }

  async function verify(): Promise<{ drifted: number; orphans: number; documents: number }> {
    return worker.app.get(SearchReindexer).verify(200);
  }

  it('ends with the index equal to Postgres after 1,100 updates with the relay killed and restarted midway', async () => {
    const vehicles = await createVehicles(20);
    const update = async (n: number) => {
      const id = vehicles[n % vehicles.length]!;
      const response = await api.request('PATCH', `/api/v1/vehicles/${id}`, {
        token: workshop.accessToken,
        body: { mileageKm: n + 1, model: `Panda ${n}`, plate: `BU ${n}` },
      });
      expect(response.status).toBe(200);
    };
    const burst = async (from: number, to: number) => {
      const concurrency = 8;
      let next = from;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < to) await update(next++);
        }),
      );
    };
    await burst(0, 400);
    // Kill while the burst goes on: every connection of the worker dies mid-whatever it was
    // doing, as in a crash; the rest of the burst lands with no relay running.
    const rest = burst(400, 1000);
    const killed = await admin(async (client) => {
      const { rowCount } = await client.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
         where datname = current_database() and application_name in ('pitlane-worker', 'pitlane-search-relay')`,
      );
      return rowCount ?? 0;
    });
    expect(killed).toBeGreaterThan(0);
    await worker.close().catch(() => undefined);
    await rest;
    // Writes made once the relay is gone wait in the outbox, however far the relay got with the
    // burst before it was killed (on a fast machine it can finish the whole burst first).
    await burst(1000, 1100);
    const backlog = await admin(
      async (client) => (await client.query<{ n: number }>('select count(*)::int as n from search_outbox')).rows[0]!.n,
    );
    expect(backlog).toBeGreaterThan(0);
    worker = await TestWorker.start(config);
    await synced();
    const report = await verify();
    expect(report).toMatchObject({ drifted: 0, orphans: 0 });
    expect(report.documents).toBeGreaterThanOrEqual(40);
    // The last write of each vehicle is what search finds.
    const last = await api.request<{ items: { id: string; title: string }[] }>('GET', '/api/v1/search?q=BU 1099', {
      token: workshop.accessToken,
    });
    expect(last.body.items[0]?.title).toBe('BU 1099 · Fiat Panda 1099');
    process.stdout.write(
      `\n[search sync] ${killed} worker connections killed ; ${backlog} changes waited for the restarted relay\n`,
    );
  }, 180_000);

  it('keeps writing while the search backend is down, reports search degraded, and drains when it returns', async () => {
    await synced();
    await admin((client) => client.query('revoke all on search_documents from pitlane_test_app'));
    try {
      const [id] = await createVehicles(1);
      const ready = await api.request<{ status: string; checks: Record<string, string> }>('GET', '/health/ready');
      expect(ready.status).toBe(200);
      expect(ready.body).toEqual({
        status: 'degraded',
        checks: { database: 'up', databaseRole: 'up', queue: 'up', search: 'degraded' },
      });
      await expect(synced(2_000)).rejects.toThrow(/outbox rows still waiting/);
      const waiting = await admin(
        async (client) =>
          (await client.query<{ n: number }>('select count(*)::int as n from search_outbox where entity_id = $1', [id]))
            .rows[0]!.n,
      );
      expect(waiting).toBeGreaterThan(0);
      expect(worker.logLines.some((line) => line.includes('search outbox relay failed'))).toBe(true);
    } finally {
      await admin((client) =>
        client.query('grant select, insert, update, delete on search_documents to pitlane_test_app'),
      );
    }
    await synced();
    expect(await verify()).toMatchObject({ drifted: 0, orphans: 0 });
    const ready = await api.request<{ status: string }>('GET', '/health/ready');
    expect(ready.body.status).toBe('ok');
  }, 120_000);

  it('rebuilds the index from Postgres while it serves, and verify then finds nothing drifted', async () => {
    await admin((client) => client.query(`delete from search_documents where entity_type = 'client'`));
    expect((await verify()).drifted).toBeGreaterThan(0);
    const report = await worker.app.get(SearchReindexer).rebuild(100);
    expect(report.documents).toBeGreaterThan(0);
    expect(await verify()).toMatchObject({ drifted: 0, orphans: 0 });
  }, 60_000);
});
