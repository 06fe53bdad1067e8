import { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFINER_SEARCH_PATH } from './tenant-table.sql';

/**
 * The report rollup trigger (1795350000000) names the tenant of the transaction itself. It used
 * to join and write by the inserted lines' own `tenant_id`, and relied on row-level security to
 * keep that the current workshop's: a role that bypasses RLS could insert invoice lines of
 * another workshop (the app's WITH CHECK does not hold such a role) and the trigger would have
 * added them to that workshop's reports. Now every table reference in the body is bound to
 * `app.tenant_id`, first, and a statement inserting a line of any other workshop (or with no
 * workshop set) is refused. The arithmetic is unchanged.
 *
 * The other triggers that read rows were checked and need nothing: `time_entries_check_line_and_user`
 * and `repair_order_mechanics_stop_clocks` run as the invoker and bind `new`/`old.tenant_id` in
 * every condition; `invoices_immutable` and `invoice_lines_immutable` read no other row.
 */
export class ReportRollupsTenant1795385000000 implements MigrationInterface {
  name = 'ReportRollupsTenant1795385000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(rollupFunction(true));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(rollupFunction(false));
  }
}

/**
 * `report_rollups_add_lines` with every reference bound to the transaction's tenant (`bound`),
 * or as 1795350000000 wrote it (joined by the inserted lines' tenant). `create or replace` keeps
 * the owner and the grants; the search path is pinned with `pg_temp` last either way.
 */
function rollupFunction(bound: boolean): string {
  const tenantOf = (alias: string) => (bound ? `${alias}.tenant_id = tenant and ` : '');
  return `create or replace function report_rollups_add_lines() returns trigger
    language plpgsql security definer ${DEFINER_SEARCH_PATH} as $$
    declare
      tenant uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
    begin
      ${
        bound
          ? `if tenant is null or exists (select 1 from added a where a.tenant_id is distinct from tenant) then
        raise exception 'invoice lines may be added only to the workshop of the transaction'
          using errcode = '42501';
      end if;`
          : ''
      }
      with n as (
        select a.tenant_id, a.invoice_id, (i.issued_at at time zone i.time_zone)::date as day, a.kind,
               a.vat_rate_bp, btrim(a.description) as description, a.mechanic_user_id, a.quantity_hundredths,
               a.net_minor
          from added a
          join invoices i on ${tenantOf('i')}i.tenant_id = a.tenant_id and i.id = a.invoice_id
         ${bound ? 'where a.tenant_id = tenant' : ''}
      ),
      revenue as (
        insert into report_revenue_days as r (tenant_id, day, vat_rate_bp, net_minor, vat_minor)
        select g.tenant_id, g.day, g.vat_rate_bp, sum(g.added),
               sum(sign(g.total) * div(abs(g.total) * g.vat_rate_bp + 5000, 10000)
                   - sign(g.total - g.added) * div(abs(g.total - g.added) * g.vat_rate_bp + 5000, 10000))
          from (select n.tenant_id, n.invoice_id, n.day, n.vat_rate_bp, sum(n.net_minor) as added,
                       (select sum(l.net_minor) from invoice_lines l
                         where ${tenantOf('l')}l.tenant_id = n.tenant_id and l.invoice_id = n.invoice_id
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
  $$`;
}
