import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { fromHundredths } from '../money/order-totals';
import { TopListQuery } from './dto/top-list.query';
import { ReportPeriods } from './report-period';
import { presentPeriod } from './report-period.response';
import { TopServiceResponse, TopServicesReportResponse } from './top-services-report.response';

/**
 * Labour and fee lines of the invoices issued on the local days $1..$2, from the daily rollup,
 * grouped by kind and by their description folded to lower case with runs of white space made
 * one space: lines are typed by people, so "Oil change" and "oil  change " are one service.
 * Parts are goods, not services, and stay out. A group a credit note cancelled completely
 * (nothing left, no lines left) is dropped; the spelling shown is the one invoices used most
 * (ties: the first in byte order; a credit note's, when the range holds only the credit note of
 * an earlier invoice).
 * Exported so scripts/bench/repair-reports.js explains the very text that runs.
 */
export const TOP_SERVICES_SQL = `
  with spellings as (
    select kind, service_key, description,
           sum(line_count) as line_count,
           sum(invoiced_lines) as invoiced_lines,
           sum(quantity_hundredths) as quantity_hundredths,
           sum(net_minor) as net
      from report_line_days
     where day between $1 and $2 and kind in ('labour', 'fee')
     group by kind, service_key, description
  )
  select kind,
         (array_agg(description order by invoiced_lines desc, description collate "C"))[1] as description,
         sum(line_count)::bigint as line_count,
         sum(quantity_hundredths)::bigint as quantity_hundredths,
         sum(net)::bigint as net
    from spellings
   group by kind, service_key
  having sum(line_count) <> 0 or sum(net) <> 0
   order by net desc, line_count desc, description
   limit $3`;

interface TopServiceRow {
  readonly kind: string;
  readonly description: string;
  readonly line_count: string;
  readonly quantity_hundredths: string;
  readonly net: string;
}

/** The labour and fees that brought the most net revenue in the range. */
@Injectable()
export class TopServicesReport {
  constructor(
    private readonly db: TenantDatabase,
    private readonly periods: ReportPeriods,
  ) {}

  run(query: TopListQuery): Promise<TopServicesReportResponse> {
    return this.db.transaction(async (manager) => {
      const period = await this.periods.resolve(manager, query);
      const rows = await manager.query<TopServiceRow[]>(TOP_SERVICES_SQL, [period.from, period.to, query.limit]);
      return {
        period: presentPeriod(period),
        currency: period.currency,
        items: rows.map((row): TopServiceResponse => ({
          kind: row.kind,
          description: row.description,
          lineCount: Number(row.line_count),
          quantity: fromHundredths(Number(row.quantity_hundredths)),
          netMinor: Number(row.net),
        })),
      };
    });
  }
}
