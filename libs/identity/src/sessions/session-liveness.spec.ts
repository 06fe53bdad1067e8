import { endReasonOf, SessionClock } from './session-liveness';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const IDLE_MS = 30 * 60_000;

function session(overrides: Partial<SessionClock> = {}): SessionClock {
  return {
    revoked_at: null,
    expires_at: new Date(NOW + 3_600_000),
    last_seen_at: new Date(NOW - 60_000),
    ...overrides,
  };
}

describe('why a session can no longer be used', () => {
  it.each<[string, Partial<SessionClock>, ReturnType<typeof endReasonOf>]>([
    ['a fresh session is live', {}, undefined],
    ['used exactly at the idle limit is still live', { last_seen_at: new Date(NOW - IDLE_MS) }, undefined],
    ['unused a millisecond past the idle limit is idle', { last_seen_at: new Date(NOW - IDLE_MS - 1) }, 'session_idle'],
    ['at its absolute end it has expired', { expires_at: new Date(NOW) }, 'session_expired'],
    [
      'past both limits it has expired (the absolute end wins)',
      { expires_at: new Date(NOW - 1), last_seen_at: new Date(NOW - 2 * IDLE_MS) },
      'session_expired',
    ],
    [
      'revoked, it is revoked whatever its clocks say',
      { revoked_at: new Date(NOW - 1), expires_at: new Date(NOW - 1), last_seen_at: new Date(NOW - 2 * IDLE_MS) },
      'session_revoked',
    ],
  ])('%s', (_rule, overrides, reason) => {
    expect(endReasonOf(session(overrides), NOW, IDLE_MS)).toBe(reason);
  });
});
