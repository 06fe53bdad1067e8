import type { ContractCheck } from './openapi-validator';
import { checkAnswersAgainstDocument, contractFailures } from './answers-against-document';
import { TestApi, TestResponse, withAdminClient, Workshop } from '../../../test/support/test-api';

const WEB_ORIGIN = 'https://app.pitlane.test';
const DEV_ORIGIN = 'http://localhost:5173';
const COOKIE_MODE = { 'x-refresh-token-delivery': 'cookie', origin: WEB_ORIGIN };
/** Exactly the cookie a browser session gets; the token is 64 base64url characters. */
const SESSION_COOKIE =
  /^pitlane_refresh=([A-Za-z0-9_-]{64}); HttpOnly; Secure; SameSite=Strict; Path=\/api\/v1\/auth; Max-Age=(\d+)$/;
const CLEARED_COOKIE = 'pitlane_refresh=; HttpOnly; Secure; SameSite=Strict; Path=/api/v1/auth; Max-Age=0';

interface SessionBody {
  accessToken: string;
  refreshToken?: string;
  expiresIn: number;
}

interface Problem {
  type: string;
  status: number;
  reason?: string;
}

/** A browser's session: the access token it keeps in memory and the cookie the API set. */
interface Browser {
  readonly accessToken: string;
  readonly cookie: string;
}

