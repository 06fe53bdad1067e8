/** How many recent evictions a read in flight is checked against; older reads are refused. */
const REMEMBERED = 1_024;

/**
 * The evictions a process cache made lately, numbered, so a read that began before some of them
 * can tell whether one may have touched what it read (and must not be stored) — instead of being
 * refused for any eviction at all. The caches evict on `auth_state` notifications, which carry
 * every workshop's logouts and status changes: refusing every read that raced any of them would
 * leave a busy platform's caches empty (and made a test flaky under parallel suites).
 *
 * `Subject` is what an eviction is matched against (a session, a workshop…).
 */
export class RecentEvictions<Subject extends readonly unknown[]> {
  private count = 0;
  private readonly recent: { readonly number: number; readonly touches: (...subject: Subject) => boolean }[] = [];

  /** Taken before a read; handed back to `touchedSince` with what was read. */
  get generation(): number {
    return this.count;
  }

  /** Notes an eviction of every subject `touches` says yes to. */
  record(touches: (...subject: Subject) => boolean): void {
    this.recent.push({ number: ++this.count, touches });
    if (this.recent.length > REMEMBERED) this.recent.shift();
  }

  /** Whether an eviction after `generation` may have touched `subject` (or too many happened to tell). */
  touchedSince(generation: number, ...subject: Subject): boolean {
    if (generation === this.count) return false;
    const oldest = this.recent[0];
    if (!oldest || generation < oldest.number - 1) return true;
    return this.recent.some((eviction) => eviction.number > generation && eviction.touches(...subject));
  }
}
