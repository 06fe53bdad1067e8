import type { ContractCheck } from './openapi-validator';
import { checkAnswersAgainstDocument, contractFailures } from './answers-against-document';
import { TestApi, withAdminClient, Workshop } from '../../../test/support/test-api';
import { totpCode } from '../../../test/support/totp';

const WEB_ORIGIN = 'https://app.pitlane.test';
const SESSION_COOKIE =
  /^pitlane_refresh=([A-Za-z0-9_-]{64}); HttpOnly; Secure; SameSite=Strict; Path=\/api\/v1\/auth; Max-Age=\d+$/;

interface Problem {
  type: string;
  status: number;
  detail: string;
  reason?: string;
}

interface SwitchBody {
  accessToken: string;
  refreshToken?: string;
  role: string;
  workshop: { id: string };
  mfaRequired?: true;
  mfaToken?: string;
}

interface SessionItem {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
  browser: string | null;
  os: string | null;
  current: boolean;
}

const FIREFOX_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

describe('browser sessions: switching workshop and the list of active sessions', () => {
  let api: TestApi;
  let checks: ContractCheck[];

  beforeAll(async () => {
    api = await TestApi.start({ PUBLIC_BASE_URL: WEB_ORIGIN });
    checks = await checkAnswersAgainstDocument(api);
  });

  afterAll(() => api.close());

  const me = (token: string) =>
    api.request<Problem & { workshop: { id: string }; role: string }>('GET', '/api/v1/me', { token });

  const switchTo = (token: string, workshopId: string, headers: Record<string, string> = {}) =>
    api.request<SwitchBody & Problem>('POST', '/api/v1/auth/switch', { token, headers, body: { workshopId } });

  const login = (who: Workshop, workshopId: string, userAgent?: string) =>
    api.request<{ accessToken: string; mfaToken?: string }>('POST', '/api/v1/auth/login', {
      headers: userAgent ? { 'user-agent': userAgent } : {},
      body: { email: who.email, password: who.password, workshopId },
    });

  const sessionsOf = (token: string, query = '') =>
    api.request<{ items: SessionItem[]; total: number } & Problem>('GET', `/api/v1/me/sessions${query}`, { token });

  async function suspend(tenantId: string): Promise<void> {
    await withAdminClient((client) =>
      client.query(`update tenants set status = 'suspended' where id = $1`, [tenantId]),
    );
  }

  /**
   * Turns two-step verification on for whoever holds `accessToken`, confirmed with the previous
   * step's code so the current one is left for a sign-in.
   */
  async function enrol(accessToken: string): Promise<string> {
    const setup = await api.request<{ otpauthUrl: string }>('POST', '/api/v1/me/mfa/setup', { token: accessToken });
    expect(setup.status).toBe(200);
    const enableAt = async (clock: number) =>
      api.request('POST', '/api/v1/me/mfa/enable', {
        token: accessToken,
        body: { code: await totpCode(setup.body.otpauthUrl, -1, clock) },
      });
    let enable = await enableAt(Date.now());
    if (enable.status === 400) enable = await enableAt(Date.now());
    expect(enable.status).toBe(200);
    return setup.body.otpauthUrl;
  }

  describe('POST /auth/switch', () => {
    let home: Workshop;
    let person: Workshop;

    beforeEach(async () => {
      home = await api.signupWorkshop('Switch Home Garage');
      // A mechanic of `home` who owns a workshop of their own; signed in at `home`.
      person = await api.addStaff(home, 'mechanic');
    });

    /** The workshop the person owns (not `home`), from their memberships. */
    async function ownWorkshopOf(who: Workshop): Promise<string> {
      const view = await api.request<{ memberships: { workshop: { id: string } }[] }>('GET', '/api/v1/me', {
        token: who.accessToken,
      });
      const other = view.body.memberships.map((m) => m.workshop.id).find((id) => id !== home.tenantId);
      if (!other) throw new Error('the person has no second workshop');
      return other;
    }

    it('gives a session in the other workshop, with the role held there, and ends the one it came from', async () => {
      const own = await ownWorkshopOf(person);

      const switched = await switchTo(person.accessToken, own);
      expect(switched.status).toBe(200);
      expect(switched.body).toMatchObject({ role: 'owner', workshop: { id: own } });
      expect(typeof switched.body.refreshToken).toBe('string');
      const there = await me(switched.body.accessToken);
      expect(there.body).toMatchObject({ workshop: { id: own }, role: 'owner' });

      const before = await me(person.accessToken);
      expect(before.status).toBe(401);
      expect(before.body.reason).toBe('session_revoked');

      // And back again, from the new session.
      const back = await switchTo(switched.body.accessToken, home.tenantId);
      expect(back.body).toMatchObject({ role: 'mechanic', workshop: { id: home.tenantId } });
    });

    it('in cookie mode the new session arrives as the cookie, as at login', async () => {
      const own = await ownWorkshopOf(person);
      const switched = await switchTo(person.accessToken, own, {
        'x-refresh-token-delivery': 'cookie',
        origin: WEB_ORIGIN,
      });
      expect(switched.status).toBe(200);
      expect(switched.headers['set-cookie']).toMatch(SESSION_COOKIE);
      expect(switched.body).not.toHaveProperty('refreshToken');

      const cookie = /^(pitlane_refresh=[^;]+)/.exec(switched.headers['set-cookie'] as string)![1]!;
      const refreshed = await api.request<{ tenantId: string }>('POST', '/api/v1/auth/session/refresh', {
        headers: { cookie, origin: WEB_ORIGIN },
      });
      expect(refreshed.body.tenantId).toBe(own);
    });

    it('a suspended workshop of theirs is a 403, as at login; the current session lives on', async () => {
      const own = await ownWorkshopOf(person);
      await suspend(own);

      const refused = await switchTo(person.accessToken, own);
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ reason: 'workshop_suspended' });
      expect((await me(person.accessToken)).status).toBe(200);
    });

    it('a workshop requiring 2FA gives the session and then asks for enrolment, as a login does', async () => {
      const own = await ownWorkshopOf(person);
      await withAdminClient((client) => client.query(`update tenants set require_mfa = true where id = $1`, [own]));

      const switched = await switchTo(person.accessToken, own);
      expect(switched.status).toBe(200);
      const blocked = await api.request<Problem>('GET', '/api/v1/clients', { token: switched.body.accessToken });
      expect(blocked.status).toBe(403);
      expect(blocked.body.type).toContain('mfa-required');
      expect((await me(switched.body.accessToken)).status).toBe(200);
    });

    it('asks for the second factor when the session began before 2FA was on; not when it took it', async () => {
      const own = await ownWorkshopOf(person);
      const otpauthUrl = await enrol(person.accessToken);

      // This session was opened by a password alone: the switch asks for the code, as a login would.
      const challenged = await switchTo(person.accessToken, own);
      expect(challenged.status).toBe(200);
      expect(challenged.body).toEqual({ mfaRequired: true, mfaToken: expect.any(String) });
      // The second step delivers the session as a cookie too, when asked.
      const completed = await api.request<SwitchBody>('POST', '/api/v1/auth/login/mfa', {
        headers: { 'x-refresh-token-delivery': 'cookie', origin: WEB_ORIGIN },
        body: { mfaToken: challenged.body.mfaToken, code: await totpCode(otpauthUrl) },
      });
      expect(completed.status).toBe(200);
      expect(completed.body.workshop.id).toBe(own);
      expect(completed.headers['set-cookie']).toMatch(SESSION_COOKIE);
      expect(completed.body).not.toHaveProperty('refreshToken');

      // A session that took the second factor moves on without it.
      const direct = await switchTo(completed.body.accessToken, home.tenantId);
      expect(direct.status).toBe(200);
      expect(direct.body).toMatchObject({ role: 'mechanic', workshop: { id: home.tenantId } });
    });

    it('refuses a body without a workshop id (400) and a caller without a token (401)', async () => {
      const invalid = await api.request<Problem>('POST', '/api/v1/auth/switch', {
        token: person.accessToken,
        body: { workshopId: 'not-a-uuid' },
      });
      expect(invalid.status).toBe(400);
      const anonymous = await api.request('POST', '/api/v1/auth/switch', { body: { workshopId: home.tenantId } });
      expect(anonymous.status).toBe(401);
    });
  });

  describe('GET and DELETE /me/sessions', () => {
    let workshop: Workshop;

    beforeAll(async () => {
      workshop = await api.signupWorkshop('Sessions Garage');
    });

    it('lists the live sessions here, marks the current one, and shows no secret', async () => {
      const laptop = await login(workshop, workshop.tenantId, FIREFOX_WINDOWS);
      const phone = await login(workshop, workshop.tenantId, SAFARI_IPHONE);

      const list = await sessionsOf(laptop.body.accessToken);
      expect(list.status).toBe(200);
      // The signup's session, the laptop and the phone; most recently used first.
      expect(list.body.total).toBeGreaterThanOrEqual(3);
      const current = list.body.items.filter((item) => item.current);
      expect(current).toEqual([
        {
          id: expect.any(String),
          createdAt: expect.any(String),
          lastUsedAt: expect.any(String),
          expiresAt: expect.any(String),
          browser: 'Firefox',
          os: 'Windows',
          current: true,
        },
      ]);
      expect(list.body.items).toContainEqual(expect.objectContaining({ browser: 'Safari', os: 'iOS', current: false }));
      for (const item of list.body.items) {
        expect(Object.keys(item).sort()).toEqual([
          'browser',
          'createdAt',
          'current',
          'expiresAt',
          'id',
          'lastUsedAt',
          'os',
        ]);
      }
      expect(list.text).not.toContain(phone.body.accessToken);
      expect(list.text).not.toContain(workshop.refreshToken);
    });

    it('leaves out sessions that ended: logged out, idle or past their end', async () => {
      const keeper = await login(workshop, workshop.tenantId);
      const ids = async () => (await sessionsOf(keeper.body.accessToken, '?limit=100')).body.items.map((i) => i.id);
      const idOf = async (token: string) => (await sessionsOf(token)).body.items.find((item) => item.current)!.id;

      const loggedOut = await login(workshop, workshop.tenantId);
      const loggedOutId = await idOf(loggedOut.body.accessToken);
      await api.request('POST', '/api/v1/auth/logout', { token: loggedOut.body.accessToken });
      const idle = await login(workshop, workshop.tenantId);
      const idleId = await idOf(idle.body.accessToken);
      const expired = await login(workshop, workshop.tenantId);
      const expiredId = await idOf(expired.body.accessToken);
      await withAdminClient(async (client) => {
        await client.query(`update sessions set last_seen_at = now() - interval '31 minutes' where id = $1`, [idleId]);
        await client.query(`update sessions set expires_at = now() - interval '1 second' where id = $1`, [expiredId]);
      });

      const live = await ids();
      expect(live).not.toContain(loggedOutId);
      expect(live).not.toContain(idleId);
      expect(live).not.toContain(expiredId);
    });

    it('ending another of your sessions stops its tokens at once', async () => {
      const laptop = await login(workshop, workshop.tenantId, FIREFOX_WINDOWS);
      const lost = await login(workshop, workshop.tenantId, SAFARI_IPHONE);
      const lostId = (await sessionsOf(lost.body.accessToken)).body.items.find((item) => item.current)!.id;

      const ended = await api.request('DELETE', `/api/v1/me/sessions/${lostId}`, { token: laptop.body.accessToken });
      expect(ended.status).toBe(204);
      const after = await me(lost.body.accessToken);
      expect(after.status).toBe(401);
      expect(after.body.reason).toBe('session_revoked');
      expect((await sessionsOf(laptop.body.accessToken, '?limit=100')).body.items.map((i) => i.id)).not.toContain(
        lostId,
      );
      expect((await me(laptop.body.accessToken)).status).toBe(200);
    });

    it('sorts by createdAt or lastUsedAt only, and pages like every list', async () => {
      const caller = await login(workshop, workshop.tenantId);
      const page = await sessionsOf(caller.body.accessToken, '?limit=1&sort=createdAt');
      expect(page.body).toMatchObject({ page: 1, limit: 1 });
      expect(page.body.items).toHaveLength(1);
      expect((await sessionsOf(caller.body.accessToken, '?sort=userAgent')).status).toBe(400);
    });
  });

  // Last, so it sees every answer the suite provoked.
  it('answered every request as the OpenAPI document says', () => {
    expect(checks.length).toBeGreaterThan(20);
    expect(contractFailures(checks)).toEqual([]);
  });
});
