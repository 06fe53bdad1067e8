import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { fromHundredths } from '../money/order-totals';
import { TopListQuery } from './dto/top-list.query';
import { ReportPeriods } from './report-period';
import { presentPeriod } from './report-period.response';
import { TopServiceResponse, TopServicesReportResponse } from './top-services-report.response';

/**
 * Labour and fee lines of the invoices issued in [$1, $2), grouped by kind and by their
 * description folded to lower case with runs of white space made one space: lines are typed by
 * people, so "Oil change" and "oil  change " are one service. Parts are goods, not services, and
 * stay out. A group a credit note cancelled completely (nothing left, no lines left) is dropped;
 * the spelling shown is the one invoices used most (a credit note's, when the range holds only
 * the credit note of an earlier invoice).
 */
const TOP_SERVICES_SQL = `
  select l.kind,
         coalesce(mode() within group (order by btrim(l.description) collate "C")
                    filter (where l.quantity_hundredths > 0),
                  mode() within group (order by btrim(l.description) collate "C")) as description,
         sum(sign(l.quantity_hundredths))::bigint as line_count,
         sum(l.quantity_hundredths)::bigint as quantity_hundredths,
         sum(l.net_minor)::bigint as net
    from invoices i
    join invoice_lines l on l.tenant_id = i.tenant_id and l.invoice_id = i.id
   where i.issued_at >= $1 and i.issued_at < $2 and l.kind in ('labour', 'fee')
   group by l.kind, lower(regexp_replace(btrim(l.description), '\\s+', ' ', 'g'))
  having sum(sign(l.quantity_hundredths)) <> 0 or sum(l.net_minor) <> 0
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
      const rows = await manager.query<TopServiceRow[]>(TOP_SERVICES_SQL, [period.start, period.end, query.limit]);
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
