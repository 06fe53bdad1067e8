import { SessionEndedReason } from '../errors/identity.error';

/** What decides whether a session may still be used. */
export interface SessionClock {
  readonly revoked_at: Date | null;
  readonly expires_at: Date;
  readonly last_seen_at: Date;
}

/**
 * Why a session can no longer be used, or undefined while it can. Revocation is told first (it
 * was a decision, and logging in again is the answer to it), then the absolute end, then
 * inactivity: a session past both limits reached its maximum length, whatever else.
 */
export function endReasonOf(session: SessionClock, now: number, idleLimitMs: number): SessionEndedReason | undefined {
  if (session.revoked_at) return 'session_revoked';
  if (session.expires_at.getTime() <= now) return 'session_expired';
  if (now - session.last_seen_at.getTime() > idleLimitMs) return 'session_idle';
  return undefined;
}
