import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantExecuteToApp, grantToApp, ownerReadPolicyForOwner, tenantIsolation } from './tenant-table.sql';

/**
 * Scheduling: each workshop's schedule settings, its service catalog and its appointments. The
 * database itself refuses a double booking: an exclusion constraint (btree_gist) forbids two
 * non-cancelled appointments of one workshop whose occupied ranges (start to end plus the
 * buffer) overlap on the same bay, whoever writes them and however concurrently.
 */
export class Scheduling1795290000000 implements MigrationInterface {
  name = 'Scheduling1795290000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      // Trusted since PostgreSQL 13: the database owner (the migration role) may create it.
      `create extension if not exists btree_gist`,

      `create table schedule_settings (
        tenant_id uuid primary key references tenants (id) on delete cascade,
        time_zone text not null check (char_length(time_zone) between 1 and 64),
        opening_hours jsonb not null,
        closed_dates text[] not null default '{}',
        slot_minutes integer not null check (slot_minutes between 5 and 240),
        bays integer not null check (bays between 1 and 50),
        buffer_minutes integer not null check (buffer_minutes between 0 and 240),
        min_notice_minutes integer not null check (min_notice_minutes between 0 and 43200),
        horizon_days integer not null check (horizon_days between 1 and 730),
        cancellation_cutoff_minutes integer not null check (cancellation_cutoff_minutes between 0 and 43200),
        reminder_lead_minutes integer not null check (reminder_lead_minutes between 0 and 20160),
        version integer not null default 1,
        updated_at timestamptz not null default now()
      )`,
      ...tenantIsolation('schedule_settings'),
      grantToApp('schedule_settings', 'select, insert, update'),

      `create table services (
        tenant_id uuid not null references tenants (id) on delete cascade,
        id uuid not null,
        name text not null check (char_length(name) between 1 and 120),
        description text check (char_length(description) <= 2000),
        duration_minutes integer not null check (duration_minutes between 5 and 1440),
        price_minor bigint not null check (price_minor >= 0),
        vat_rate_bp integer not null check (vat_rate_bp between 0 and 10000),
        active boolean not null default true,
        bookable_online boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`,
      `create index services_name_idx on services (tenant_id, lower(name))`,
      ...tenantIsolation('services'),
      grantToApp('services', 'select, insert, update'),

      // occupied_until = ends_at + the workshop's buffer at booking time: the bay is not free
      // again before then. The exclusion constraint works on that range.
      `create table appointments (
        tenant_id uuid not null references tenants (id) on delete cascade,
        id uuid not null,
        client_id uuid not null,
        vehicle_id uuid,
        bay integer not null check (bay between 1 and 50),
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        occupied_until timestamptz not null,
        status text not null check (status in ('requested', 'confirmed', 'checked_in', 'no_show', 'cancelled', 'completed')),
        source text not null check (source in ('online', 'staff')),
        notes text check (char_length(notes) <= 2000),
        manage_token_hash bytea check (octet_length(manage_token_hash) = 32),
        schedule_version integer not null default 1,
        reminder_due_at timestamptz,
        reminder_sent_at timestamptz,
        cancelled_at timestamptz,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, client_id) references clients (tenant_id, id) on delete cascade,
        foreign key (tenant_id, vehicle_id) references vehicles (tenant_id, id) on delete set null (vehicle_id),
        check (ends_at > starts_at and occupied_until >= ends_at),
        constraint appointments_no_overlap exclude using gist (
          tenant_id with =,
          bay with =,
          tstzrange(starts_at, occupied_until, '[)') with &&
        ) where (status <> 'cancelled')
      )`,
      `create index appointments_range_idx on appointments (tenant_id, starts_at)`,
      `create index appointments_client_idx on appointments (tenant_id, client_id)`,
      `create unique index appointments_manage_token_key on appointments (tenant_id, manage_token_hash)
        where manage_token_hash is not null`,
      `create index appointments_reminder_due_idx on appointments (reminder_due_at)
        where reminder_sent_at is null and reminder_due_at is not null and status in ('requested', 'confirmed')`,
      ...tenantIsolation('appointments'),
      ownerReadPolicyForOwner('appointments'),
      grantToApp('appointments', 'select, insert, update'),

      // What was booked, as it was priced and timed then: a later catalog change does not
      // rewrite an appointment.
      `create table appointment_services (
        tenant_id uuid not null,
        appointment_id uuid not null,
        service_id uuid not null,
        position integer not null check (position >= 0),
        name text not null,
        duration_minutes integer not null,
        price_minor bigint not null,
        vat_rate_bp integer not null,
        primary key (tenant_id, appointment_id, service_id),
        foreign key (tenant_id, appointment_id) references appointments (tenant_id, id) on delete cascade,
        foreign key (tenant_id, service_id) references services (tenant_id, id)
      )`,
      ...tenantIsolation('appointment_services'),
      grantToApp('appointment_services', 'select, insert, delete'),

      // Public booking pages name a workshop by its slug: the one cross-tenant read they need.
      `create function app_public_workshop(p_slug text)
        returns table (id uuid, name text, slug text, time_zone text, locale text, country text, currency text)
        language sql stable security definer set search_path = pg_catalog, public
        as $$
          select t.id, t.name, t.slug, t.time_zone, t.locale, t.country, t.currency
          from tenants t where t.slug = p_slug and t.status = 'active'
        $$`,
      ...grantExecuteToApp('app_public_workshop(text)'),

      // The reminder sweep: appointments whose reminder is due, across workshops.
      `create function app_due_appointment_reminders(p_now timestamptz, p_limit integer)
        returns table (tenant_id uuid, id uuid)
        language sql stable security definer set search_path = pg_catalog, public
        as $$
          select a.tenant_id, a.id from appointments a
          where a.reminder_due_at <= p_now and a.reminder_sent_at is null and a.reminder_due_at is not null
            and a.status in ('requested', 'confirmed') and a.starts_at > p_now
          order by a.reminder_due_at limit p_limit
        $$`,
      ...grantExecuteToApp('app_due_appointment_reminders(timestamptz, integer)'),
    ];
    for (const statement of statements) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop function if exists app_due_appointment_reminders(timestamptz, integer)');
    await db.query('drop function if exists app_public_workshop(text)');
    await db.query('drop table if exists appointment_services, appointments, services, schedule_settings');
  }
}
