import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The workshop profile and a person's own language.
 *
 * - `tenants` gains the workshop's public address and contact (street, postal code, city; the
 *   country is the existing `country`), shown to customers on the booking page and in mails.
 *   The billing address printed on invoices stays in `invoice_settings`: that is the seller's
 *   legal seat, which may differ from where the cars are brought. The row keeps the policy it
 *   has (`tenant_isolation` on `id`); the application role's table grants cover new columns.
 * - `users.locale`: the person's language for the app and the mails addressed to them; null
 *   follows the workshop's.
 * - One time zone per workshop: `schedule_settings.time_zone` was a second copy of
 *   `tenants.time_zone`, taken at first use and editable on its own, so bookings and invoices or
 *   reports could run in two zones. The schedule now reads the workshop's. Where the two differ
 *   the schedule's wins: it was set after signup on purpose, and it is the zone customers have
 *   been booking in. Both tables force row-level security on their owner, so the copy lifts it
 *   for its one statement and forces it again within the migration's transaction.
 */
export class WorkshopProfile1795391000000 implements MigrationInterface {
  name = 'WorkshopProfile1795391000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `alter table tenants
         add column street text check (char_length(street) between 1 and 200),
         add column postal_code text check (char_length(postal_code) between 1 and 20),
         add column city text check (char_length(city) between 1 and 100),
         add column phone text check (char_length(phone) between 1 and 40),
         add column public_email text check (char_length(public_email) between 3 and 254)`,
      `alter table users add column locale text check (locale in ('en', 'pl', 'da'))`,

      `alter table tenants no force row level security`,
      `alter table schedule_settings no force row level security`,
      `update tenants t set time_zone = s.time_zone
         from schedule_settings s
        where s.tenant_id = t.id and s.time_zone <> t.time_zone`,
      `alter table schedule_settings force row level security`,
      `alter table tenants force row level security`,
      `alter table schedule_settings drop column time_zone`,
      `alter table tenants add constraint tenants_time_zone_check check (char_length(time_zone) between 1 and 64)`,
    ];
    for (const statement of statements) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    const statements = [
      `alter table tenants drop constraint if exists tenants_time_zone_check`,
      `alter table schedule_settings add column time_zone text`,
      `alter table tenants no force row level security`,
      `alter table schedule_settings no force row level security`,
      `update schedule_settings s set time_zone = t.time_zone from tenants t where t.id = s.tenant_id`,
      `alter table schedule_settings force row level security`,
      `alter table tenants force row level security`,
      `alter table schedule_settings alter column time_zone set not null,
         add constraint schedule_settings_time_zone_check check (char_length(time_zone) between 1 and 64)`,
      `alter table users drop column if exists locale`,
      `alter table tenants
         drop column if exists street,
         drop column if exists postal_code,
         drop column if exists city,
         drop column if exists phone,
         drop column if exists public_email`,
    ];
    for (const statement of statements) await db.query(statement);
  }
}
