import { Injectable } from '@nestjs/common';
import { TenantRepository } from '@pitlane/core';
import type { RepairOrderStatus } from '../orders/status-workflow';
import type { ReportGranularity } from './dto/revenue-series.query';
import type { RevenueByRateResponse, RevenueSplitResponse } from './revenue-report.response';

/*
 * The reports' SQL: the only place that reads the report rollups (report_revenue_days,
 * report_line_days, report_mechanic_days, written by their trigger only) and the only report
 * queries. $1 is always the tenant, bound from the open transaction and named first on every
 * table reference (CTEs, subqueries and both sides of each join), so each scan is a range of a
 * (tenant_id, ...) index and a role that bypasses row-level security still reads one workshop.
 * The texts are exported so the repair-reports bench scenario, scripts/bench/harness/scenarios/repair-reports.ts explains the very text that runs.
 */

/**
 * One statement. Totals, counts and distinct cars come from the invoices issued in [$2, $3) in
 * one pass: an index-only scan of invoices_report_idx grouped once by vehicle (a distinct count
 * by sorting cost more than the rest of the report at 50 000 invoices); VAT by rate and the
 * labour/parts/fees split from the daily rollups of their lines for the local days $4..$5 (the
 * same invoices: a rollup day is the invoice's local issue date; migration 1795350000000).
 * Credit notes carry negated amounts, so plain sums subtract them; each reverses one invoice of
 * one order in full, so invoices minus credit notes is the number of orders invoiced, net.
 * VAT per rate was rounded the way each invoice rounded it, so the rates add up to the VAT.
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
     where tenant_id = $1 and issued_at >= $2 and issued_at < $3
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
                   where tenant_id = $1 and day between $4 and $5
                   group by vat_rate_bp) r) as by_rate,
         (select json_build_object(
                   'labourNetMinor', coalesce(sum(net_minor) filter (where kind = 'labour'), 0),
                   'partsNetMinor', coalesce(sum(net_minor) filter (where kind = 'part'), 0),
                   'feesNetMinor', coalesce(sum(net_minor) filter (where kind = 'fee'), 0))
            from report_line_days
           where tenant_id = $1 and day between $4 and $5) as split
    from totals t`;

/**
 * Net and VAT per bucket of the local days $2..$3 from the daily rollup (a rollup day is the
 * invoice's local issue date), the bucket being $4: 'day', 'week' (ISO, Monday first) or 'month'.
 * Every bucket of the range answers, also the empty ones, cut at the range's ends (a week that
 * starts before $2 starts at $2). date_trunc runs on a plain timestamp, so no session time zone
 * can shift a day. Dates go out as text: a driver never turns them into instants.
 */
export const REVENUE_SERIES_SQL = `
  with buckets as (
    select b::date as start_day
      from generate_series(date_trunc($4, $2::date::timestamp), $3::date::timestamp, ('1 ' || $4)::interval) b
  ),
  sums as (
    select date_trunc($4, day::timestamp)::date as start_day, sum(net_minor) as net, sum(vat_minor) as vat
      from report_revenue_days
     where tenant_id = $1 and day between $2 and $3
     group by 1
  )
  select to_char(greatest(b.start_day, $2::date), 'YYYY-MM-DD') as bucket_from,
         to_char(least((b.start_day + ('1 ' || $4)::interval)::date - 1, $3::date), 'YYYY-MM-DD') as bucket_to,
         coalesce(s.net, 0)::bigint as net,
         coalesce(s.vat, 0)::bigint as vat
    from buckets b
    left join sums s on s.start_day = b.start_day
   order by b.start_day`;

/**
 * Hours sold: labour lines of the invoices issued on the local days $4..$5, by the line's
 * responsible mechanic, from the daily rollup (the nil uuid: nobody was responsible). Hours
 * clocked: the part of every time entry that lies inside [$2, $3), whenever its order was
 * invoiced; a running clock counts up to now. The two sides are joined by user, so someone who
 * only clocked or only sold still shows. Totals are window sums over the same rows. Names come
 * from the global users table, reached only through this workshop's rows.
 */
