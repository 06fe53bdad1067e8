import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, tenantIsolation } from './tenant-table.sql';

/**
 * What the owner/manager reports read (docs/repairs-reports.md), shaped by their plans at 50 000
 * orders (the repair-reports bench scenario, scripts/bench/harness/scenarios/repair-reports.ts).
 *
 * Daily rollups of invoice lines. A year of one busy workshop is ~120 000 invoice lines; summing
 * them per request cost 0.4-1 s. Invoices and their lines are immutable once written, so a
 * statement trigger on `invoice_lines` can add each new line to per-day sums once and for all,
 * exactly, and a report over a year reads ~10 000 small rows instead. The day is the invoice's
 * local date where it was issued (`issued_at` in the invoice's time zone, the workshop's), which
 * is the same test as "issued between the local midnights of the range". Rollups:
 * - report_revenue_days: net and VAT per day and VAT rate, VAT rounded the way each invoice
 *   rounded it (once per rate per document, half away from zero): a line changes its document's
 *   VAT by round(new group net) - round(old group net), which keeps the sum exact;
 * - report_line_days: lines per day, kind and service (description folded: lower case, runs of
 *   white space one space; parts have none), with each spelling kept for display;
 * - report_mechanic_days: labour per day and responsible mechanic (the nil uuid: nobody).
 * The application role may only read them; the trigger function runs as their owner. Nothing
 * to backfill: invoices arrive in the same release, this migration runs right after theirs.
 *
 * Covering indexes for what is still read raw: invoices by issue instant (totals, counts,
 * distinct cars and orders, top clients), time entries by start instant (hours clocked), and
 * the lines of open orders (their value).
 */
