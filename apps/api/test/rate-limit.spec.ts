import { randomBytes } from 'node:crypto';
import { TestApi, Workshop } from '../../../test/support/test-api';
import { testRedisUrl } from '../../../test/support/test-config';

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

  beforeAll(async () => {
    // Signing up is not limited; the workshop is made on an API with the limits relaxed.
    const setup = await TestApi.start();
    workshop = await setup.signupWorkshop('Limited Garage');
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
});
