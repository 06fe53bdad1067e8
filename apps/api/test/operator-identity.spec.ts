import { OperatorAccounts, OperatorAudit } from '@pitlane/identity';
import { createOperator, signInOperator, TestOperator } from '../../../test/support/operators';
import { TestApi, withAdminClient, withAppClient, Workshop } from '../../../test/support/test-api';
import { totpCode } from '../../../test/support/totp';

interface AuditEntry {
  id: string;
  action: string;
  operatorId: string | null;
  operatorEmail: string | null;
  targetTenantId: string | null;
  reason: string | null;
  details: { failure?: string };
}

describe('platform operators: their own identity, apart from workshops', () => {
  let api: TestApi;
  let workshop: Workshop;

  beforeAll(async () => {
    api = await TestApi.start();
    workshop = await api.signupWorkshop('Operator Test Garage');
  });

  afterAll(() => api.close());

  const login = (body: Record<string, unknown>) => api.request('POST', '/api/v1/ops/auth/login', { body });
  const me = (token: string) => api.request('GET', '/api/v1/ops/me', { token });

  /** Every audit entry of one operator, newest first. */
  async function auditOf(operatorId: string): Promise<AuditEntry[]> {
    const reader = await signInOperator(api);
    const response = await api.request<{ items: AuditEntry[] }>('GET', '/api/v1/ops/audit?limit=100', {
      token: reader.accessToken,
    });
    expect(response.status).toBe(200);
    return response.body.items.filter((entry) => entry.operatorId === operatorId);
  }

  describe('accounts are made by the CLI, never by signup', () => {
    it('keeps the password as an argon2id hash and the TOTP secret only sealed', async () => {
      const operator = await createOperator(api);
      expect(operator.otpauthUri).toMatch(/^otpauth:\/\/totp\/.*secret=[A-Z2-7]+/);
      const row = await withAdminClient(async (client) => {
        const result = await client.query<{ password_hash: string; totp_secret: Buffer; totp_key_id: string }>(
          'select password_hash, totp_secret, totp_key_id from operators where id = $1',
          [operator.id],
        );
        return result.rows[0]!;
      });
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect(row.password_hash).not.toContain(operator.password);
      const secret = new URL(operator.otpauthUri).searchParams.get('secret')!;
      expect(row.totp_secret.toString('latin1')).not.toContain(secret);
      expect(row.totp_secret.length).toBeGreaterThan(20 + 12 + 16);
      expect(row.totp_key_id).toBe('k1');
    });

    it('refuses a second operator with the same address and a weak password', async () => {
      const operator = await createOperator(api);
      const accounts = api.app.get(OperatorAccounts);
      await expect(
        accounts.create({ email: operator.email.toUpperCase(), name: 'Twin', password: 'another-lantern-quarry-42' }),
      ).rejects.toThrow(/already exists/);
      await expect(
        accounts.create({ email: 'weak@platform.test', name: 'Weak', password: 'password123' }),
      ).rejects.toThrow(/password policy/);
    });

    it('makes no person, membership or role of any workshop', async () => {
      const operator = await createOperator(api);
      const counts = await withAdminClient(async (client) => {
        const result = await client.query<{ users: number; members: number }>(
          `select (select count(*)::int from users where email = $1) as users,
                  (select count(*)::int from memberships where user_id = $2) as members`,
          [operator.email, operator.id],
        );
        return result.rows[0];
      });
      expect(counts).toEqual({ users: 0, members: 0 });
      const staffLogin = await api.request('POST', '/api/v1/auth/login', {
        body: { email: operator.email, password: operator.password },
      });
      expect(staffLogin.status).toBe(401);
    });

    it('offers no HTTP route that creates an operator', async () => {
      const operator = await signInOperator(api);
      for (const path of ['/api/v1/ops/operators', '/api/v1/ops/auth/signup', '/api/v1/ops/signup']) {
        const response = await api.request('POST', path, {
          token: operator.accessToken,
          body: { email: 'new@platform.test', password: 'operator-lantern-new-quarry' },
        });
        expect({ path, status: response.status }).toEqual({ path, status: 404 });
      }
    });
  });

  describe('signing in takes the password and a TOTP code together', () => {
    let operator: TestOperator;

    beforeEach(async () => {
      operator = await createOperator(api);
    });

    it('lets the operator in with the right password and the current code', async () => {
      const response = await login({
        email: operator.email,
        password: operator.password,
        code: await totpCode(operator.otpauthUri),
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        accessToken: expect.any(String),
        expiresIn: 8 * 3600,
        idleTimeout: 15 * 60,
        operator: { id: operator.id, email: operator.email, name: expect.any(String) },
      });
      const who = await me(response.body.accessToken as string);
      expect([who.status, who.body]).toEqual([
        200,
        { operator: { id: operator.id, email: operator.email, name: expect.any(String) }, idleTimeout: 900 },
      ]);
    });

    it('refuses a sign-in without a code (400) and with a wrong one (401)', async () => {
      expect((await login({ email: operator.email, password: operator.password })).status).toBe(400);
      const current = await totpCode(operator.otpauthUri);
      const wrong = current === '000000' ? '111111' : '000000';
      const refused = await login({ email: operator.email, password: operator.password, code: wrong });
      expect(refused.status).toBe(401);
      expect(refused.body.type).toMatch(/invalid.credentials$/);
    });

    it('answers a wrong code, a wrong password and an unknown address alike', async () => {
      const code = await totpCode(operator.otpauthUri);
      const attempts = [
        await login({
          email: operator.email,
          password: operator.password,
          code: code === '000000' ? '111111' : '000000',
        }),
        await login({ email: operator.email, password: 'not-the-password-at-all', code }),
        await login({ email: 'nobody@platform.test', password: operator.password, code }),
      ];
      const bodies = attempts.map(({ status, body }) => ({ status, type: body.type, detail: body.detail }));
      expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
      expect(bodies[0]!.status).toBe(401);
    });

    it('takes each code once: the same code again is refused', async () => {
      const code = await totpCode(operator.otpauthUri);
      expect((await login({ email: operator.email, password: operator.password, code })).status).toBe(200);
      expect((await login({ email: operator.email, password: operator.password, code })).status).toBe(401);
      const [latest] = await auditOf(operator.id);
      expect(latest).toMatchObject({ action: 'login.failed', details: { failure: 'totp' } });
    });

    it('refuses a disabled operator, and disabling ends their sessions at once', async () => {
      const signedIn = await signInOperator(api, operator);
      await api.app.get(OperatorAccounts).setDisabled(operator.email, true);
      expect((await me(signedIn.accessToken)).status).toBe(401);
      const again = await login({
        email: operator.email,
        password: operator.password,
        code: await totpCode(operator.otpauthUri, 1),
      });
      expect(again.status).toBe(401);
      const [latest] = await auditOf(operator.id);
      expect(latest).toMatchObject({ action: 'login.failed', details: { failure: 'disabled' } });
    });

    it('never writes the password, the code or the token to the log', async () => {
      const code = await totpCode(operator.otpauthUri);
      const response = await login({ email: operator.email, password: operator.password, code });
      await me(response.body.accessToken as string);
      const log = api.logLines.join('\n');
      expect(log).not.toContain(operator.password);
      expect(log).not.toContain(response.body.accessToken as string);
      expect(log).not.toMatch(new RegExp(`"${code}"`));
      expect(log).toContain(`"operatorId":"${operator.id}"`);
    });
  });

  describe('sessions', () => {
    const age = (token: string, column: 'last_seen_at' | 'expires_at', interval: string) =>
      withAdminClient((client) =>
        client.query(`update operator_sessions set ${column} = now() - $2::interval where id = $1`, [
          sessionOf(token),
          interval,
        ]),
      );

    it('ends after 15 minutes without a request', async () => {
      const operator = await signInOperator(api);
      expect((await me(operator.accessToken)).status).toBe(200);
      await age(operator.accessToken, 'last_seen_at', '14 minutes');
      expect((await me(operator.accessToken)).status).toBe(200);
      await age(operator.accessToken, 'last_seen_at', '16 minutes');
      const idle = await me(operator.accessToken);
      expect([idle.status, idle.body.reason]).toEqual([401, 'session_idle']);
    });

    it('ends at its absolute end, however busy', async () => {
      const operator = await signInOperator(api);
      await age(operator.accessToken, 'expires_at', '1 second');
      const expired = await me(operator.accessToken);
      expect([expired.status, expired.body.reason]).toEqual([401, 'session_expired']);
    });

    it('ends at logout: the token is refused at once', async () => {
      const operator = await signInOperator(api);
      const logout = await api.request('POST', '/api/v1/ops/auth/logout', { token: operator.accessToken });
      expect(logout.status).toBe(204);
      const after = await me(operator.accessToken);
      expect([after.status, after.body.reason]).toEqual([401, 'session_revoked']);
    });
  });

  describe('operator and staff tokens are not interchangeable', () => {
    it('refuses an operator token on a workshop route, and a staff token on an operator route', async () => {
      const operator = await signInOperator(api);
      expect((await api.request('GET', '/api/v1/me', { token: workshop.accessToken })).status).toBe(200);
      expect((await me(operator.accessToken)).status).toBe(200);

      const staffRouteWithOperator = await api.request('GET', '/api/v1/me', { token: operator.accessToken });
      expect([staffRouteWithOperator.status, staffRouteWithOperator.body.reason]).toEqual([
        401,
        'access_token_invalid',
      ]);
      const operatorRouteWithStaff = await me(workshop.accessToken);
      expect([operatorRouteWithStaff.status, operatorRouteWithStaff.body.reason]).toEqual([
        401,
        'access_token_invalid',
      ]);
    });
  });

  describe('the audit log', () => {
    it('records sign-in, refused sign-in and logout, newest first, with the failed factor', async () => {
      const operator = await createOperator(api);
      await login({ email: operator.email, password: 'not-the-password-at-all', code: '123456' });
      const signedIn = await signInOperator(api, operator);
      await api.request('POST', '/api/v1/ops/auth/logout', { token: signedIn.accessToken });
      const entries = await auditOf(operator.id);
      expect(entries.map((e) => [e.action, e.details])).toEqual([
        ['logout', {}],
        ['login', {}],
        ['login.failed', { failure: 'password' }],
        ['operator.created', {}],
      ]);
      expect(entries[0]!.operatorEmail).toBe(operator.email);
    });

    it('records what the operator API reports, and lists one workshop’s entries', async () => {
      const operator = await createOperator(api);
      await api.app.get(OperatorAudit).record({
        operatorId: operator.id,
        action: 'tenant.suspended',
        targetTenantId: workshop.tenantId,
        reason: 'Sends spam through booking confirmations',
      });
      const reader = await signInOperator(api);
      const response = await api.request<{ items: AuditEntry[]; total: number; page: number; limit: number }>(
        'GET',
        `/api/v1/ops/audit?tenantId=${workshop.tenantId}&limit=5`,
        { token: reader.accessToken },
      );
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ page: 1, limit: 5, total: 1 });
      expect(response.body.items).toEqual([
        expect.objectContaining({
          action: 'tenant.suspended',
          operatorId: operator.id,
          targetTenantId: workshop.tenantId,
          reason: 'Sends spam through booking confirmations',
        }),
      ]);
    });

    it('pages: a page past the end is empty and still counts every entry', async () => {
      const reader = await signInOperator(api);
      const first = await api.request<{ items: AuditEntry[]; total: number }>('GET', '/api/v1/ops/audit?limit=2', {
        token: reader.accessToken,
      });
      const second = await api.request<{ items: AuditEntry[]; total: number }>(
        'GET',
        '/api/v1/ops/audit?limit=2&page=2',
        {
          token: reader.accessToken,
        },
      );
      const beyond = await api.request<{ items: AuditEntry[]; total: number }>(
        'GET',
        '/api/v1/ops/audit?limit=2&page=100000',
        { token: reader.accessToken },
      );
      expect(first.body.items).toHaveLength(2);
      expect(second.body.items.map((e) => e.id)).not.toEqual(expect.arrayContaining(first.body.items.map((e) => e.id)));
      expect(beyond.body.items).toEqual([]);
      expect(beyond.body.total).toBeGreaterThanOrEqual(first.body.total);
      expect((await api.request('GET', '/api/v1/ops/audit?limit=1000', { token: reader.accessToken })).status).toBe(
        400,
      );
    });

    it.each([
      ['change an entry', `update operator_audit_log set action = 'logout'`],
      ['remove an entry', 'delete from operator_audit_log'],
      ['empty the log', 'truncate operator_audit_log'],
    ])('lets the application role append and read but never %s', async (_what, statement) => {
      const outcome = await withAppClient(async (client) => {
        const before = await client.query<{ n: number }>('select count(*)::int as n from operator_audit_log');
        await client.query(`insert into operator_audit_log (operator_id, action) values (null, 'login.failed')`);
        const error = await client.query(statement).then(
          () => undefined,
          (e: { code?: string }) => e.code,
        );
        const after = await client.query<{ n: number }>('select count(*)::int as n from operator_audit_log');
        return { error, grew: after.rows[0]!.n === before.rows[0]!.n + 1 };
      });
      expect(outcome).toEqual({ error: '42501', grew: true });
    });

    it('refuses changes even from a superuser, by trigger', async () => {
      const error = await withAdminClient((client) =>
        client.query(`delete from operator_audit_log`).then(
          () => undefined,
          (e: { code?: string; message?: string }) => `${e.code} ${e.message}`,
        ),
      );
      expect(error).toBe('42501 operator_audit_log is append-only');
    });
  });
});

/** The session an operator token names (its `sid` claim). */
function sessionOf(token: string): string {
  return (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { sid: string }).sid;
}