describe('browser sessions: the refresh token in an HttpOnly cookie', () => {
  let api: TestApi;
  let checks: ContractCheck[];

  beforeAll(async () => {
    api = await TestApi.start({ PUBLIC_BASE_URL: WEB_ORIGIN, CORS_ORIGINS: DEV_ORIGIN });
    checks = await checkAnswersAgainstDocument(api);
  });

  afterAll(() => api.close());

  const me = (accessToken: string) => api.request<Problem>('GET', '/api/v1/me', { token: accessToken });

  function setCookieOf(response: TestResponse<unknown>): string | undefined {
    const header = response.headers['set-cookie'];
    expect(Array.isArray(header)).toBe(false);
    return header as string | undefined;
  }

  /** The `Cookie` header a browser would send back after `response`. */
  function cookieFrom(response: TestResponse<unknown>): string {
    const match = SESSION_COOKIE.exec(setCookieOf(response) ?? '');
    if (!match) throw new Error(`no session cookie in ${String(setCookieOf(response))}`);
    return `pitlane_refresh=${match[1]}`;
  }

  function maxAgeOf(response: TestResponse<unknown>): number {
    return Number(SESSION_COOKIE.exec(setCookieOf(response) ?? '')?.[2]);
  }

  async function browserLogin(workshop: Workshop, headers: Record<string, string> = COOKIE_MODE): Promise<Browser> {
    const login = await api.request<SessionBody>('POST', '/api/v1/auth/login', {
      headers,
      body: { email: workshop.email, password: workshop.password },
    });
    expect(login.status).toBe(200);
    return { accessToken: login.body.accessToken, cookie: cookieFrom(login) };
  }

  const cookieRefresh = (cookie: string | undefined, headers: Record<string, string> = { origin: WEB_ORIGIN }) =>
    api.request<SessionBody & Problem>('POST', '/api/v1/auth/session/refresh', {
      headers: cookie === undefined ? headers : { ...headers, cookie },
    });

  const cookieLogout = (cookie: string | undefined, headers: Record<string, string> = { origin: WEB_ORIGIN }) =>
    api.request<Problem>('POST', '/api/v1/auth/session/logout', {
      headers: cookie === undefined ? headers : { ...headers, cookie },
    });

  async function setSession(tenantId: string, assignment: string): Promise<void> {
    await withAdminClient((client) =>
      client.query(`update sessions set ${assignment} where tenant_id = $1`, [tenantId]),
    );
  }

  describe('cookie mode', () => {
    it('a cookie-mode login sets exactly the session cookie and keeps the refresh token out of the body', async () => {
      const workshop = await api.signupWorkshop('Cookie Garage');
      const login = await api.request<Record<string, unknown>>('POST', '/api/v1/auth/login', {
        headers: COOKIE_MODE,
        body: { email: workshop.email, password: workshop.password },
      });

      expect(login.status).toBe(200);
      expect(setCookieOf(login)).toMatch(SESSION_COOKIE);
      // The session's whole absolute lifetime (12 hours), less the moment the request took.
      expect(maxAgeOf(login)).toBeGreaterThan(43_200 - 10);
      expect(maxAgeOf(login)).toBeLessThanOrEqual(43_200);
      expect(Object.keys(login.body).sort()).toEqual(['accessToken', 'expiresIn', 'role', 'user', 'workshop']);
      expect(login.text).not.toContain(cookieFrom(login).slice('pitlane_refresh='.length));
      expect((await me(login.body.accessToken as string)).status).toBe(200);
    });

    it('every call that opens a session can deliver it as a cookie: signup too', async () => {
      const signup = await api.request<Record<string, unknown>>('POST', '/api/v1/auth/signup', {
        headers: COOKIE_MODE,
        body: {
          workshopName: `Cookie Signup ${Date.now()}`,
          email: `cookie-${Date.now()}@example.test`,
          password: 'a-long-and-unusual-passphrase-42',
          ownerName: 'Cora Cookie',
        },
      });
      expect(signup.status).toBe(201);
      expect(setCookieOf(signup)).toMatch(SESSION_COOKIE);
      expect(signup.body).not.toHaveProperty('refreshToken');
      expect(signup.body).not.toHaveProperty('sessionExpiresAt');
      expect((await cookieRefresh(cookieFrom(signup))).status).toBe(200);
    });

    it('the cookie refresh rotates the cookie; the spent value comes back refused and ends the session', async () => {
      const workshop = await api.signupWorkshop('Rotate Garage');
      const browser = await browserLogin(workshop);

      const refreshed = await cookieRefresh(browser.cookie);
      expect(refreshed.status).toBe(200);
      expect(Object.keys(refreshed.body).sort()).toEqual(['accessToken', 'expiresIn', 'role', 'tenantId', 'userId']);
      const next = cookieFrom(refreshed);
      expect(next).not.toBe(browser.cookie);
      expect((await me(refreshed.body.accessToken)).status).toBe(200);

      // The spent cookie is presented again: someone copied it. The whole session ends.
      const reused = await cookieRefresh(browser.cookie);
      expect(reused.status).toBe(401);
      expect(reused.headers['content-type']).toContain('application/problem+json');
      expect(reused.body).toMatchObject({
        type: expect.stringContaining('refresh-token-reused'),
        reason: 'session_revoked',
      });
      expect(setCookieOf(reused)).toBe(CLEARED_COOKIE);
      expect((await me(refreshed.body.accessToken)).body.reason).toBe('session_revoked');
      const newest = await cookieRefresh(next);
      expect(newest.status).toBe(401);
      expect(newest.body.reason).toBe('session_revoked');
    });

    it("the refreshed cookie lives only as long as the session's absolute end", async () => {
      const workshop = await api.signupWorkshop('Max Age Garage');
      const browser = await browserLogin(workshop);
      await setSession(workshop.tenantId, `expires_at = now() + interval '1 hour'`);

      const refreshed = await cookieRefresh(browser.cookie);
      expect(refreshed.status).toBe(200);
      expect(maxAgeOf(refreshed)).toBeGreaterThan(3_600 - 10);
      expect(maxAgeOf(refreshed)).toBeLessThanOrEqual(3_600);
    });

    it('cookie logout ends the session, clears the cookie, and the access token stops working at once', async () => {
      const workshop = await api.signupWorkshop('Logout Garage');
      const browser = await browserLogin(workshop);
      expect((await me(browser.accessToken)).status).toBe(200);

      const logout = await cookieLogout(browser.cookie);
      expect(logout.status).toBe(204);
      expect(setCookieOf(logout)).toBe(CLEARED_COOKIE);
      const after = await me(browser.accessToken);
      expect(after.status).toBe(401);
      expect(after.body.reason).toBe('session_revoked');
      expect((await cookieRefresh(browser.cookie)).body.reason).toBe('session_revoked');
    });

    it('logout works with nothing but the cookie, whatever state the access token is in', async () => {
      const workshop = await api.signupWorkshop('Cookie Only Garage');
      const browser = await browserLogin(workshop);

      const logout = await cookieLogout(browser.cookie, {
        origin: WEB_ORIGIN,
        authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.expired-and-forged',
      });
      expect(logout.status).toBe(204);
      expect((await me(browser.accessToken)).status).toBe(401);
      // Logging out of an ended session is done, not an error.
      expect((await cookieLogout(browser.cookie)).status).toBe(204);
    });

    it.each<[string, string | undefined]>([
      ['no cookie at all', undefined],
      ['other cookies only', 'theme=dark; lang=pl'],
      ['an empty cookie', 'pitlane_refresh='],
      ['a malformed token', 'pitlane_refresh=nope'],
      ['a well-formed token nobody issued', `pitlane_refresh=${'A'.repeat(64)}`],
    ])('%s is a 401 problem saying the session is unknown, on refresh and on logout', async (_label, cookie) => {
      for (const response of [await cookieRefresh(cookie), await cookieLogout(cookie)]) {
        expect(response.status).toBe(401);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.body).toMatchObject({
          type: expect.stringContaining('session-ended'),
          reason: 'session_unknown',
        });
        expect(setCookieOf(response)).toBe(CLEARED_COOKIE);
      }
    });

    it('two refresh cookies (one planted by a sibling site) are refused rather than guessed between', async () => {
      const workshop = await api.signupWorkshop('Tossed Garage');
      const browser = await browserLogin(workshop);
      const planted = await browserLogin(await api.signupWorkshop('Planted Garage'));

      const both = await cookieRefresh(`${planted.cookie}; ${browser.cookie}`);
      expect(both.status).toBe(401);
      expect(both.body.reason).toBe('session_unknown');
      expect((await cookieRefresh(browser.cookie)).status).toBe(200);
    });

    it('the cookie routes ignore a refresh token in the body: only the cookie counts', async () => {
      const workshop = await api.signupWorkshop('No Body Garage');
      const refreshed = await api.request<Problem>('POST', '/api/v1/auth/session/refresh', {
        headers: { origin: WEB_ORIGIN },
        body: { refreshToken: workshop.refreshToken },
      });
      expect(refreshed.status).toBe(401);
      expect(refreshed.body.reason).toBe('session_unknown');
    });
  });

  describe('body mode, as API clients have always used it', () => {
    it.each<[string, Record<string, string>]>([
      ['without the header', {}],
      ['with "X-Refresh-Token-Delivery: body"', { 'x-refresh-token-delivery': 'body' }],
    ])('%s the tokens are in the body and no cookie is set', async (_label, headers) => {
      const workshop = await api.signupWorkshop('Body Garage');
      const login = await api.request<Record<string, unknown>>('POST', '/api/v1/auth/login', {
        headers,
        body: { email: workshop.email, password: workshop.password },
      });
      expect(login.status).toBe(200);
      expect(login.headers['set-cookie']).toBeUndefined();
      expect(Object.keys(login.body).sort()).toEqual([
        'accessToken',
        'expiresIn',
        'refreshToken',
        'role',
        'user',
        'workshop',
      ]);

      const refreshed = await api.request<Record<string, unknown>>('POST', '/api/v1/auth/refresh', {
        body: { refreshToken: login.body.refreshToken },
      });
      expect(refreshed.status).toBe(200);
      expect(refreshed.headers['set-cookie']).toBeUndefined();
      expect(Object.keys(refreshed.body).sort()).toEqual([
        'accessToken',
        'expiresIn',
        'refreshToken',
        'role',
        'tenantId',
        'userId',
      ]);
    });

    it('an unknown delivery is a 400 naming the header, before any password is checked', async () => {
      const response = await api.request<{ errors: unknown[] }>('POST', '/api/v1/auth/login', {
        headers: { 'x-refresh-token-delivery': 'localStorage' },
        body: { email: 'nobody@example.test', password: 'whatever-it-is' },
      });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        { field: 'X-Refresh-Token-Delivery', message: 'must be "body" or "cookie"' },
      ]);
    });
  });

  describe('cross-site requests', () => {
    it('refuses a cookie-mode login from a foreign origin with 403, setting no cookie', async () => {
      const workshop = await api.signupWorkshop('Origin Garage');
      const login = await api.request<Problem>('POST', '/api/v1/auth/login', {
        headers: { ...COOKIE_MODE, origin: 'https://evil.example' },
        body: { email: workshop.email, password: workshop.password },
      });
      expect(login.status).toBe(403);
      expect(login.body.type).toContain('foreign-origin');
      expect(login.headers['set-cookie']).toBeUndefined();
    });

    it('refuses a cookie refresh or logout from a foreign origin, spending and ending nothing', async () => {
      const workshop = await api.signupWorkshop('Forged Garage');
      const browser = await browserLogin(workshop);
      for (const origin of ['https://evil.example', 'https://shop.pitlane.test', 'null']) {
        const refresh = await cookieRefresh(browser.cookie, { origin });
        expect(refresh.status).toBe(403);
        expect(refresh.body.type).toContain('foreign-origin');
        expect(refresh.headers['set-cookie']).toBeUndefined();
        expect((await cookieLogout(browser.cookie, { origin })).status).toBe(403);
      }
      expect((await me(browser.accessToken)).status).toBe(200);
      expect((await cookieRefresh(browser.cookie)).status).toBe(200);
    });

    it('accepts the web app origin, a configured CORS origin, and requests that name no origin', async () => {
      const workshop = await api.signupWorkshop('Trusted Garage');
      const web = await browserLogin(workshop, COOKIE_MODE);
      const dev = await browserLogin(workshop, { ...COOKIE_MODE, origin: DEV_ORIGIN });
      const none = await browserLogin(workshop, { 'x-refresh-token-delivery': 'cookie' });
      expect((await cookieRefresh(web.cookie)).status).toBe(200);
      expect((await cookieRefresh(dev.cookie, { origin: DEV_ORIGIN })).status).toBe(200);
      expect((await cookieRefresh(none.cookie, {})).status).toBe(200);
    });
  });

  describe('why a session ended', () => {
    it('idle too long: "session_idle" from the guard and from refresh', async () => {
      const workshop = await api.signupWorkshop('Idle Reason Garage');
      const browser = await browserLogin(workshop);
      await setSession(workshop.tenantId, `last_seen_at = now() - interval '31 minutes'`);

      const guard = await me(browser.accessToken);
      expect(guard.status).toBe(401);
      expect(guard.body).toMatchObject({ type: expect.stringContaining('session-ended'), reason: 'session_idle' });
      const refresh = await cookieRefresh(browser.cookie);
      expect(refresh.status).toBe(401);
      expect(refresh.body.reason).toBe('session_idle');
      const body = await api.request<Problem>('POST', '/api/v1/auth/refresh', {
        body: { refreshToken: workshop.refreshToken },
      });
      expect(body.body.reason).toBe('session_idle');
    });

    it('past the maximum length: "session_expired", even when idle as well', async () => {
      const workshop = await api.signupWorkshop('Expired Reason Garage');
      const browser = await browserLogin(workshop);
      await setSession(
        workshop.tenantId,
        `expires_at = now() - interval '1 second', last_seen_at = now() - interval '2 hours'`,
      );

      expect((await me(browser.accessToken)).body).toMatchObject({ status: 401, reason: 'session_expired' });
      expect((await cookieRefresh(browser.cookie)).body).toMatchObject({ status: 401, reason: 'session_expired' });
    });

    it('revoked (here a password reset ended every session): "session_revoked"', async () => {
      const workshop = await api.signupWorkshop('Revoked Reason Garage');
      const browser = await browserLogin(workshop);
      await setSession(workshop.tenantId, `revoked_at = now(), revoke_reason = 'password_changed'`);

      expect((await me(browser.accessToken)).body).toMatchObject({ status: 401, reason: 'session_revoked' });
      expect((await cookieRefresh(browser.cookie)).body).toMatchObject({ status: 401, reason: 'session_revoked' });
    });

    it('a suspended workshop: 403 "workshop_suspended" from the guard, refresh and login', async () => {
      const workshop = await api.signupWorkshop('Suspended Reason Garage');
      const browser = await browserLogin(workshop);
      await withAdminClient((client) =>
        client.query(`update tenants set status = 'suspended' where id = $1`, [workshop.tenantId]),
      );

      const expected = {
        status: 403,
        type: expect.stringContaining('workshop-suspended'),
        reason: 'workshop_suspended',
      };
      expect((await me(browser.accessToken)).body).toMatchObject(expected);
      expect((await cookieRefresh(browser.cookie)).body).toMatchObject(expected);
      const login = await api.request<Problem>('POST', '/api/v1/auth/login', {
        body: { email: workshop.email, password: workshop.password },
      });
      expect(login.body).toMatchObject(expected);
    });

    it('an access token that is missing, malformed or forged: "access_token_invalid", nothing more', async () => {
      for (const token of [undefined, 'garbage', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl']) {
        const response = await api.request<Problem>('GET', '/api/v1/me', token ? { token } : {});
        expect(response.body).toMatchObject({ status: 401, reason: 'access_token_invalid' });
      }
    });

    it('the reasons are told only to a holder of the real token: a made-up one learns "session_unknown"', async () => {
      const workshop = await api.signupWorkshop('Oracle Garage');
      await withAdminClient((client) =>
        client.query(`update tenants set status = 'suspended' where id = $1`, [workshop.tenantId]),
      );
      // A token that names the suspended workshop in its first 16 bytes, with random bytes after.
      const prefix = Buffer.from(workshop.tenantId.replace(/-/g, ''), 'hex');
      const forged = Buffer.concat([prefix, Buffer.alloc(32, 7)]).toString('base64url');
      const answer = await cookieRefresh(`pitlane_refresh=${forged}`);
      expect(answer.body).toMatchObject({ status: 401, reason: 'session_unknown' });
    });
  });

  describe('the OpenAPI document says what is true', () => {
    interface Schema {
      required?: string[];
      properties?: Record<string, Schema & { $ref?: string }>;
      allOf?: (Schema & { $ref?: string })[];
      type?: string;
      enum?: string[];
    }
    interface Operation {
      parameters?: { name: string; in: string; schema?: { enum?: string[] } }[];
      security?: Record<string, string[]>[];
      responses: Record<string, { headers?: Record<string, unknown> }>;
    }
    interface OpenApi {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, Schema>; securitySchemes: Record<string, Record<string, string>> };
    }
    let document: OpenApi;

    beforeAll(async () => {
      // Straight from Fastify: the document is not an operation of itself, so not a contract check.
      document = (await api.app.inject({ method: 'GET', url: '/api/docs-json' })).json<OpenApi>();
    });

    it.each([
      ['/api/v1/auth/signup', '201'],
      ['/api/v1/auth/login', '200'],
      ['/api/v1/auth/login/mfa', '200'],
      ['/api/v1/auth/invitations/accept', '201'],
      ['/api/v1/auth/refresh', '200'],
      ['/api/v1/auth/switch', '200'],
    ])('%s takes X-Refresh-Token-Delivery and documents the cookie it may set', (path, status) => {
      const operation = document.paths[path]!.post!;
      expect(operation.parameters).toContainEqual(
        expect.objectContaining({
          name: 'X-Refresh-Token-Delivery',
          in: 'header',
          schema: expect.objectContaining({ $ref: '#/components/schemas/RefreshTokenDelivery' }),
        }),
      );
      expect(operation.responses[status]!.headers).toHaveProperty('Set-Cookie');
    });

    it('the cookie routes name the cookie as their credential', () => {
      expect(document.components.securitySchemes.refreshCookie).toMatchObject({
        type: 'apiKey',
        in: 'cookie',
        name: 'pitlane_refresh',
      });
      for (const path of ['/api/v1/auth/session/refresh', '/api/v1/auth/session/logout']) {
        expect(document.paths[path]!.post!.security).toEqual([{ refreshCookie: [] }]);
      }
    });

    it('a refresh token in the body is optional where cookie mode leaves it out, and absent from the cookie refresh', () => {
      const required = (name: string) => document.components.schemas[name]!.required ?? [];
      for (const name of ['SignupResponse', 'LoginResponse', 'RefreshResponse']) {
        expect(required(name)).toContain('accessToken');
        expect(required(name)).not.toContain('refreshToken');
      }
      expect(document.components.schemas.SessionRefreshResponse!.properties).not.toHaveProperty('refreshToken');
    });

    it('the delivery and the session-end reasons are named enums', () => {
      expect(document.components.schemas.RefreshTokenDelivery).toEqual({ type: 'string', enum: ['body', 'cookie'] });
      expect(document.components.schemas.ProblemDetailsDto!.properties!.reason!.allOf).toEqual([
        { $ref: '#/components/schemas/ProblemReason' },
      ]);
      // The session-end reasons, then the appointment refusals (scheduling's 409s share the member).
      expect(document.components.schemas.ProblemReason!.enum).toEqual([
        'access_token_invalid',
        'session_unknown',
        'session_idle',
        'session_expired',
        'session_revoked',
        'workshop_suspended',
        'bay_taken',
        'outside_opening_hours',
        'closed_date',
        'not_movable',
        'invalid_status_transition',
      ]);
    });
  });

  // Last, so it sees every answer the suite provoked.
  it('answered every request as the OpenAPI document says', () => {
    expect(checks.length).toBeGreaterThan(20);
    expect(contractFailures(checks)).toEqual([]);
  });
});
