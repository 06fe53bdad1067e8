import { randomBytes } from 'node:crypto';
import { TestApi, Workshop } from '../../../test/support/test-api';
import { testRedisUrl } from '../../../test/support/test-config';
import { totpCode } from '../../../test/support/totp';

const LIMITS = {
  RATE_LIMIT_ACCOUNT_PER_MINUTE: '5',
  RATE_LIMIT_ACCOUNT_PER_HOUR: '100',
  RATE_LIMIT_IP_PER_MINUTE: '12',
  RATE_LIMIT_IP_PER_HOUR: '1000',
  // Behind nginx: the client address comes from X-Forwarded-For, so each test can be its own client.
  HTTP_TRUST_PROXY: 'true',
};

const stores: [string, Record<string, string>][] = [['memory', {}]];
const redis = testRedisUrl();
if (redis) stores.push(['Redis', { REDIS_URL: redis }]);
else process.stdout.write('[rate-limit tests] no Redis: only the in-memory store is tested\n');

describe.each(stores)('rate limits on sign-in (%s store)', (_store, backend) => {
  let api: TestApi;
  let workshop: Workshop;
  /** Signed in elsewhere, for the re-authenticating routes. */
  let people: Workshop[];

  beforeAll(async () => {
    // The workshops are made on an API with the limits relaxed.
    const setup = await TestApi.start();
    workshop = await setup.signupWorkshop('Limited Garage');
    people = [];
    for (let i = 0; i < 5; i++) people.push(await setup.signupWorkshop('Reauth Garage'));
    await setup.close();
    api = await TestApi.start({ ...LIMITS, ...backend, QUEUE_NAMESPACE: `test-${randomBytes(4).toString('hex')}` });
  });

  afterAll(() => api.close());

  const login = (email: string, password = 'not-the-password-at-all', ip = '203.0.113.7') =>
    api.request('POST', '/api/v1/auth/login', { body: { email, password }, headers: { 'x-forwarded-for': ip } });

  it('refuses the 6th sign-in attempt for one account within a minute with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await login(workshop.email)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const sixth = await login(workshop.email, workshop.password);
    expect(sixth.status).toBe(429);
    expect(String(sixth.headers['content-type'])).toContain('application/problem+json');
    expect(sixth.body).toMatchObject({ status: 429, type: expect.stringContaining('rate-limited') });
    const retryAfter = Number(sixth.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(sixth.text).not.toContain(workshop.email);
  });

  it("limits an operator's sign-in like a workshop's, in buckets of its own", async () => {
    const email = `ops-limited-${randomBytes(3).toString('hex')}@platform.test`;
    const opsLogin = () =>
      api.request('POST', '/api/v1/ops/auth/login', {
        body: { email, password: 'not-the-password-at-all', code: '123456' },
        headers: { 'x-forwarded-for': '203.0.113.77' },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await opsLogin()).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const sixth = await opsLogin();
    expect([sixth.status, Number(sixth.headers['retry-after']) > 0]).toEqual([429, true]);
    // The staff sign-in of the same address is counted apart.
    expect((await login(email, undefined, '203.0.113.77')).status).toBe(401);
  });

  it('counts an account however its address is typed', async () => {
    const email = `counted-${randomBytes(3).toString('hex')}@example.test`;
    for (let i = 0; i < 5; i++) await login(i % 2 ? email.toUpperCase() : ` ${email} `);
    expect((await login(email)).status).toBe(429);
  });

  it('keeps no e-mail address in the counters it stores', async () => {
    if (!backend.REDIS_URL) return;
    const { default: IORedis } = await import('ioredis');
    const client = new IORedis(backend.REDIS_URL);
    try {
      const keys = await client.keys('test-*:rl:*');
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.some((key) => key.includes('@') || key.includes(workshop.email))).toBe(false);
    } finally {
      client.disconnect();
    }
  });

  it('limits one client address across accounts', async () => {
    const ip = '198.51.100.23';
    const statuses: number[] = [];
    for (let i = 0; i < 13; i++) {
      statuses.push(
        (await login(`spray-${i}-${randomBytes(2).toString('hex')}@example.test`, 'x-password-x', ip)).status,
      );
    }
    expect(statuses.slice(0, 12).every((status) => status === 401)).toBe(true);
    expect(statuses[12]).toBe(429);
  });

  /** A response that is the rate limit's 429, with a Retry-After within the minute. */
  function expectLimited(response: { status: number; headers: Record<string, unknown>; body: unknown }): void {
    expect(response.status).toBe(429);
    expect(response.body).toMatchObject({ status: 429, type: expect.stringContaining('rate-limited') });
    const retryAfter = Number(response.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  }

  it('refuses the 6th code to /me/mfa/disable within a minute, even the right one, and 2FA stays on', async () => {
    const person = people[0]!;
    const ip = '203.0.113.31';
    const setup = await api.request<{ otpauthUrl: string }>('POST', '/api/v1/me/mfa/setup', {
      token: person.accessToken,
    });
    expect(setup.status).toBe(200);
    const enable = await api.request('POST', '/api/v1/me/mfa/enable', {
      token: person.accessToken,
      body: { code: await totpCode(setup.body.otpauthUrl) },
    });
    expect(enable.status).toBe(200);
    const disable = (code: string) =>
      api.request('POST', '/api/v1/me/mfa/disable', {
        token: person.accessToken,
        body: { code },
        headers: { 'x-forwarded-for': ip },
      });
    const right = await totpCode(setup.body.otpauthUrl, 1);
    const wrong = right === '000000' ? '111111' : '000000';
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await disable(wrong)).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400]);
    expectLimited(await disable(right));
    const me = await api.request<{ user: { mfaEnabled: boolean } }>('GET', '/api/v1/me', { token: person.accessToken });
    expect(me.body.user.mfaEnabled).toBe(true);
  });

  it('refuses the 6th password to /me/email within a minute, even the right one', async () => {
    const person = people[1]!;
    const change = (password: string) =>
      api.request('POST', '/api/v1/me/email', {
        token: person.accessToken,
        body: { newEmail: `moved-${randomBytes(3).toString('hex')}@example.test`, password },
        headers: { 'x-forwarded-for': '203.0.113.32' },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await change('not-the-password-at-all')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expectLimited(await change(person.password));
  });

  it('limits /me/email per client address across accounts', async () => {
    const ip = '198.51.100.77';
    const statuses: number[] = [];
    for (let i = 0; i < 13; i++) {
      const person = people[2 + (i % 2)]!;
      const response = await api.request('POST', '/api/v1/me/email', {
        token: person.accessToken,
        body: { newEmail: `spray-${i}-${randomBytes(2).toString('hex')}@example.test`, password: 'wrong-password-xx' },
        headers: { 'x-forwarded-for': ip },
      });
      statuses.push(response.status);
    }
    // Two accounts, so no account reaches its own limit of 5 before the address reaches 12.
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses[12]).toBe(429);
  });

  it('refuses the 6th verification mail asked for within a minute: no account floods a mailbox', async () => {
    const person = people[4]!;
    const resend = () =>
      api.request('POST', '/api/v1/me/email/verification', {
        token: person.accessToken,
        headers: { 'x-forwarded-for': '203.0.113.33' },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await resend()).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202]);
    expectLimited(await resend());
  });

  const signup = (email: string, ip: string) =>
    api.request('POST', '/api/v1/auth/signup', {
      body: { workshopName: 'Spray Garage', email, password: 'x', ownerName: 'Spray' },
      headers: { 'x-forwarded-for': ip },
    });

  it('limits signup per e-mail address, however it is typed', async () => {
    const email = `signup-${randomBytes(3).toString('hex')}@example.test`;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await signup(i % 2 ? email.toUpperCase() : email, `192.0.2.${10 + i}`)).status);
    // A weak password: refused after counting, without the cost of a signup.
    expect(statuses).toEqual([400, 400, 400, 400, 400]);
    expectLimited(await signup(email, '192.0.2.99'));
  });

  it('limits signup per client address across e-mail addresses', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 13; i++) {
      statuses.push((await signup(`many-${i}-${randomBytes(2).toString('hex')}@example.test`, '192.0.2.200')).status);
    }
    expect(statuses.slice(0, 12).every((status) => status === 400)).toBe(true);
    expectLimited(await signup(`last-${randomBytes(2).toString('hex')}@example.test`, '192.0.2.200'));
  });
});
