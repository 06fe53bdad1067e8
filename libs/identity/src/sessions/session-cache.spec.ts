import { SESSION_CACHE_TTL_MS, SessionCache } from './session-cache';
import type { SessionStateRow } from './session.repository';

const TENANT = '11111111-1111-4111-8111-111111111111';
const OTHER_TENANT = '22222222-2222-4222-8222-222222222222';
const SESSION = '33333333-3333-4333-8333-333333333333';
const USER = '44444444-4444-4444-8444-444444444444';
const OTHER_SESSION = '55555555-5555-4555-8555-555555555555';
const OTHER_USER = '66666666-6666-4666-8666-666666666666';

function state(overrides: Partial<SessionStateRow> = {}): SessionStateRow {
  const now = new Date();
  return {
    user_id: USER,
    role: 'mechanic',
    status: 'active',
    revoked_at: null,
    created_at: now,
    expires_at: new Date(now.getTime() + 3_600_000),
    last_seen_at: now,
    require_mfa: false,
    mfa_enabled_at: null,
    ...overrides,
  };
}

describe('SessionCache', () => {
  let cache: SessionCache;

  beforeEach(() => {
    cache = new SessionCache();
    cache.trust();
  });

  it('answers nothing until its notifications are known to arrive, and nothing once they stop', () => {
    const untrusted = new SessionCache();
    untrusted.put(SESSION, TENANT, state(), untrusted.generation);
    expect(untrusted.get(SESSION, TENANT)).toBeUndefined();

    cache.put(SESSION, TENANT, state(), cache.generation);
    expect(cache.get(SESSION, TENANT)).toBeDefined();
    cache.distrust();
    expect(cache.get(SESSION, TENANT)).toBeUndefined();
    cache.trust();
    expect(cache.get(SESSION, TENANT)).toBeUndefined();
  });

  it('never puts back a state read before an eviction', () => {
    const generation = cache.generation;
    cache.applyNotification(`session:${SESSION}`);
    cache.put(SESSION, TENANT, state(), generation);
    expect(cache.get(SESSION, TENANT)).toBeUndefined();
  });

  it.each([
    ['session', `session:${SESSION}`],
    ['member', `member:${TENANT}:${USER}`],
    ['tenant', `tenant:${TENANT}`],
    ['user', `user:${USER}`],
    ['catch-all', 'something-else'],
  ])('refuses a read that raced a %s eviction touching it, after other evictions too', (_kind, payload) => {
    const generation = cache.generation;
    cache.applyNotification(`tenant:${OTHER_TENANT}`);
    cache.applyNotification(payload);
    cache.applyNotification(`session:${OTHER_SESSION}`);
    cache.put(SESSION, TENANT, state(), generation);
    expect(cache.get(SESSION, TENANT)).toBeUndefined();
  });

  it("stores a read that raced only other sessions' evictions (the channel carries every workshop's)", () => {
    const generation = cache.generation;
    cache.applyNotification(`session:${OTHER_SESSION}`);
    cache.applyNotification(`tenant:${OTHER_TENANT}`);
    cache.applyNotification(`member:${OTHER_TENANT}:${USER}`);
    cache.applyNotification(`member:${TENANT}:${OTHER_USER}`);
    cache.applyNotification(`user:${OTHER_USER}`);
    cache.put(SESSION, TENANT, state(), generation);
    expect(cache.get(SESSION, TENANT)).toBeDefined();
  });

  it('refuses a read that raced more evictions than it remembers', () => {
    const generation = cache.generation;
    for (let i = 0; i < 1_100; i++) cache.applyNotification(`session:${OTHER_SESSION}`);
    cache.put(SESSION, TENANT, state(), generation);
    expect(cache.get(SESSION, TENANT)).toBeUndefined();
    const recent = cache.generation;
    for (let i = 0; i < 1_000; i++) cache.applyNotification(`session:${OTHER_SESSION}`);
    cache.put(SESSION, TENANT, state(), recent);
    expect(cache.get(SESSION, TENANT)).toBeDefined();
  });

  it.each([
    ['session', `session:${SESSION}`],
    ['member', `member:${TENANT}:${USER}`],
    ['tenant', `tenant:${TENANT}`],
    ['user', `user:${USER}`],
    ['unknown (clears everything)', 'something-else'],
  ])('evicts on a %s notification', (_kind, payload) => {
    cache.put(SESSION, TENANT, state(), cache.generation);
    cache.applyNotification(payload);
    expect(cache.get(SESSION, TENANT)).toBeUndefined();
  });

  it("leaves other workshops' sessions alone on a tenant or member notification", () => {
    cache.put(SESSION, TENANT, state(), cache.generation);
    cache.applyNotification(`tenant:${OTHER_TENANT}`);
    cache.applyNotification(`member:${OTHER_TENANT}:${USER}`);
    expect(cache.get(SESSION, TENANT)).toBeDefined();
  });

  it('answers only for the workshop the session was read in, and only for a few seconds', () => {
    const now = Date.now();
    cache.put(SESSION, TENANT, state(), cache.generation, now);
    expect(cache.get(SESSION, OTHER_TENANT, now)).toBeUndefined();
    cache.put(SESSION, TENANT, state(), cache.generation, now);
    expect(cache.get(SESSION, TENANT, now + SESSION_CACHE_TTL_MS)).toBeDefined();
    expect(cache.get(SESSION, TENANT, now + SESSION_CACHE_TTL_MS + 1)).toBeUndefined();
  });
});
