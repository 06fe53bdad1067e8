import { SessionCache } from '@pitlane/identity';
import { VehicleVisits } from '@pitlane/garage';
import { AsyncLocalStorage } from 'node:async_hooks';
import { Client } from 'pg';
import { eventually } from '../../../test/support/eventually';
import { europeanVin } from '../../../test/support/garage-fixtures';
import { TestApi, TestResponse, withAdminClient, Workshop } from '../../../test/support/test-api';

/**
 * Issue 17: a GET whose session this process already knows sends at most one transaction and
 * three statements, counted as the issue counts them: every message the API's connections send
 * to Postgres (what `log_statement=all` logs one line for), `start transaction` and `commit`
 * included. Counted through a hook on pg's `Client.query`, only for the request under test (an
 * AsyncLocalStorage mark follows it), so a background flush of bookkeeping cannot blur it.
 *
 * And the cache must not cost a security property: logout, revocation, a role change and a
 * suspension take effect on the very next request, also in an API process other than the one
 * where they happened (two APIs, each with its own cache and its own LISTEN connection).
 */
describe('one transaction and few statements per request', () => {
  let api: TestApi;
  let other: TestApi;
  let workshop: Workshop;

  const mark = new AsyncLocalStorage<string[]>();
  const originalQuery = Client.prototype.query;

  beforeAll(async () => {
    Client.prototype.query = function countedQuery(this: Client, ...args: unknown[]) {
      const sent = mark.getStore();
      if (sent) sent.push(typeof args[0] === 'string' ? args[0] : String((args[0] as { text?: string })?.text));
      return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof Client.prototype.query;
    [api, other] = await Promise.all([TestApi.start(), TestApi.start()]);
    workshop = await api.signupWorkshop('Statement Garage');
  });

  afterAll(async () => {
    Client.prototype.query = originalQuery;
    await Promise.all([api?.close(), other?.close()]);
  });

  const me = (on: TestApi, token: string) => on.request('GET', '/api/v1/me', { token });

  /** The statements one request sends, and its response. */
  async function statementsOf(send: () => Promise<TestResponse>): Promise<{ sent: string[]; response: TestResponse }> {
    const sent: string[] = [];
    const response = await mark.run(sent, send);
    return { sent, response };
  }

  /** Uses the token on `on` until that process answers it from its session cache. */
  async function warm(on: TestApi, token: string): Promise<void> {
    expect((await me(on, token)).status).toBe(200);
    await eventually(() => expect(on.app.get(SessionCache).active).toBe(true));
    expect((await me(on, token)).status).toBe(200);
    const { sent, response } = await statementsOf(() => me(on, token));
    expect(response.status).toBe(200);
    expect(sent).toHaveLength(3);
  }

  const transactionsIn = (sent: string[]) => sent.filter((text) => /^\s*(start transaction|begin)\b/i.test(text));

  it('GET /vehicles/:id: one transaction, three statements, no write', async () => {
    const created = await api.request<{ id: string }>('POST', '/api/v1/vehicles', {
      token: workshop.accessToken,
      body: { client: { firstName: 'Ewa', lastName: 'Lis' }, vin: europeanVin(), make: 'Skoda', model: 'Fabia' },
    });
    expect(created.status).toBe(201);
    await warm(api, workshop.accessToken);

    const { sent, response } = await statementsOf(() =>
      api.request('GET', `/api/v1/vehicles/${created.body.id}`, { token: workshop.accessToken }),
    );
    expect(response.status).toBe(200);
    expect(transactionsIn(sent)).toHaveLength(1);
    expect(sent.length).toBeLessThanOrEqual(3);
    expect(sent.join('\n')).not.toMatch(/\b(insert|update|delete)\b|synchronous_commit/i);
    // The session is still checked, inside the transaction, in the message that opens it: by the
    // statement this connection prepared (once, with its first check).
    expect(sent[0]).toMatch(
      /set_config\('app\.tenant_id'.*; (prepare pitlane_session_state\(.*from sessions s.*; )?execute pitlane_session_state\('/s,
    );
  });

  it('GET /me: one transaction, three statements', async () => {
    await warm(api, workshop.accessToken);
    const { sent, response } = await statementsOf(() => me(api, workshop.accessToken));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ user: { id: workshop.userId }, workshop: { id: workshop.tenantId } });
    expect(transactionsIn(sent)).toHaveLength(1);
    expect(sent.length).toBeLessThanOrEqual(3);
  });

  it('a session the cache does not hold yet is read in the same one transaction shape, then cached', async () => {
    await warm(api, workshop.accessToken);
    const fresh = await api.signupWorkshop('Uncached Garage');
    const first = await statementsOf(() => me(api, fresh.accessToken));
    expect(first.response.status).toBe(200);
    // The session check (its own transaction) and /me's: nothing written on the way.
    expect(transactionsIn(first.sent)).toHaveLength(2);
    expect(first.sent.join('\n')).not.toMatch(/\b(insert|update|delete)\b/i);
    const second = await statementsOf(() => me(api, fresh.accessToken));
    expect(transactionsIn(second.sent)).toHaveLength(1);
  });

  describe('across two API processes, a change takes effect on the next request', () => {
    it('logout on one process kills the access token on the other at once', async () => {
      const person = await api.signupWorkshop('Logout Garage');
      await warm(api, person.accessToken);
      await warm(other, person.accessToken);
      expect((await other.request('POST', '/api/v1/auth/logout', { token: person.accessToken })).status).toBe(204);
      expect((await me(api, person.accessToken)).status).toBe(401);
      expect((await me(other, person.accessToken)).status).toBe(401);
    });

    it('logout elsewhere is refused even before the notification arrives (checked in the transaction)', async () => {
      const person = await api.signupWorkshop('Slow Notice Garage');
      await warm(api, person.accessToken);
      const deaf = jest.spyOn(api.app.get(SessionCache), 'applyNotification').mockImplementation(() => undefined);
      try {
        expect((await other.request('POST', '/api/v1/auth/logout', { token: person.accessToken })).status).toBe(204);
        const refused = await me(api, person.accessToken);
        expect(refused.status).toBe(401);
        expect(refused.body).toMatchObject({ reason: 'session_revoked' });
      } finally {
        deaf.mockRestore();
      }
    });

    it('ending a session from the session list ends it on the other process too', async () => {
      const person = await api.signupWorkshop('Revoke Garage');
      const login = await api.request<{ accessToken: string }>('POST', '/api/v1/auth/login', {
        body: { email: person.email, password: person.password },
      });
      const second = login.body.accessToken;
      await warm(api, second);
      const sessions = await other.request<{ items: { id: string; current: boolean }[] }>(
        'GET',
        '/api/v1/me/sessions?limit=100',
        { token: person.accessToken },
      );
      const target = sessions.body.items.find((session) => !session.current);
      expect(target).toBeDefined();
      const ended = await other.request('DELETE', `/api/v1/me/sessions/${target!.id}`, { token: person.accessToken });
      expect(ended.status).toBe(204);
      expect((await me(api, second)).status).toBe(401);
    });

    it('a role change on one process is the role on the other at once', async () => {
      const owner = await api.signupWorkshop('Role Garage');
      const mechanic = await api.addStaff(owner, 'mechanic');
      await warm(api, mechanic.accessToken);
      expect((await me(api, mechanic.accessToken)).body).toMatchObject({ role: 'mechanic' });
      const promoted = await other.request('PATCH', `/api/v1/staff/${mechanic.userId}`, {
        token: owner.accessToken,
        body: { role: 'manager' },
      });
      expect(promoted.status).toBe(200);
      expect((await me(api, mechanic.accessToken)).body).toMatchObject({ role: 'manager' });
    });

    it('a suspension made in the database (an operator) stops cached sessions at once', async () => {
      const suspended = await api.signupWorkshop('Suspended Cache Garage');
      await warm(api, suspended.accessToken);
      await warm(other, suspended.accessToken);
      await withAdminClient((client) =>
        client.query(`update tenants set status = 'suspended' where id = $1`, [suspended.tenantId]),
      );
      expect((await me(api, suspended.accessToken)).status).toBe(403);
      expect((await me(other, suspended.accessToken)).status).toBe(403);
    });

    it('a session aged past its idle limit in the database ends at once', async () => {
      const idle = await api.signupWorkshop('Idle Cache Garage');
      await warm(api, idle.accessToken);
      await withAdminClient((client) =>
        client.query(`update sessions set last_seen_at = now() - interval '30 days' where tenant_id = $1`, [
          idle.tenantId,
        ]),
      );
      const response = await me(api, idle.accessToken);
      expect(response.status).toBe(401);
    });
  });

  describe('visits are written off the request', () => {
    it('each workshop’s visits are written under its own tenant, and on close nothing is lost', async () => {
      const first = await api.signupWorkshop('Visit Garage A');
      const second = await api.signupWorkshop('Visit Garage B');
      const vehicleOf = async (owner: Workshop) => {
        const created = await api.request<{ id: string }>('POST', '/api/v1/vehicles', {
          token: owner.accessToken,
          body: { client: { firstName: 'Jan', lastName: 'Nowak' }, make: 'Fiat', model: 'Panda' },
        });
        expect(created.status).toBe(201);
        return created.body.id;
      };
      const [a, b] = [await vehicleOf(first), await vehicleOf(second)];
      await api.app.get(VehicleVisits).flush();
      const visitedAt = (tenantId: string, vehicleId: string) =>
        withAdminClient(async (client) => {
          const { rows } = await client.query<{ visited_at: Date }>(
            'select visited_at from vehicle_visits where tenant_id = $1 and vehicle_id = $2',
            [tenantId, vehicleId],
          );
          return rows[0]?.visited_at;
        });
      const before = [await visitedAt(first.tenantId, a), await visitedAt(second.tenantId, b)];

      // Opened by each owner: the GET writes nothing; the batch writes each under its tenant.
      expect((await api.request('GET', `/api/v1/vehicles/${a}`, { token: first.accessToken })).status).toBe(200);
      expect((await api.request('GET', `/api/v1/vehicles/${b}`, { token: second.accessToken })).status).toBe(200);
      await api.app.get(VehicleVisits).flush();
      expect((await visitedAt(first.tenantId, a))!.getTime()).toBeGreaterThan(before[0]!.getTime());
      expect((await visitedAt(second.tenantId, b))!.getTime()).toBeGreaterThan(before[1]!.getTime());
      const crossed = await withAdminClient((client) =>
        client.query(
          'select 1 from vehicle_visits where (tenant_id = $1 and vehicle_id = $2) or (tenant_id = $3 and vehicle_id = $4)',
          [first.tenantId, b, second.tenantId, a],
        ),
      );
      expect(crossed.rowCount).toBe(0);

      // What was opened just before a process closes is written as it closes.
      const closing = await TestApi.start();
      const lastOpened = await visitedAt(first.tenantId, a);
      expect((await closing.request('GET', `/api/v1/vehicles/${a}`, { token: first.accessToken })).status).toBe(200);
      await closing.close();
      expect((await visitedAt(first.tenantId, a))!.getTime()).toBeGreaterThan(lastOpened!.getTime());
    });

    it('the recent list shows what the person just opened', async () => {
      const owner = await api.signupWorkshop('Recent Garage');
      const created = await api.request<{ id: string }>('POST', '/api/v1/vehicles', {
        token: owner.accessToken,
        body: { client: { firstName: 'Ola', lastName: 'Mazur' }, make: 'Opel', model: 'Astra' },
      });
      const older = await api.request<{ id: string }>('POST', '/api/v1/vehicles', {
        token: owner.accessToken,
        body: { client: { firstName: 'Ola', lastName: 'Mazur' }, make: 'Opel', model: 'Corsa' },
      });
      expect(
        (await api.request('GET', `/api/v1/vehicles/${created.body.id}`, { token: owner.accessToken })).status,
      ).toBe(200);
      const recent = await api.request<{ id: string }[]>('GET', '/api/v1/vehicles/recent', {
        token: owner.accessToken,
      });
      expect(recent.body.map((vehicle) => vehicle.id)).toEqual([created.body.id, older.body.id]);
    });
  });
});