export class RepairReports1795350000000 implements MigrationInterface {
  name = 'RepairReports1795350000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `create index invoices_report_idx on invoices (tenant_id, issued_at)
        include (kind, repair_order_id, vehicle_id, client_id, net_minor, vat_minor, gross_minor)`,
      `create index time_entries_report_idx on time_entries (tenant_id, started_at) include (user_id, stopped_at)`,
      `create index repair_order_lines_report_idx on repair_order_lines (tenant_id, order_id)
        include (approval, vat_rate_bp, net_minor)`,
      // The trigger's look-up of a document's other lines at the same rate.
      `create index invoice_lines_report_idx on invoice_lines (tenant_id, invoice_id, vat_rate_bp) include (net_minor)`,

      `create table report_revenue_days (
        tenant_id uuid not null references tenants (id) on delete cascade,
        day date not null,
        vat_rate_bp integer not null,
        net_minor bigint not null,
        vat_minor bigint not null,
        primary key (tenant_id, day, vat_rate_bp)
      )`,
      ...tenantIsolation('report_revenue_days'),
      grantToApp('report_revenue_days', 'select'),

      `create table report_line_days (
        tenant_id uuid not null references tenants (id) on delete cascade,
        day date not null,
        kind text not null,
        service_key text not null,
        description text not null,
        -- invoice lines minus credit-note lines; invoice lines alone (which spelling is usual)
        line_count integer not null,
        invoiced_lines integer not null,
        quantity_hundredths bigint not null,
        net_minor bigint not null,
        primary key (tenant_id, day, kind, service_key, description)
      )`,
      ...tenantIsolation('report_line_days'),
      grantToApp('report_line_days', 'select'),

      `create table report_mechanic_days (
        tenant_id uuid not null references tenants (id) on delete cascade,
        day date not null,
        mechanic_key uuid not null,
        quantity_hundredths bigint not null,
        net_minor bigint not null,
        primary key (tenant_id, day, mechanic_key)
      )`,
      ...tenantIsolation('report_mechanic_days'),
      grantToApp('report_mechanic_days', 'select'),

      // Runs as the tables' owner; row-level security still applies to it (FORCE), so it writes
      // only rows of the workshop whose invoice lines are being inserted. One statement: the
      // new lines are joined to their invoices once and feed the three rollups.
      `create function report_rollups_add_lines() returns trigger
        language plpgsql security definer set search_path = pg_catalog, public as $$
        begin
          with n as (
            select a.tenant_id, a.invoice_id, (i.issued_at at time zone i.time_zone)::date as day, a.kind,
                   a.vat_rate_bp, btrim(a.description) as description, a.mechanic_user_id, a.quantity_hundredths,
                   a.net_minor
              from added a
              join invoices i on i.tenant_id = a.tenant_id and i.id = a.invoice_id
          ),
          revenue as (
            insert into report_revenue_days as r (tenant_id, day, vat_rate_bp, net_minor, vat_minor)
            select g.tenant_id, g.day, g.vat_rate_bp, sum(g.added),
                   sum(sign(g.total) * div(abs(g.total) * g.vat_rate_bp + 5000, 10000)
                       - sign(g.total - g.added) * div(abs(g.total - g.added) * g.vat_rate_bp + 5000, 10000))
              from (select n.tenant_id, n.invoice_id, n.day, n.vat_rate_bp, sum(n.net_minor) as added,
                           (select sum(l.net_minor) from invoice_lines l
                             where l.tenant_id = n.tenant_id and l.invoice_id = n.invoice_id
                               and l.vat_rate_bp = n.vat_rate_bp) as total
                      from n
                     group by n.tenant_id, n.invoice_id, n.day, n.vat_rate_bp) g
             group by g.tenant_id, g.day, g.vat_rate_bp
            on conflict (tenant_id, day, vat_rate_bp) do update
              set net_minor = r.net_minor + excluded.net_minor, vat_minor = r.vat_minor + excluded.vat_minor
            returning 1
          ),
          line_days as (
            insert into report_line_days as r (tenant_id, day, kind, service_key, description, line_count,
                                               invoiced_lines, quantity_hundredths, net_minor)
            select n.tenant_id, n.day, n.kind,
                   case when n.kind = 'part' then '' else lower(regexp_replace(n.description, '\\s+', ' ', 'g')) end,
                   case when n.kind = 'part' then '' else n.description end,
                   sum(sign(n.quantity_hundredths)), count(*) filter (where n.quantity_hundredths > 0),
                   sum(n.quantity_hundredths), sum(n.net_minor)
              from n
             group by 1, 2, 3, 4, 5
            on conflict (tenant_id, day, kind, service_key, description) do update
              set line_count = r.line_count + excluded.line_count,
                  invoiced_lines = r.invoiced_lines + excluded.invoiced_lines,
                  quantity_hundredths = r.quantity_hundredths + excluded.quantity_hundredths,
                  net_minor = r.net_minor + excluded.net_minor
            returning 1
          )
          insert into report_mechanic_days as r (tenant_id, day, mechanic_key, quantity_hundredths, net_minor)
          select n.tenant_id, n.day, coalesce(n.mechanic_user_id, '00000000-0000-0000-0000-000000000000'),
                 sum(n.quantity_hundredths), sum(n.net_minor)
            from n
           where n.kind = 'labour'
           group by 1, 2, 3
          on conflict (tenant_id, day, mechanic_key) do update
            set quantity_hundredths = r.quantity_hundredths + excluded.quantity_hundredths,
                net_minor = r.net_minor + excluded.net_minor;
          return null;
        end
      $$`,
      `revoke all on function report_rollups_add_lines() from public`,
      `create trigger invoice_lines_report_rollups after insert on invoice_lines
        referencing new table as added for each statement execute function report_rollups_add_lines()`,
    ];
    for (const statement of statements) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop trigger if exists invoice_lines_report_rollups on invoice_lines');
    await db.query('drop function if exists report_rollups_add_lines()');
    await db.query('drop table if exists report_mechanic_days, report_line_days, report_revenue_days');
    await db.query(`drop index if exists invoice_lines_report_idx, repair_order_lines_report_idx,
      time_entries_report_idx, invoices_report_idx`);
  }
}
