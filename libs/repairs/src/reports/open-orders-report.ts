import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { RepairOrderStatus } from '../orders/status-workflow';
import { OpenOrdersReportResponse } from './open-orders-report.response';

/**
 * Open: work or money is still to come (an invoiced order waits for its payment). Listed, not
 * derived from the workflow table: a paid order may still go back to completed through a credit
 * note, yet a paid order is not open work.
 */
export const OPEN_STATUSES: readonly RepairOrderStatus[] = [
  'draft',
  'estimate_sent',
  'approved',
  'in_progress',
  'waiting_parts',
  'completed',
  'invoiced',
];

/**
 * A snapshot of the orders in the statuses $1, with the value of their lines the customer did
 * not decline: net per order and VAT rate, VAT rounded once per rate and order (the rule of
 * order-totals.ts), summed per status. Every status of $1 answers, in its order, also when empty.
 * Exported so scripts/bench/repair-reports.js explains the very text that runs.
 */
export const OPEN_ORDERS_SQL = `
  with rate_groups as (
    select o.status, l.vat_rate_bp, sum(l.net_minor) as net
      from repair_orders o
      join repair_order_lines l on l.tenant_id = o.tenant_id and l.order_id = o.id
     where o.status = any($1) and l.approval <> 'declined'
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
     where status = any($1)
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
         (select currency from tenants) as currency,
         now() as as_of
    from unnest($1::text[]) with ordinality as s(status, rank)
    left join counts c on c.status = s.status
    left join money m on m.status = s.status
   order by s.rank`;

interface OpenOrdersRow {
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

/** Orders still open, by status: how many and what they are worth. Not bound to a range. */
@Injectable()
export class OpenOrdersReport {
  constructor(private readonly db: TenantDatabase) {}

  run(): Promise<OpenOrdersReportResponse> {
    return this.db.transaction(async (manager) => {
      const rows = await manager.query<OpenOrdersRow[]>(OPEN_ORDERS_SQL, [OPEN_STATUSES]);
      const [first] = rows as [OpenOrdersRow];
      const total = { net: Number(first.total_net), vat: Number(first.total_vat) };
      return {
        asOf: first.as_of.toISOString(),
        currency: first.currency,
        statuses: rows.map((row) => ({
          status: row.status,
          count: Number(row.orders),
          netMinor: Number(row.net),
          vatMinor: Number(row.vat),
          grossMinor: Number(row.net) + Number(row.vat),
          oldestStatusChangedAt: row.oldest === null ? null : row.oldest.toISOString(),
        })),
        total: {
          count: Number(first.total_orders),
          netMinor: total.net,
          vatMinor: total.vat,
          grossMinor: total.net + total.vat,
        },
      };
    });
  }
}
