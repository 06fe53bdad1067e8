import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantExecuteToApp } from './tenant-table.sql';

/**
 * Public booking links of a suspended workshop answer "not taking requests" instead of working
 * (or of pretending the workshop does not exist). Two reads scheduling needs of the `tenants`
 * row, which belongs to identity:
 * - `app_booking_workshop(slug)`: the workshop a public page names, whatever its status. It
 *   reads across workshops, so it is SECURITY DEFINER, owned by whoever owns
 *   `app_public_workshop` (the role the definer functions belong to), with `search_path` pinned
 *   and `pg_temp` last.
 * - `app_current_workshop_status()`: the status of the workshop of the open tenant transaction
 *   (a manage link names its workshop itself). It needs no definer rights: the tenant's own row
 *   is visible to it, and the tenant comes from the setting, never from an argument.
 */
export class BookingWorkshopStatus1795382000000 implements MigrationInterface {
  name = 'BookingWorkshopStatus1795382000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `create function app_booking_workshop(p_slug text)
        returns table (id uuid, name text, slug text, time_zone text, locale text, country text, currency text, status text)
        language sql stable security definer set search_path = pg_catalog, public, pg_temp
        as $$
          select t.id, t.name, t.slug, t.time_zone, t.locale, t.country, t.currency, t.status
          from public.tenants t where t.slug = p_slug
        $$`,
      `do $$
        declare owner_role name;
        begin
          select r.rolname into owner_role from pg_catalog.pg_proc p join pg_catalog.pg_roles r on r.oid = p.proowner
           where p.oid = 'app_public_workshop(text)'::regprocedure;
          execute format('alter function app_booking_workshop(text) owner to %I', owner_role);
        end $$`,
      ...grantExecuteToApp('app_booking_workshop(text)'),

      `create function app_current_workshop_status()
        returns text
        language sql stable security invoker set search_path = pg_catalog, public, pg_temp
        as $$
          select t.status from public.tenants t
          where t.id = nullif(pg_catalog.current_setting('app.tenant_id', true), '')::uuid
        $$`,
      ...grantExecuteToApp('app_current_workshop_status()'),
    ];
    for (const statement of statements) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop function if exists app_current_workshop_status()');
    await db.query('drop function if exists app_booking_workshop(text)');
  }
}
