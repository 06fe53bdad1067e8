'use strict';
// Who worked when: the demo's time entries for each mechanic, never overlapping one another (the
// database refuses that) and never reaching into the future (the API refuses that).

const GAP_MINUTES = 5;
const MIN_ENTRY_MINUTES = 15;

class Timesheet {
  /** @param {import('luxon').DateTime} now */
  constructor(now) {
    this.latestStop = now.minus({ minutes: 2 });
    this.busy = new Map();
  }

  /**
   * The first stretch of `minutes` for `userId` from `from` on that is free; cut short at now,
   * or null when less than a quarter of an hour of it would be in the past.
   */
  book(userId, from, minutes) {
    const entries = this.busy.get(userId) ?? [];
    let start = from;
    for (const entry of entries) {
      if (start < entry.end && entry.start < start.plus({ minutes })) start = entry.end.plus({ minutes: GAP_MINUTES });
    }
    let end = start.plus({ minutes });
    if (end > this.latestStop) end = this.latestStop;
    if (end.diff(start, 'minutes').minutes < MIN_ENTRY_MINUTES) return null;
    entries.push({ start, end });
    entries.sort((a, b) => a.start - b.start);
    this.busy.set(userId, entries);
    return { start, end };
  }
}

module.exports = { Timesheet };
