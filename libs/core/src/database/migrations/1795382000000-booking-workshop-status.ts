import { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFINER_SEARCH_PATH, grantExecuteToApp, ownedByDefiner } from './tenant-table.sql';

/**
 * Public booking links of a suspended workshop answer "not taking requests" instead of working
 * (or of pretending the workshop does not exist). Two reads scheduling needs of the `tenants`
 * row, which belongs to identity:
 * - `app_booking_workshop(slug)`: the workshop a public page names, whatever its status. It
 *   reads across workshops, so it is SECURITY DEFINER, owned by the NOLOGIN definer role, with
 *   `search_path` pinned and `pg_temp` last.
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
        language sql stable security definer ${DEFINER_SEARCH_PATH}
        as $$
          select t.id, t.name, t.slug, t.time_zone, t.locale, t.country, t.currency, t.status
          from public.tenants t where t.slug = p_slug
        $$`,
      ...ownedByDefiner('app_booking_workshop(text)'),
      ...grantExecuteToApp('app_booking_workshop(text)'),

      `create function app_current_workshop_status()
        returns text
        language sql stable security invoker ${DEFINER_SEARCH_PATH}
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
