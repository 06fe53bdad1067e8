'use strict';
// "This week" in the workshop's own time zone: which days the demo fills, and when the workshop
// is open on each. Everything that depends on today is computed here, from the real clock.
const { DateTime } = require('luxon');

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
// Enough days either side of today for every status to have a day, whichever weekday it is.
const MIN_PAST_DAYS = 4;
const MAX_PAST_DAYS = 6;
const MIN_FUTURE_DAYS = 3;
const MAX_FUTURE_DAYS = 5;
// A day this long is a full working day (not a Saturday morning).
const FULL_DAY_HOURS = 6;
// Closed dates (Christmas) can stretch the search; a workshop open on no day ends it.
const SEARCH_DAYS = 21;

class WorkshopCalendar {
  /**
   * @param {{ timeZone: string, openingHours: Record<string, {start: string, end: string}[]>, closedDates: string[] }} settings
   * @param {Date} [now]
   */
  constructor(settings, now = new Date()) {
    this.zone = settings.timeZone;
    this.openingHours = settings.openingHours;
    this.closedDates = new Set(settings.closedDates);
    this.now = DateTime.fromJSDate(now, { zone: this.zone });
    this.today = this.now.startOf('day');
  }

  /** The day's opening range, or null when the workshop is closed that day. */
  hours(day) {
    const ranges = this.openingHours[WEEKDAYS[day.weekday - 1]] ?? [];
    if (ranges.length === 0 || this.closedDates.has(day.toISODate())) return null;
    return { open: this.at(day, ranges[0].start), close: this.at(day, ranges[ranges.length - 1].end) };
  }

  at(day, hhmm) {
    const [hour, minute] = hhmm.split(':').map(Number);
    return day.set({ hour, minute, second: 0, millisecond: 0 });
  }

  /**
   * The open days the demo fills: this week's (Monday to Sunday), reaching into the week before
   * or after when this week has too few before or after today. `past` is newest first.
   */
  days() {
    const monday = this.today.startOf('week');
    const sunday = monday.plus({ days: 6 });
    const past = [];
    for (let back = 1; back <= SEARCH_DAYS && past.length < MAX_PAST_DAYS; back += 1) {
      const day = this.today.minus({ days: back });
      if (day < monday && past.length >= MIN_PAST_DAYS) break;
      if (this.hours(day)) past.push(day);
    }
    const future = [];
    for (let ahead = 1; ahead <= SEARCH_DAYS && future.length < MAX_FUTURE_DAYS; ahead += 1) {
      const day = this.today.plus({ days: ahead });
      if (day > sunday && future.length >= MIN_FUTURE_DAYS) break;
      if (this.hours(day)) future.push(day);
    }
    return { past, today: this.hours(this.today) ? this.today : null, future };
  }

  /**
   * The day of the cars in the workshop now: today when it is a full working day, else the last
   * full one before it (Friday on a Saturday or a Sunday; the day before a holiday).
   */
  workday(days) {
    const full = (day) => {
      const hours = this.hours(day);
      return hours !== null && hours.close.diff(hours.open, 'hours').hours >= FULL_DAY_HOURS;
    };
    if (days.today && full(days.today)) return days.today;
    return days.past.find(full) ?? days.today ?? days.past[0] ?? null;
  }

  /** The next local date (from tomorrow) with this month and day, as "YYYY-MM-DD". */
  nextDate(month, dayOfMonth) {
    let date = this.today.set({ month, day: dayOfMonth });
    if (date <= this.today) date = date.plus({ years: 1 });
    return date.toISODate();
  }
}

module.exports = { WorkshopCalendar };
