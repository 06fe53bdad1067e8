import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { ReportRangeQuery } from './dto/report-range.query';
import { ReportPeriods } from './report-period';
import { presentPeriod } from './report-period.response';
import { RevenueByRateResponse, RevenueReportResponse, RevenueSplitResponse } from './revenue-report.response';

/**
 * One statement. Totals, counts and distinct cars come from the invoices issued in [$1, $2) in
 * one pass: an index-only scan of invoices_report_idx grouped once by vehicle (a distinct count
 * by sorting cost more than the rest of the report at 50 000 invoices); VAT by rate and the
 * labour/parts/fees split from the daily rollups of their lines for the local days $3..$4 (the
 * same invoices: a rollup day is the invoice's local issue date; migration 1795350000000).
 * Credit notes carry negated amounts, so plain sums subtract them; each reverses one invoice of
 * one order in full, so invoices minus credit notes is the number of orders invoiced, net.
 * VAT per rate was rounded the way each invoice rounded it, so the rates add up to the VAT.
 * Exported so scripts/bench/repair-reports.js explains the very text that runs.
 */
export const REVENUE_SQL = `
  with per_car as (
    select vehicle_id,
           sum(net_minor) as net,
           sum(vat_minor) as vat,
           sum(gross_minor) as gross,
           count(*) filter (where kind = 'invoice') as invoices,
           count(*) filter (where kind = 'credit_note') as credit_notes
      from invoices
     where issued_at >= $1 and issued_at < $2
     group by vehicle_id
  ),
  totals as (
    select coalesce(sum(net), 0) as net,
           coalesce(sum(vat), 0) as vat,
           coalesce(sum(gross), 0) as gross,
           coalesce(sum(invoices), 0) as invoices,
           coalesce(sum(credit_notes), 0) as credit_notes,
           count(*) filter (where invoices > 0) as cars
      from per_car
  )
  select t.net::bigint as net, t.vat::bigint as vat, t.gross::bigint as gross,
         t.invoices::bigint as invoices, t.credit_notes::bigint as credit_notes, t.cars,
         (t.invoices - t.credit_notes)::bigint as orders,
         case when t.invoices > t.credit_notes
              then round(t.gross / (t.invoices - t.credit_notes))::bigint end as average_gross,
         (select coalesce(json_agg(json_build_object(
                   'vatRateBp', vat_rate_bp, 'netMinor', net, 'vatMinor', vat, 'grossMinor', net + vat)
                   order by vat_rate_bp), '[]')
            from (select vat_rate_bp, sum(net_minor) as net, sum(vat_minor) as vat
                    from report_revenue_days
                   where day between $3 and $4
                   group by vat_rate_bp) r) as by_rate,
         (select json_build_object(
                   'labourNetMinor', coalesce(sum(net_minor) filter (where kind = 'labour'), 0),
                   'partsNetMinor', coalesce(sum(net_minor) filter (where kind = 'part'), 0),
                   'feesNetMinor', coalesce(sum(net_minor) filter (where kind = 'fee'), 0))
            from report_line_days
           where day between $3 and $4) as split
    from totals t`;

interface RevenueRow {
  readonly net: string;
  readonly vat: string;
  readonly gross: string;
  readonly invoices: string;
  readonly credit_notes: string;
  readonly cars: string;
  readonly orders: string;
  readonly average_gross: string | null;
  readonly by_rate: RevenueByRateResponse[];
  readonly split: RevenueSplitResponse;
}

/** Revenue, VAT by rate, labour/parts/fees, invoice and car counts, average repair order. */
@Injectable()
export class RevenueReport {
  constructor(
    private readonly db: TenantDatabase,
    private readonly periods: ReportPeriods,
  ) {}

  run(query: ReportRangeQuery): Promise<RevenueReportResponse> {
    return this.db.transaction(async (manager) => {
      const period = await this.periods.resolve(manager, query);
      const [row] = await manager.query<[RevenueRow]>(REVENUE_SQL, [period.start, period.end, period.from, period.to]);
      return {
        period: presentPeriod(period),
        currency: period.currency,
        netMinor: Number(row.net),
        vatMinor: Number(row.vat),
        grossMinor: Number(row.gross),
        byVatRate: row.by_rate,
        split: row.split,
        invoiceCount: Number(row.invoices),
        creditNoteCount: Number(row.credit_notes),
        carCount: Number(row.cars),
        invoicedOrderCount: Number(row.orders),
        averageOrderGrossMinor: row.average_gross === null ? null : Number(row.average_gross),
      };
    });
  }
}
