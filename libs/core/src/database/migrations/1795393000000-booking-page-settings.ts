import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The booking page's switch and look, and names for the bays.
 *
 * - `schedule_settings.bay_names`: one name per bay, in bay order ("Bay 1", "Bay 2", … until the
 *   owner renames them). The check keeps the list as long as `bays`, so a lane never lacks a
 *   name; the service grows or trims the list when the number of bays changes.
 * - `booking_page_enabled`: off, the public page still answers (saying so, listing nothing) and
 *   refuses availability and new bookings; existing manage links keep working.
 * - `booking_accent_color`: the `#rrggbb` colour of the public page and the embedded widget,
 *   by default the brand colour of the staff app.
 * - `appointments_vehicle_idx`: a vehicle's bookings, as the vehicle page lists them (a
 *   client's use the existing `appointments_client_idx`).
 *
 * Existing rows get their default names. `schedule_settings` forces row-level security on its
 * owner, so the backfill lifts it for its one statement and forces it again in this transaction.
 */
export class BookingPageSettings1795393000000 implements MigrationInterface {
  name = 'BookingPageSettings1795393000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `alter table schedule_settings
         add column bay_names text[],
         add column booking_page_enabled boolean not null default true,
         add column booking_accent_color text not null default '#c2410c'
           check (booking_accent_color ~ '^#[0-9a-f]{6}$')`,
      `alter table schedule_settings no force row level security`,
      `update schedule_settings
          set bay_names = array(select 'Bay ' || n from generate_series(1, bays) as n order by n)`,
      `alter table schedule_settings force row level security`,
      `alter table schedule_settings
         alter column bay_names set not null,
         add constraint schedule_settings_bay_names_check check (cardinality(bay_names) = bays)`,
      `create index appointments_vehicle_idx on appointments (tenant_id, vehicle_id, starts_at)
         where vehicle_id is not null`,
    ];
    for (const statement of statements) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop index if exists appointments_vehicle_idx');
    await db.query(`alter table schedule_settings
      drop column if exists bay_names,
      drop column if exists booking_page_enabled,
      drop column if exists booking_accent_color`);
  }
}
