import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { ReportRangeQuery } from './dto/report-range.query';
import { ReportPeriods } from './report-period';
import { presentPeriod } from './report-period.response';
import { RevenueByRateResponse, RevenueReportResponse, RevenueSplitResponse } from './revenue-report.response';

/**
 * One statement over the invoices issued in [$1, $2) and their lines. Credit notes carry negated
 * amounts and quantities, so plain sums subtract them. VAT per rate is recomputed the way the
 * invoice computed it (once per rate per document, half away from zero so a credit note mirrors
 * its invoice exactly), which keeps the sum of the rates equal to the documents' VAT.
 */
const REVENUE_SQL = `
  with docs as (
    select i.tenant_id, i.id, i.kind, i.repair_order_id, i.vehicle_id, i.net_minor, i.vat_minor, i.gross_minor
      from invoices i
     where i.issued_at >= $1 and i.issued_at < $2
  ),
  lines as (
    select l.invoice_id, l.kind, l.vat_rate_bp, l.net_minor
      from docs d
      join invoice_lines l on l.tenant_id = d.tenant_id and l.invoice_id = d.id
  ),
  rate_groups as (
    select vat_rate_bp, sum(net_minor) as net
      from lines
     group by invoice_id, vat_rate_bp
  ),
  totals as (
    select coalesce(sum(net_minor), 0) as net,
           coalesce(sum(vat_minor), 0) as vat,
           coalesce(sum(gross_minor), 0) as gross,
           count(*) filter (where kind = 'invoice') as invoices,
           count(*) filter (where kind = 'credit_note') as credit_notes,
           count(distinct vehicle_id) filter (where kind = 'invoice') as cars,
           count(distinct repair_order_id) filter (where kind = 'invoice') as orders
      from docs
  )
  select t.net::bigint as net, t.vat::bigint as vat, t.gross::bigint as gross,
         t.invoices, t.credit_notes, t.cars, t.orders,
         case when t.orders > 0 then round(t.gross / t.orders)::bigint end as average_gross,
         (select coalesce(json_agg(json_build_object(
                   'vatRateBp', vat_rate_bp, 'netMinor', net, 'vatMinor', vat, 'grossMinor', net + vat)
                   order by vat_rate_bp), '[]')
            from (select vat_rate_bp, sum(net) as net,
                         sum(sign(net) * div(abs(net) * vat_rate_bp + 5000, 10000)) as vat
                    from rate_groups group by vat_rate_bp) r) as by_rate,
         (select json_build_object(
                   'labourNetMinor', coalesce(sum(net_minor) filter (where kind = 'labour'), 0),
                   'partsNetMinor', coalesce(sum(net_minor) filter (where kind = 'part'), 0),
                   'feesNetMinor', coalesce(sum(net_minor) filter (where kind = 'fee'), 0))
            from lines) as split
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
      const [row] = await manager.query<[RevenueRow]>(REVENUE_SQL, [period.start, period.end]);
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
