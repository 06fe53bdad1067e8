import { createHmac, hkdfSync } from 'node:crypto';
import { TestApi, withAdminClient, Workshop } from '../../../test/support/test-api';
import { TEST_JWT_SECRET } from '../../../test/support/test-config';

describe('identity: signup, login, sessions and roles', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await TestApi.start();
  });

  afterAll(() => api.close());

  const me = (token: string) => api.request('GET', '/api/v1/me', { token });

  describe('the session lifecycle', () => {
    it('signup -> login -> refresh -> reuse of the old refresh token revokes the family -> logout kills the access token', async () => {
      const workshop = await api.signupWorkshop('Lifecycle Garage');
      expect((await me(workshop.accessToken)).status).toBe(200);

      const login = await api.request<{ accessToken: string; refreshToken: string; role: string; expiresIn: number }>(
        'POST',
        '/api/v1/auth/login',
        { body: { email: workshop.email, password: workshop.password } },
      );
      expect(login.status).toBe(200);
      expect(login.body).toMatchObject({ role: 'owner', expiresIn: 900, workshop: { id: workshop.tenantId } });

      const refreshed = await api.request<{ accessToken: string; refreshToken: string }>(
        'POST',
        '/api/v1/auth/refresh',
        {
          body: { refreshToken: login.body.refreshToken },
        },
      );
      expect(refreshed.status).toBe(200);
      expect(refreshed.body.refreshToken).not.toBe(login.body.refreshToken);
      expect((await me(refreshed.body.accessToken)).status).toBe(200);

      // The spent token comes back: someone copied it. The whole family dies.
      const reused = await api.request('POST', '/api/v1/auth/refresh', {
        body: { refreshToken: login.body.refreshToken },
      });
      expect(reused.status).toBe(401);
      expect(reused.body).toMatchObject({ type: expect.stringContaining('refresh-token-reused') });
      expect((await me(refreshed.body.accessToken)).status).toBe(401);
      const newest = await api.request('POST', '/api/v1/auth/refresh', {
        body: { refreshToken: refreshed.body.refreshToken },
      });
      expect(newest.status).toBe(401);

      // The signup's own session is a different family and still works, until logout.
      expect((await me(workshop.accessToken)).status).toBe(200);
      const logout = await api.request('POST', '/api/v1/auth/logout', { token: workshop.accessToken });
      expect(logout.status).toBe(204);
      expect((await me(workshop.accessToken)).status).toBe(401);
      const afterLogout = await api.request('POST', '/api/v1/auth/refresh', {
        body: { refreshToken: workshop.refreshToken },
      });
      expect(afterLogout.status).toBe(401);
    });

    it('two concurrent refreshes with the same token do not both succeed', async () => {
      const workshop = await api.signupWorkshop('Race Garage');
      const results = await Promise.all(
        [1, 2].map(() =>
          api.request('POST', '/api/v1/auth/refresh', { body: { refreshToken: workshop.refreshToken } }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
    });

    it('ends a session idle for longer than 30 minutes, and any session after 12 hours', async () => {
      const idle = await api.signupWorkshop('Idle Garage');
      await setSession(idle.tenantId, `last_seen_at = now() - interval '31 minutes'`);
      expect((await me(idle.accessToken)).status).toBe(401);
      expect(
        (await api.request('POST', '/api/v1/auth/refresh', { body: { refreshToken: idle.refreshToken } })).status,
      ).toBe(401);

      const old = await api.signupWorkshop('Old Garage');
      await setSession(old.tenantId, `expires_at = now() - interval '1 second'`);
      expect((await me(old.accessToken)).status).toBe(401);
    });

    it('a malformed or unknown refresh token is a plain 401', async () => {
      for (const refreshToken of ['nope', 'A'.repeat(64)]) {
        const response = await api.request('POST', '/api/v1/auth/refresh', { body: { refreshToken } });
        expect(response.status).toBe(401);
      }
    });
  });

  describe('login', () => {
    it('gives identical 401 bodies for a wrong password and an unknown e-mail', async () => {
      const workshop = await api.signupWorkshop('Oracle Garage');
      const wrongPassword = await api.request('POST', '/api/v1/auth/login', {
        body: { email: workshop.email, password: 'not-the-password-at-all' },
      });
      const unknownEmail = await api.request('POST', '/api/v1/auth/login', {
        body: { email: 'nobody-here@example.test', password: 'not-the-password-at-all' },
      });
      expect(wrongPassword.status).toBe(401);
      expect(unknownEmail.status).toBe(401);
      expect(unknownEmail.body).toEqual(wrongPassword.body);
    });

    it('refuses a workshop the user does not belong to with the same 401', async () => {
      const mine = await api.signupWorkshop('Mine Garage');
      const theirs = await api.signupWorkshop('Theirs Garage');
      const response = await api.request('POST', '/api/v1/auth/login', {
        body: { email: mine.email, password: mine.password, workshopId: theirs.tenantId },
      });
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ type: expect.stringContaining('invalid-credentials') });
    });

    it('e-mail addresses are case-insensitive', async () => {
      const workshop = await api.signupWorkshop('Case Garage');
      const response = await api.request('POST', '/api/v1/auth/login', {
        body: { email: workshop.email.toUpperCase(), password: workshop.password },
      });
      expect(response.status).toBe(200);
    });
  });

  describe('access tokens', () => {
    let workshop: Workshop;
    beforeAll(async () => {
      workshop = await api.signupWorkshop('Token Garage');
    });

    const claims = () => {
      const payload = JSON.parse(Buffer.from(workshop.accessToken.split('.')[1]!, 'base64url').toString()) as Record<
        string,
        unknown
      >;
      return payload;
    };

    it('rejects a token with alg "none"', async () => {
      const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`;
      expect((await me(token)).status).toBe(401);
    });

    it('rejects a token signed with another key', async () => {
      expect((await me(hs256(claims(), 'another-secret-that-is-long-enough-000000'))).status).toBe(401);
    });

    it('rejects a token for another audience or issuer, or expired', async () => {
      expect((await me(hs256({ ...claims(), aud: 'someone-else' }, ACCESS_KEY))).status).toBe(401);
      expect((await me(hs256({ ...claims(), iss: 'someone-else' }, ACCESS_KEY))).status).toBe(401);
      const past = Math.floor(Date.now() / 1000) - 60;
      expect((await me(hs256({ ...claims(), exp: past }, ACCESS_KEY))).status).toBe(401);
    });

    it('accepts a well-signed token (the forgery tests above are not vacuous)', async () => {
      expect((await me(hs256(claims(), ACCESS_KEY))).status).toBe(200);
    });

    it('a forged token naming another workshop finds no session there', async () => {
      const other = await api.signupWorkshop('Victim Garage');
      expect((await me(hs256({ ...claims(), tid: other.tenantId }, ACCESS_KEY))).status).toBe(401);
    });

    it('rejects a well-signed token without an expiry, or without an issue time', async () => {
      const { exp: _exp, ...noExpiry } = claims();
      const { iat: _iat, ...noIssueTime } = claims();
      expect((await me(hs256(noExpiry, ACCESS_KEY))).status).toBe(401);
      expect((await me(hs256(noIssueTime, ACCESS_KEY))).status).toBe(401);
    });

    it.each([
      ['not a UUID', 'not-a-uuid'],
      ['SQL', "' or 1=1 --"],
      ['a number', 42],
    ])('answers 401, not 500, for a well-signed token whose workshop claim is %s', async (_label, tid) => {
      const response = await me(hs256({ ...claims(), tid }, ACCESS_KEY));
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ type: expect.stringContaining('invalid-token') });
    });

    it('rejects a token signed with JWT_SECRET itself: access tokens have a key of their own', async () => {
      expect((await me(hs256(claims(), TEST_JWT_SECRET))).status).toBe(401);
    });

    it('rejects a missing or malformed Authorization header', async () => {
      expect((await api.request('GET', '/api/v1/me')).status).toBe(401);
      expect(
        (await api.request('GET', '/api/v1/me', { headers: { authorization: `Basic ${workshop.accessToken}` } }))
          .status,
      ).toBe(401);
    });
  });

  describe('signup', () => {
    it('creates the workshop with a unique slug, the owner and a wrapped data key', async () => {
      const first = await api.signupWorkshop('Slug Garage');
      const response = await api.request<{ workshop: { slug: string } }>('POST', '/api/v1/auth/signup', {
        body: {
          workshopName: first.slug, // the same name once more
          email: `second-${first.email}`,
          password: 'a-perfectly-fine-passphrase',
          ownerName: 'Second Owner',
        },
      });
      expect(response.status).toBe(201);
      expect(response.body.workshop.slug).not.toBe(first.slug);
      expect(response.body.workshop.slug.startsWith(first.slug)).toBe(true);
      const stored = await withAdminClient((client) =>
        client.query<{ len: number; country: string; currency: string; locale: string; time_zone: string }>(
          'select length(wrapped_data_key) as len, country, currency, locale, time_zone from tenants where id = $1',
          [first.tenantId],
        ),
      );
      expect(stored.rows[0]).toEqual({
        len: 61,
        country: 'PL',
        currency: 'PLN',
        locale: 'pl',
        time_zone: 'Europe/Warsaw',
      });
    });

    it('stores an argon2id hash, never the password', async () => {
      const workshop = await api.signupWorkshop('Hash Garage');
      const stored = await withAdminClient((client) =>
        client.query<{ password_hash: string }>('select password_hash from users where id = $1', [workshop.userId]),
      );
      expect(stored.rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
      expect(stored.rows[0]!.password_hash).not.toContain(workshop.password);
    });

    it('refuses short and common passwords with 400 naming the field', async () => {
      for (const password of ['short-pw', 'password1234']) {
        const response = await api.request('POST', '/api/v1/auth/signup', {
          body: { workshopName: 'Weak Garage', email: 'weak@example.test', password, ownerName: 'Weak Owner' },
        });
        expect(response.status).toBe(400);
        expect(response.body).toMatchObject({ errors: [expect.objectContaining({ field: 'password' })] });
      }
    });

    it('answers the same for an address someone has verified as for a new one: no enumeration oracle', async () => {
      const existing = await api.signupWorkshop('Taken Garage');
      await withAdminClient((client) =>
        client.query('update users set email_verified_at = now() where id = $1', [existing.userId]),
      );
      const signup = (email: string) =>
        api.request<{ workshop: Record<string, unknown>; user: Record<string, unknown> }>(
          'POST',
          '/api/v1/auth/signup',
          {
            body: {
              workshopName: 'Another Garage',
              email,
              password: 'yet-another-fine-passphrase',
              ownerName: 'Someone',
            },
          },
        );
      const fresh = await signup(`fresh-${Date.now()}@example.test`);
      const taken = await signup(existing.email.toUpperCase());
      expect(taken.status).toBe(fresh.status);
      expect(taken.status).toBe(201);
      expect(Object.keys(taken.body).sort()).toEqual(Object.keys(fresh.body).sort());
      expect(Object.keys(taken.body.user).sort()).toEqual(Object.keys(fresh.body.user).sort());
      const takenMe = await api.request<{ user: { emailVerified: boolean } }>('GET', '/api/v1/me', {
        token: (taken.body as unknown as { accessToken: string }).accessToken,
      });
      expect(takenMe.body.user.emailVerified).toBe(false);
      // The address stays its verified owner's: they still sign in to their own workshop.
      const login = await api.request<{ workshop: { id: string } }>('POST', '/api/v1/auth/login', {
        body: { email: existing.email, password: existing.password },
      });
      expect(login.body.workshop.id).toBe(existing.tenantId);
      // The new account's verification mail went to the address's owner; its link cannot take the address.
      const [link] = await withAdminClient(
        async (client) =>
          (
            await client.query<{ user_id: string }>(
              'select user_id from email_verification_tokens where user_id = $1',
              [taken.body.user.id],
            )
          ).rows,
      );
      expect(link).toEqual({ user_id: taken.body.user.id });
    });

    it('validates time zone and country', async () => {
      const response = await api.request('POST', '/api/v1/auth/signup', {
        body: {
          workshopName: 'Zone Garage',
          email: 'zone@example.test',
          password: 'a-perfectly-fine-passphrase',
          ownerName: 'Zone Owner',
          timezone: 'Mars/Olympus_Mons',
          country: 'XX',
        },
      });
      expect(response.status).toBe(400);
      const fields = (response.body.errors as { field: string }[]).map((e) => e.field).sort();
      expect(fields).toEqual(['country', 'timezone']);
    });
  });

  describe('staff and roles', () => {
    let workshop: Workshop;
    let manager: Workshop;
    let mechanic: Workshop;

    beforeAll(async () => {
      workshop = await api.signupWorkshop('Staff Garage');
      manager = await api.addStaff(workshop, 'manager');
      mechanic = await api.addStaff(workshop, 'mechanic');
    });

    it("lists the staff of the caller's workshop only, paginated", async () => {
      const list = await api.request<{
        items: { id: string; role: string }[];
        total: number;
        page: number;
        limit: number;
      }>('GET', '/api/v1/staff?limit=2&sort=-joinedAt', { token: mechanic.accessToken });
      expect(list.status).toBe(200);
      expect(list.body).toMatchObject({ total: 3, page: 1, limit: 2 });
      expect(list.body.items).toHaveLength(2);
      expect(list.body.items[0]!.id).toBe(mechanic.userId);
    });

    it('a mechanic cannot change roles (403)', async () => {
      const response = await api.request('PATCH', `/api/v1/staff/${manager.userId}`, {
        token: mechanic.accessToken,
        body: { role: 'mechanic' },
      });
      expect(response.status).toBe(403);
    });

    it('a manager cannot make anyone an owner, nor touch an owner', async () => {
      const promote = await api.request('PATCH', `/api/v1/staff/${mechanic.userId}`, {
        token: manager.accessToken,
        body: { role: 'owner' },
      });
      expect(promote.status).toBe(403);
      const demoteOwner = await api.request('PATCH', `/api/v1/staff/${workshop.userId}`, {
        token: manager.accessToken,
        body: { role: 'mechanic' },
      });
      expect(demoteOwner.status).toBe(403);
    });

    it('the last owner cannot be demoted or removed (409)', async () => {
      const demote = await api.request('PATCH', `/api/v1/staff/${workshop.userId}`, {
        token: workshop.accessToken,
        body: { role: 'manager' },
      });
      expect(demote.status).toBe(409);
      const remove = await api.request('DELETE', `/api/v1/staff/${workshop.userId}`, { token: workshop.accessToken });
      expect(remove.status).toBe(409);
    });

    it('a role change takes effect on the next request, without a new login', async () => {
      const promoted = await api.request('PATCH', `/api/v1/staff/${mechanic.userId}`, {
        token: workshop.accessToken,
        body: { role: 'manager' },
      });
      expect(promoted.status).toBe(200);
      expect(promoted.body).toMatchObject({ id: mechanic.userId, role: 'manager' });
      const meNow = await me(mechanic.accessToken);
      expect(meNow.body).toMatchObject({ role: 'manager' });
      await api.request('PATCH', `/api/v1/staff/${mechanic.userId}`, {
        token: workshop.accessToken,
        body: { role: 'mechanic' },
      });
    });

    it('removing a member ends their sessions at once', async () => {
      const leaver = await api.addStaff(workshop, 'mechanic');
      expect((await me(leaver.accessToken)).status).toBe(200);
      const removed = await api.request('DELETE', `/api/v1/staff/${leaver.userId}`, { token: manager.accessToken });
      expect(removed.status).toBe(204);
      expect((await me(leaver.accessToken)).status).toBe(401);
      expect((await api.request('GET', `/api/v1/staff/${leaver.userId}`, { token: workshop.accessToken })).status).toBe(
        404,
      );
    });

    it('records role changes and removals in the audit trail, naming the person, not the values', async () => {
      const changing = await api.addStaff(workshop, 'mechanic');
      await api.request('PATCH', `/api/v1/staff/${changing.userId}`, {
        token: workshop.accessToken,
        body: { role: 'manager' },
      });
      await api.request('PATCH', `/api/v1/staff/${changing.userId}`, {
        token: workshop.accessToken,
        body: { role: 'manager' },
      });
      await api.request('DELETE', `/api/v1/staff/${changing.userId}`, { token: manager.accessToken });
      const trail = await api.request<{ items: { action: string; actorUserId: string; changedFields: string[] }[] }>(
        'GET',
        `/api/v1/audit-events?entityId=${changing.userId}`,
        { token: workshop.accessToken },
      );
      expect(trail.body.items).toEqual([
        expect.objectContaining({ action: 'staff.removed', actorUserId: manager.userId, changedFields: [] }),
        expect.objectContaining({
          action: 'staff.role_changed',
          actorUserId: workshop.userId,
          changedFields: ['role'],
        }),
      ]);
    });

    it("a member of workshop B gets 404 for workshop A's staff, exactly like a missing one", async () => {
      const other = await api.signupWorkshop('Other Garage');
      for (const [method, body] of [
        ['GET', undefined],
        ['PATCH', { role: 'mechanic' }],
        ['DELETE', undefined],
      ] as const) {
        const response = await api.request(method, `/api/v1/staff/${manager.userId}`, {
          token: other.accessToken,
          body,
        });
        expect(response.status).toBe(404);
      }
      const missing = await api.request('GET', '/api/v1/staff/00000000-0000-4000-8000-000000000000', {
        token: other.accessToken,
      });
      expect(missing.status).toBe(404);
      const list = await api.request<{ items: { id: string }[] }>('GET', '/api/v1/staff', { token: other.accessToken });
      expect(list.body.items.map((s) => s.id)).toEqual([other.userId]);
    });

    it('/me names the user, the workshop, the role and every membership', async () => {
      const response = await me(manager.accessToken);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        user: { id: manager.userId, email: manager.email },
        workshop: { id: workshop.tenantId, slug: workshop.slug },
        role: 'manager',
      });
      expect((response.body.memberships as unknown[]).length).toBe(2);
    });
  });

  describe('a suspended workshop', () => {
    it('stops its tokens, its refresh tokens and its logins', async () => {
      const workshop = await api.signupWorkshop('Suspended Garage');
      await withAdminClient((client) =>
        client.query(`update tenants set status = 'suspended' where id = $1`, [workshop.tenantId]),
      );
      const blocked = await me(workshop.accessToken);
      expect(blocked.status).toBe(403);
      expect(blocked.body).toMatchObject({ type: expect.stringContaining('workshop-suspended') });
      expect(
        (await api.request('POST', '/api/v1/auth/refresh', { body: { refreshToken: workshop.refreshToken } })).status,
      ).toBe(403);
      expect(
        (
          await api.request('POST', '/api/v1/auth/login', {
            body: { email: workshop.email, password: workshop.password },
          })
        ).status,
      ).toBe(403);
    });
  });

  it('never writes passwords or tokens to the log', async () => {
    const workshop = await api.signupWorkshop('Log Garage');
    await api.request('POST', '/api/v1/auth/login', { body: { email: workshop.email, password: workshop.password } });
    const log = api.logLines.join('\n');
    expect(log).toContain('/api/v1/auth/login');
    expect(log).not.toContain(workshop.password);
    expect(log).not.toContain(workshop.accessToken);
    expect(log).not.toContain(workshop.refreshToken);
  });
});

async function setSession(tenantId: string, assignment: string): Promise<void> {
  await withAdminClient((client) => client.query(`update sessions set ${assignment} where tenant_id = $1`, [tenantId]));
}

function b64(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The key access tokens are signed with: derived from JWT_SECRET with their own HKDF label. */
const ACCESS_KEY = Buffer.from(hkdfSync('sha256', TEST_JWT_SECRET, Buffer.alloc(0), 'pitlane/jwt/access-token/v1', 32));

function hs256(payload: Record<string, unknown>, secret: string | Buffer): string {
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}
