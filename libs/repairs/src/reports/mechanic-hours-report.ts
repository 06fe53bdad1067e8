import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { fromHundredths } from '../money/order-totals';
import { ReportRangeQuery } from './dto/report-range.query';
import { MechanicHoursReportResponse, MechanicHoursResponse } from './mechanic-hours-report.response';
import { ReportPeriods } from './report-period';
import { presentPeriod } from './report-period.response';

/**
 * Hours sold: labour lines of the invoices issued on the local days $3..$4, by the line's
 * responsible mechanic, from the daily rollup (the nil uuid: nobody was responsible). Hours
 * clocked: the part of every time entry that lies inside [$1, $2), whenever its order was
 * invoiced; a running clock counts up to now. The two sides are joined by user, so someone who
 * only clocked or only sold still shows. Totals are window sums over the same rows.
 * Exported so scripts/bench/repair-reports.js explains the very text that runs.
 */
export const HOURS_SQL = `
  with sold as (
    select nullif(mechanic_key, '00000000-0000-0000-0000-000000000000') as user_id,
           sum(quantity_hundredths) as hundredths,
           sum(net_minor) as net
      from report_mechanic_days
     where day between $3 and $4
     group by mechanic_key
  ),
  clocked as (
    select e.user_id,
           sum(greatest(extract(epoch from least(coalesce(e.stopped_at, now()), $2)
                                          - greatest(e.started_at, $1)), 0)) as seconds
      from time_entries e
     where e.started_at < $2 and coalesce(e.stopped_at, 'infinity') > $1
     group by e.user_id
  )
  select coalesce(s.user_id, c.user_id) as user_id,
         u.name,
         coalesce(s.hundredths, 0)::bigint as sold_hundredths,
         coalesce(s.net, 0)::bigint as sold_net,
         round(coalesce(c.seconds, 0) / 36)::bigint as clocked_hundredths,
         sum(coalesce(s.hundredths, 0)) over ()::bigint as total_sold_hundredths,
         sum(coalesce(s.net, 0)) over ()::bigint as total_sold_net,
         round(sum(coalesce(c.seconds, 0)) over () / 36)::bigint as total_clocked_hundredths
    from sold s
    full join clocked c on c.user_id = s.user_id
    left join users u on u.id = coalesce(s.user_id, c.user_id)
   order by u.name, 1`;

interface HoursRow {
  readonly user_id: string | null;
  readonly name: string | null;
  readonly sold_hundredths: string;
  readonly sold_net: string;
  readonly clocked_hundredths: string;
  readonly total_sold_hundredths: string;
  readonly total_sold_net: string;
  readonly total_clocked_hundredths: string;
}

/** Hours sold vs hours clocked per mechanic, with an unassigned bucket and totals. */
@Injectable()
export class MechanicHoursReport {
  constructor(
    private readonly db: TenantDatabase,
    private readonly periods: ReportPeriods,
  ) {}

  run(query: ReportRangeQuery): Promise<MechanicHoursReportResponse> {
    return this.db.transaction(async (manager) => {
      const period = await this.periods.resolve(manager, query);
      const rows = await manager.query<HoursRow[]>(HOURS_SQL, [period.start, period.end, period.from, period.to]);
      const mechanics: MechanicHoursResponse[] = [];
      let unassigned = { soldHours: 0, labourNetMinor: 0 };
      for (const row of rows) {
        const soldHours = fromHundredths(Number(row.sold_hundredths));
        const labourNetMinor = Number(row.sold_net);
        if (row.user_id === null) {
          unassigned = { soldHours, labourNetMinor };
          continue;
        }
        const clockedHundredths = Number(row.clocked_hundredths);
        mechanics.push({
          userId: row.user_id,
          // A user row outlives memberships; only a deleted account leaves no name.
          name: row.name ?? 'Former user',
          soldHours,
          labourNetMinor,
          clockedHours: fromHundredths(clockedHundredths),
          efficiencyPercent:
            clockedHundredths === 0 ? null : Math.round((Number(row.sold_hundredths) * 100) / clockedHundredths),
        });
      }
      return {
        period: presentPeriod(period),
        currency: period.currency,
        mechanics,
        unassigned,
        total: {
          soldHours: fromHundredths(Number(rows[0]?.total_sold_hundredths ?? 0)),
          labourNetMinor: Number(rows[0]?.total_sold_net ?? 0),
          clockedHours: fromHundredths(Number(rows[0]?.total_clocked_hundredths ?? 0)),
        },
      };
    });
  }
}
