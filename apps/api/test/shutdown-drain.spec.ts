import { request as httpRequest, Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RequestDrain } from '../src/http/request-drain';
import { europeanVin } from '../../../test/support/garage-fixtures';
import { TestApi, withAdminClient, Workshop } from '../../../test/support/test-api';

/**
 * Closing the API while it serves load: the HTTP server stops taking connections and the
 * requests already running finish first, then the bookkeeping batches (vehicle visits, session
 * last use) flush, and only then does the database pool close. Before, the batches and the pool
 * could close under requests still running, which answered them with "Connection terminated"
 * 500s and lost the visits they noted.
 *
 * The burst goes both through a real socket (keep-alive, as a load generator sends it) and
 * through `inject`, which Fastify's own close does not wait for.
 */
describe('graceful shutdown under load', () => {
  const VEHICLES = 6;
  const ROUNDS = 12;

  let api: TestApi;
  let workshop: Workshop;
  let vehicleIds: string[];
  let closed = false;

  beforeAll(async () => {
    api = await TestApi.start();
    workshop = await api.signupWorkshop('Shutdown Garage');
    vehicleIds = [];
    for (let i = 0; i < VEHICLES; i++) {
      const created = await api.request<{ id: string }>('POST', '/api/v1/vehicles', {
        token: workshop.accessToken,
        body: {
          client: { firstName: 'Jan', lastName: `Nowak ${i}` },
          vin: europeanVin(),
          make: 'Opel',
          model: 'Astra',
        },
      });
      expect(created.status).toBe(201);
      vehicleIds.push(created.body.id);
    }
    // Creating a vehicle records its visit at once; only visits the burst's GETs note count below.
    await withAdminClient((client) =>
      client.query('delete from vehicle_visits where tenant_id = $1', [workshop.tenantId]),
    );
  });

  afterAll(async () => {
    if (!closed) await api?.close();
  });

  /** One GET over the socket; `undefined` when the server no longer answered (refused, reset). */
  function socketGet(agent: Agent, port: number, path: string): Promise<number | undefined> {
    return new Promise((resolve) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, path, agent, headers: { authorization: `Bearer ${workshop.accessToken}` } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode));
          res.on('error', () => resolve(undefined));
        },
      );
      req.on('error', () => resolve(undefined));
      req.end();
    });
  }

  /** One GET through `inject`; `undefined` once Fastify refuses injections after closing. */
  async function injectGet(path: string): Promise<number | undefined> {
    try {
      return (await api.request('GET', path, { token: workshop.accessToken })).status;
    } catch {
      return undefined;
    }
  }

  it('answers every request it took with 2xx/401, then flushes the visits before the pool closes', async () => {
    await api.app.listen({ host: '127.0.0.1', port: 0 });
    const port = (api.app.getHttpServer().address() as AddressInfo).port;
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });

    // Which vehicles a request answered 200 for: each of those noted a visit to be written.
    const openedOk = new Set<string>();
    const statuses: number[] = [];
    let runningAtClose = 0;

    const burst: Promise<void>[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const id of vehicleIds) {
        const byId = `/api/v1/vehicles/${id}`;
        for (const send of [() => socketGet(agent, port, byId), () => injectGet(byId)]) {
          burst.push(
            send().then((status) => {
              if (status === undefined) return;
              statuses.push(status);
              if (status === 200) openedOk.add(id);
            }),
          );
        }
      }
      for (const send of [() => socketGet(agent, port, '/api/v1/vehicles'), () => injectGet('/api/v1/vehicles')]) {
        burst.push(send().then((status) => void (status !== undefined && statuses.push(status))));
      }
    }
    // Close one turn of the event loop later, with the burst on its way and its first requests running.
    const closing = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      runningAtClose = api.app.get(RequestDrain).inFlight;
      return api.close();
    });
    await Promise.all(burst);
    await closing;
    closed = true;
    agent.destroy();

    // The close really came while requests ran, else this proves nothing.
    expect(runningAtClose).toBeGreaterThan(0);
    const failed = statuses.filter((status) => !((status >= 200 && status < 300) || status === 401));
    expect(failed).toEqual([]);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(0);
    const terminated = api.logLines.filter((line) => /Connection terminated|deferred write failed/.test(line));
    expect(terminated).toEqual([]);

    // Every vehicle a GET answered for has its visit written, though no flush interval passed.
    const written = await withAdminClient(async (client) => {
      const result = await client.query<{ vehicle_id: string }>(
        'select vehicle_id from vehicle_visits where tenant_id = $1 and user_id = $2',
        [workshop.tenantId, workshop.userId],
      );
      return new Set(result.rows.map((row) => row.vehicle_id));
    });
    expect(openedOk.size).toBeGreaterThan(0);
    for (const id of openedOk) expect(written.has(id)).toBe(true);
  });
});