export const HOURS_SQL = `
  with sold as (
    select nullif(mechanic_key, '00000000-0000-0000-0000-000000000000') as user_id,
           sum(quantity_hundredths) as hundredths,
           sum(net_minor) as net
      from report_mechanic_days
     where tenant_id = $1 and day between $4 and $5
     group by mechanic_key
  ),
  clocked as (
    select e.user_id,
           sum(greatest(extract(epoch from least(coalesce(e.stopped_at, now()), $3)
                                          - greatest(e.started_at, $2)), 0)) as seconds
      from time_entries e
     where e.tenant_id = $1 and e.started_at < $3 and coalesce(e.stopped_at, 'infinity') > $2
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

/**
 * Invoices issued in [$2, $3) summed per client (the client the invoice was issued to), the
 * best $4 joined to their names. Invoices of clients erased under GDPR have no client any more
 * and rank nowhere.
 */
export const TOP_CLIENTS_SQL = `
  select t.client_id, c.first_name, c.last_name, t.gross::bigint, t.net::bigint, t.invoices
    from (select i.client_id,
                 sum(i.gross_minor) as gross,
                 sum(i.net_minor) as net,
                 count(*) filter (where i.kind = 'invoice') as invoices
            from invoices i
           where i.tenant_id = $1 and i.issued_at >= $2 and i.issued_at < $3 and i.client_id is not null
           group by i.client_id
           order by gross desc, i.client_id
           limit $4) t
    join clients c on c.tenant_id = $1 and c.id = t.client_id
   order by t.gross desc, t.client_id`;

/**
 * Labour and fee lines of the invoices issued on the local days $2..$3, from the daily rollup,
 * grouped by kind and by their description folded to lower case with runs of white space made
 * one space: lines are typed by people, so "Oil change" and "oil  change " are one service.
 * Parts are goods, not services, and stay out. A group a credit note cancelled completely
 * (nothing left, no lines left) is dropped; the spelling shown is the one invoices used most
 * (ties: the first in byte order; a credit note's, when the range holds only the credit note of
 * an earlier invoice). The best $4.
 */
export const TOP_SERVICES_SQL = `
  with spellings as (
    select kind, service_key, description,
           sum(line_count) as line_count,
           sum(invoiced_lines) as invoiced_lines,
           sum(quantity_hundredths) as quantity_hundredths,
           sum(net_minor) as net
      from report_line_days
     where tenant_id = $1 and day between $2 and $3 and kind in ('labour', 'fee')
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
   limit $4`;

/**
 * A snapshot of the orders in the statuses $2, with the value of their lines the customer did
 * not decline: net per order and VAT rate, VAT rounded once per rate and order (the rule of
 * order-totals.ts), summed per status. Every status of $2 answers, in its order, also when empty.
 */
export const OPEN_ORDERS_SQL = `
  with rate_groups as (
    select o.status, l.vat_rate_bp, sum(l.net_minor) as net
      from repair_orders o
      join repair_order_lines l on l.tenant_id = $1 and l.tenant_id = o.tenant_id and l.order_id = o.id
     where o.tenant_id = $1 and o.status = any($2) and l.approval <> 'declined'
     group by o.status, o.id, l.vat_rate_bp
  ),
  money as (
    select status, sum(net) as net, sum(div(net * vat_rate_bp + 5000, 10000)) as vat
      from rate_groups
     group by status
  ),
  counts as (
    select status, count(*) as orders, min(status_changed_at) as oldest
      from repair_orders
     where tenant_id = $1 and status = any($2)
     group by status
  )
  select s.status,
         coalesce(c.orders, 0)::bigint as orders,
         coalesce(m.net, 0)::bigint as net,
         coalesce(m.vat, 0)::bigint as vat,
         c.oldest,
         sum(coalesce(c.orders, 0)) over ()::bigint as total_orders,
         sum(coalesce(m.net, 0)) over ()::bigint as total_net,
         sum(coalesce(m.vat, 0)) over ()::bigint as total_vat,
         (select currency from tenants where id = $1) as currency,
         now() as as_of
    from unnest($2::text[]) with ordinality as s(status, rank)
    left join counts c on c.status = s.status
    left join money m on m.status = s.status
   order by s.rank`;

/** The workshop's zone and currency, and the instants of the local midnights starting $2 and ending $3. */
const PERIOD_SQL = `
  select time_zone, currency,
         $2::date::timestamp at time zone time_zone as start_at,
         ($3::date + 1)::timestamp at time zone time_zone as end_at
    from tenants
   where id = $1`;

export interface PeriodRow {
  readonly time_zone: string;
  readonly currency: string;
  readonly start_at: Date;
  readonly end_at: Date;
}

export interface RevenueRow {
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

export interface RevenueSeriesRow {
  readonly bucket_from: string;
  readonly bucket_to: string;
  readonly net: string;
  readonly vat: string;
}

export interface HoursRow {
  readonly user_id: string | null;
  readonly name: string | null;
  readonly sold_hundredths: string;
  readonly sold_net: string;
  readonly clocked_hundredths: string;
  readonly total_sold_hundredths: string;
  readonly total_sold_net: string;
  readonly total_clocked_hundredths: string;
}

export interface TopClientRow {
  readonly client_id: string;
  readonly first_name: string;
  readonly last_name: string;
  readonly gross: string;
  readonly net: string;
  readonly invoices: string;
}

export interface TopServiceRow {
  readonly kind: string;
  readonly description: string;
  readonly line_count: string;
  readonly quantity_hundredths: string;
  readonly net: string;
}

export interface OpenOrdersRow {
  readonly status: string;
  readonly orders: string;
  readonly net: string;
  readonly vat: string;
  readonly oldest: Date | null;
  readonly total_orders: string;
  readonly total_net: string;
  readonly total_vat: string;
  readonly currency: string;
  readonly as_of: Date;
}

/** Instants [start, end) and the local days from..to they cover. */
export interface ReportRange {
  readonly start: Date;
  readonly end: Date;
  readonly from: string;
  readonly to: string;
}

/** Runs the report queries for the workshop of the open tenant transaction. */
@Injectable()
export class ReportRepository extends TenantRepository {
  /** The workshop's row with the range's local midnights; undefined if it is not visible. */
  async period(from: string, to: string): Promise<PeriodRow | undefined> {
    const rows = await this.manager.query<PeriodRow[]>(PERIOD_SQL, [this.tenantId, from, to]);
    return rows.length === 1 ? rows[0] : undefined;
  }

  async revenue(range: ReportRange): Promise<RevenueRow> {
    const [row] = await this.manager.query<[RevenueRow]>(REVENUE_SQL, [
      this.tenantId,
      range.start,
      range.end,
      range.from,
      range.to,
    ]);
    return row;
  }

  revenueSeries(range: ReportRange, granularity: ReportGranularity): Promise<RevenueSeriesRow[]> {
    return this.manager.query<RevenueSeriesRow[]>(REVENUE_SERIES_SQL, [
      this.tenantId,
      range.from,
      range.to,
      granularity,
    ]);
  }

  mechanicHours(range: ReportRange): Promise<HoursRow[]> {
    return this.manager.query<HoursRow[]>(HOURS_SQL, [this.tenantId, range.start, range.end, range.from, range.to]);
  }

  topClients(range: ReportRange, limit: number): Promise<TopClientRow[]> {
    return this.manager.query<TopClientRow[]>(TOP_CLIENTS_SQL, [this.tenantId, range.start, range.end, limit]);
  }

  topServices(range: ReportRange, limit: number): Promise<TopServiceRow[]> {
    return this.manager.query<TopServiceRow[]>(TOP_SERVICES_SQL, [this.tenantId, range.from, range.to, limit]);
  }

  openOrders(statuses: readonly RepairOrderStatus[]): Promise<OpenOrdersRow[]> {
    return this.manager.query<OpenOrdersRow[]>(OPEN_ORDERS_SQL, [this.tenantId, statuses]);
  }
}
