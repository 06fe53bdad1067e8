import { Injectable } from '@nestjs/common';
import { RepairsError } from '../errors/repairs.error';
import { ReportRangeQuery } from './dto/report-range.query';
import { ReportRepository } from './report.repository';

/** The longest range a report covers: a leap year, so "the whole of 2028" fits. */
export const MAX_REPORT_DAYS = 366;

const DAY_MS = 86_400_000;

/** A report's range as instants: [start, end) from local midnight to the local midnight after `to`. */
export interface ReportPeriod {
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
  readonly currency: string;
  readonly start: Date;
  readonly end: Date;
}

/** Days since the epoch of a real calendar date "YYYY-MM-DD", or undefined (2026-02-30). */
function dayNumber(date: string): number | undefined {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return time / DAY_MS;
}

/**
 * Turns `from`/`to` (local dates) into the instants of the workshop's local midnights.
 * Postgres converts them (`timestamp at time zone`), with the zone and currency read from the
 * workshop row in the same transaction, so a day that loses or gains an hour to daylight saving
 * is 23 or 25 hours long, exactly as the workshop lived it.
 */
@Injectable()
export class ReportPeriods {
  constructor(private readonly reports: ReportRepository) {}

  /** Inside the report's tenant transaction. */
  async resolve(query: ReportRangeQuery): Promise<ReportPeriod> {
    const first = dayNumber(query.from);
    const last = dayNumber(query.to);
    if (first === undefined) throw RepairsError.invalid('from', 'is not a calendar date');
    if (last === undefined) throw RepairsError.invalid('to', 'is not a calendar date');
    if (last < first) throw RepairsError.invalid('to', 'must be on or after from');
    if (last - first + 1 > MAX_REPORT_DAYS) {
      throw RepairsError.invalid('to', `a report covers at most ${MAX_REPORT_DAYS} days`);
    }
    const row = await this.reports.period(query.from, query.to);
    if (!row) throw new Error('The current workshop is not visible in its own context');
    return {
      from: query.from,
      to: query.to,
      timeZone: row.time_zone,
      currency: row.currency,
      start: row.start_at,
      end: row.end_at,
    };
  }
}
