import { randomUUID } from 'node:crypto';
import { TestApi, Workshop } from '../../../test/support/test-api';
import { expectNothingLeaked, Row, snapshotWorkshop } from './bola-support';

/**
 * A person's sessions and workshop switch against other people and other workshops: someone
 * else's session is a 404 like a missing one, never listed, never ended; a workshop the person
 * is no member of cannot be switched to. Also runs through a role that bypasses row-level
 * security (`npm run test:isolation-bypass`), so the code's own tenant and owner conditions hold.
 */

interface SessionItem {
  readonly id: string;
  readonly current: boolean;
}

/** A's session rows; `last_seen_at` moves whenever A's own people make a request, so it is left out. */
const A_ROWS = {
  sessions: `select tenant_id, id, user_id, created_at, expires_at, revoked_at, revoke_reason, user_agent
               from sessions where tenant_id = $1 order by id`,
  refreshTokens: 'select * from refresh_tokens where tenant_id = $1 order by id',
};

describe('browser sessions: nobody reaches anyone else’s sessions', () => {
  let api: TestApi;
  let a: Workshop;
  let aColleague: Workshop;
  let b: Workshop;
  let aSessions: string[];
  let secrets: string[];
  let before: Record<string, Row[]>;

  const sessionsOf = (token: string) =>
    api.request<{ items: SessionItem[]; total: number }>('GET', '/api/v1/me/sessions?limit=100', { token });

  async function currentSessionOf(token: string): Promise<string> {
    return (await sessionsOf(token)).body.items.find((item) => item.current)!.id;
  }

  beforeAll(async () => {
    api = await TestApi.start();
    a = await api.signupWorkshop('Alpha Session Garage');
    aColleague = await api.addStaff(a, 'manager');
    b = await api.signupWorkshop('Beta Session Garage');
    aSessions = [await currentSessionOf(a.accessToken), await currentSessionOf(aColleague.accessToken)];
    secrets = [...aSessions, a.tenantId, a.userId, a.email, aColleague.userId, aColleague.email];
    before = await snapshotWorkshop(a.tenantId, A_ROWS);
  });

  afterAll(() => api.close());

  it("B's owner ending A's sessions gets 404, exactly as for a session that does not exist", async () => {
    const missing = await api.request('DELETE', `/api/v1/me/sessions/${randomUUID()}`, { token: b.accessToken });
    expect(missing.status).toBe(404);
    for (const id of aSessions) {
      const response = await api.request('DELETE', `/api/v1/me/sessions/${id}`, { token: b.accessToken });
      expect(response.status).toBe(404);
      expect({ ...response.body, instance: undefined }).toEqual({ ...missing.body, instance: undefined });
      expectNothingLeaked(response, secrets, `DELETE /me/sessions/${id}`);
    }
  });

  it("a colleague in the same workshop cannot end A's owner's session either (404)", async () => {
    const response = await api.request('DELETE', `/api/v1/me/sessions/${aSessions[0]}`, {
      token: aColleague.accessToken,
    });
    expect(response.status).toBe(404);
    expect((await api.request('GET', '/api/v1/me', { token: a.accessToken })).status).toBe(200);
  });

  it('each person lists only their own sessions of the workshop they are in', async () => {
    const bList = await sessionsOf(b.accessToken);
    expect(bList.body.items.map((item) => item.id)).not.toEqual(expect.arrayContaining([aSessions[0]]));
    expectNothingLeaked(bList, secrets, 'GET /me/sessions as B');
    const colleagueList = await sessionsOf(aColleague.accessToken);
    expect(colleagueList.body.items.map((item) => item.id)).toEqual([aSessions[1]]);
  });

  it("B's owner cannot switch into A (404, like a workshop that does not exist)", async () => {
    const intoA = await api.request('POST', '/api/v1/auth/switch', {
      token: b.accessToken,
      body: { workshopId: a.tenantId },
    });
    const nowhere = await api.request('POST', '/api/v1/auth/switch', {
      token: b.accessToken,
      body: { workshopId: randomUUID() },
    });
    expect(intoA.status).toBe(404);
    expect(intoA.body).toMatchObject({ type: expect.stringContaining('workshop-not-found') });
    expect({ ...intoA.body, instance: undefined }).toEqual({ ...nowhere.body, instance: undefined });
    expectNothingLeaked(intoA, secrets, 'POST /auth/switch into A');
    expect((await api.request('GET', '/api/v1/me', { token: b.accessToken })).status).toBe(200);
  });

  it("leaves A's sessions and refresh tokens byte for byte as they were", async () => {
    expect(await snapshotWorkshop(a.tenantId, A_ROWS)).toEqual(before);
  });
});
