// The reports measured: each one's HTTP path and its own SQL text (from the built @pitlane/repairs),
// the calendar ranges asked for, and EXPLAIN (ANALYZE, BUFFERS) of that SQL as the application role
// in a tenant transaction like the API's: median execution time and the indexes the plan uses.
import {
  HOURS_SQL,
  OPEN_ORDERS_SQL,
  OPEN_STATUSES,
  REVENUE_SQL,
  TOP_CLIENTS_SQL,
  TOP_SERVICES_SQL,
} from '@pitlane/repairs';
import type { DateTime } from 'luxon';
import { Client } from 'pg';
import { median } from '../explain';

export interface DateRange {
  readonly from: string;
  readonly to: string;
}
/** A range's ends as instants in the workshop's time zone. */
interface Bounds {
  readonly start: Date;
  readonly end: Date;
}
export type RangeKind = 'month' | 'quarter' | 'year';

export type ReportDefinition = { readonly key: string; readonly sql: string } & (
  | {
      readonly ranged: true;
      params(tenantId: string, range: DateRange, bounds: Bounds): unknown[];
      path(range: DateRange): string;
    }
  | { readonly ranged: false; params(tenantId: string): unknown[]; path(): string }
);

export const REPORTS: readonly ReportDefinition[] = [
  {
    key: 'revenue',
    ranged: true,
    sql: REVENUE_SQL,
    params: (t, r, b) => [t, b.start, b.end, r.from, r.to],
    path: (r) => `/api/v1/reports/revenue?from=${r.from}&to=${r.to}`,
  },
  {
    key: 'mechanic-hours',
    ranged: true,
    sql: HOURS_SQL,
    params: (t, r, b) => [t, b.start, b.end, r.from, r.to],
    path: (r) => `/api/v1/reports/mechanic-hours?from=${r.from}&to=${r.to}`,
  },
  {
    key: 'top-clients',
    ranged: true,
    sql: TOP_CLIENTS_SQL,
    params: (t, _r, b) => [t, b.start, b.end, 10],
    path: (r) => `/api/v1/reports/top-clients?from=${r.from}&to=${r.to}&limit=10`,
  },
  {
    key: 'top-services',
    ranged: true,
    sql: TOP_SERVICES_SQL,
    params: (t, r) => [t, r.from, r.to, 10],
    path: (r) => `/api/v1/reports/top-services?from=${r.from}&to=${r.to}&limit=10`,
  },
  {
    key: 'open-orders',
    ranged: false,
    sql: OPEN_ORDERS_SQL,
    params: (t) => [t, OPEN_STATUSES],
    path: () => '/api/v1/reports/open-orders',
  },
];

/** Calendar months and quarters wholly inside the seeded year, and the year itself. */
export function reportRanges(yearStart: DateTime, yearEnd: DateTime): Record<RangeKind, DateRange[]> {
  const month: DateRange[] = [];
  for (let first = yearStart.startOf('month'); first <= yearEnd; first = first.plus({ months: 1 })) {
    const last = first.endOf('month').startOf('day');
    if (first >= yearStart && last <= yearEnd) month.push({ from: first.toISODate()!, to: last.toISODate()! });
  }
  const quarter: DateRange[] = [];
  for (let i = 0; i + 2 < month.length; i += 3) quarter.push({ from: month[i]!.from, to: month[i + 2]!.to });
  return { month, quarter, year: [{ from: yearStart.toISODate()!, to: yearEnd.toISODate()! }] };
}

export interface ReportPlan {
  readonly report: string;
  readonly range: RangeKind | 'now';
  readonly medianMs: number;
  readonly indexes: readonly string[];
  readonly seqScans: readonly string[];
}

const EXPLAIN_RUNS = 5;

/** Each report over the last month and the year (open orders: now), EXPLAIN_RUNS runs each. */
export async function explainReports(
  appUrl: string,
  tenantId: string,
  ranges: Record<RangeKind, DateRange[]>,
): Promise<ReportPlan[]> {
  const client = new Client({ connectionString: appUrl });
  await client.connect();
  const plans: ReportPlan[] = [];
  try {
    for (const report of REPORTS) {
      for (const range of report.ranged ? (['month', 'year'] as const) : (['now'] as const)) {
        await client.query('begin');
        try {
          await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
          let params: unknown[];
          if (report.ranged && range !== 'now') {
            const r = ranges[range].at(-1)!;
            const { rows } = await client.query<{ start: Date; end: Date }>(
              `select $1::date::timestamp at time zone time_zone as start,
                      ($2::date + 1)::timestamp at time zone time_zone as end from tenants`,
              [r.from, r.to],
            );
            params = report.params(tenantId, r, rows[0]!);
          } else if (!report.ranged) params = report.params(tenantId);
          else continue;
          const times: number[] = [];
          let plan = '';
          for (let run = 0; run < EXPLAIN_RUNS; run += 1) {
            const { rows } = await client.query<{ 'QUERY PLAN': string }>(
              `explain (analyze, buffers) ${report.sql}`,
              params,
            );
            plan = rows.map((row) => row['QUERY PLAN']).join('\n');
            times.push(Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1]));
          }
          const scans = /(Index Only Scan|Index Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) (\w+)/g;
          const indexes = [...plan.matchAll(scans)].map(
            (m) => `${m[1] === 'Index Only Scan' ? 'index-only ' : ''}${m[2]}`,
          );
          const seqScans = [...plan.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]!);
          plans.push({
            report: report.key,
            range,
            medianMs: median(times),
            indexes: [...new Set(indexes)],
            seqScans: [...new Set(seqScans)],
          });
        } finally {
          await client.query('rollback');
        }
      }
    }
  } finally {
    await client.end();
  }
  return plans;
}
