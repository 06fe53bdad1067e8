/**
 * Calendar dates of invoices, in the workshop's time zone: an invoice issued at 00:30 on
 * 1 January in Warsaw is dated (and numbered) in the new year although it is still December in
 * UTC. Dates travel as ISO `YYYY-MM-DD` strings, never as Date objects, so no zone sneaks back.
 */
export function localDate(instant: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** `date` plus `days` calendar days (no time zone involved: a calendar date has none). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
