import { Injectable } from '@nestjs/common';
import { RecentEvictions } from '@pitlane/core';
import type { SessionStateRow } from './session.repository';

/** How long an entry may answer without the database, even when no notification came. */
export const SESSION_CACHE_TTL_MS = 10_000;
/** Beyond this many sessions the oldest entries go first (Map keeps insertion order). */
const MAX_ENTRIES = 50_000;

/** Whether an eviction touched the session (`sessionId` in `tenantId`, of `userId`). */
type Touches = (sessionId: string, tenantId: string, userId: string) => boolean;

interface Entry {
  readonly tenantId: string;
  readonly state: SessionStateRow;
  readonly cachedAt: number;
}

/**
 * A short per-process memory of session state, so a request with a live session costs no
 * statement of its own (issue 17). It is only as good as its eviction, so it answers only while
 * the `auth_state` listener (auth-state-listener.ts) is connected: every revocation, role change,
 * membership removal, suspension or 2FA change is announced by a trigger and evicts at once,
 * in every API process; the paths of this process also evict directly. An entry also expires
 * after SESSION_CACHE_TTL_MS, which bounds the damage of a notification ever lost.
 *
 * The cache only ever says "alive": a cached state that would end the session is read again
 * from the database before anyone is refused (another process may have touched it since).
 *
 * A read that began before an eviction must not put back what it read: `put` refuses a state
 * read under an older `generation` when an eviction since may have touched that session (its id,
 * workshop or user) — see RecentEvictions.
 */
@Injectable()
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private trusted = false;
  private readonly evictions = new RecentEvictions<[sessionId: string, tenantId: string, userId: string]>();

  /** Taken before reading a session from the database; handed back to `put`. */
  get generation(): number {
    return this.evictions.generation;
  }

  /** Whether entries may be used: only while notifications are known to arrive. */
  get active(): boolean {
    return this.trusted;
  }

  get(sessionId: string, tenantId: string, now = Date.now()): SessionStateRow | undefined {
    if (!this.trusted) return undefined;
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    if (entry.tenantId !== tenantId || now - entry.cachedAt > SESSION_CACHE_TTL_MS) {
      this.entries.delete(sessionId);
      return undefined;
    }
    return entry.state;
  }

  put(sessionId: string, tenantId: string, state: SessionStateRow, generation: number, now = Date.now()): void {
    if (!this.trusted || this.evictions.touchedSince(generation, sessionId, tenantId, state.user_id)) return;
    this.entries.delete(sessionId);
    this.entries.set(sessionId, { tenantId, state, cachedAt: now });
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  /** Records that the session was used now, so its idle clock here follows this process's use. */
  noteUse(sessionId: string, now: Date): void {
    const entry = this.entries.get(sessionId);
    if (entry && entry.state.last_seen_at < now) {
      this.entries.set(sessionId, { ...entry, state: { ...entry.state, last_seen_at: now } });
    }
  }

  evictSession(sessionId: string): void {
    this.evictWhere((session) => session === sessionId);
  }

  evictMember(tenantId: string, userId: string): void {
    this.evictWhere((_session, tenant, user) => tenant === tenantId && user === userId);
  }

  evictTenant(tenantId: string): void {
    this.evictWhere((_session, tenant) => tenant === tenantId);
  }

  evictUser(userId: string): void {
    this.evictWhere((_session, _tenant, user) => user === userId);
  }

  /** Applies one `auth_state` payload; an unknown one clears everything (fail safe). */
  applyNotification(payload: string): void {
    const [kind, first, second] = payload.split(':');
    if (kind === 'session' && first) this.evictSession(first);
    else if (kind === 'member' && first && second) this.evictMember(first, second);
    else if (kind === 'tenant' && first) this.evictTenant(first);
    else if (kind === 'user' && first) this.evictUser(first);
    else this.clear();
  }

  /** The listener is connected and listening: entries may answer again, from empty. */
  trust(): void {
    this.clear();
    this.trusted = true;
  }

  /** The listener is gone: notifications may be missed, so nothing is answered from memory. */
  distrust(): void {
    this.trusted = false;
    this.clear();
  }

  clear(): void {
    this.evictWhere(() => true);
  }

  private evictWhere(touches: Touches): void {
    this.evictions.record(touches);
    for (const [sessionId, entry] of this.entries) {
      if (touches(sessionId, entry.tenantId, entry.state.user_id)) this.entries.delete(sessionId);
    }
  }
}
