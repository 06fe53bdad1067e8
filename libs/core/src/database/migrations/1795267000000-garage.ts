import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, tenantIsolation } from './tenant-table.sql';

/**
 * Clients, vehicles, the audit trail and per-user recently opened vehicles. VIN and national id
 * exist only as ciphertext plus keyed blind indexes; no plaintext column exists to leak.
 */
export class Garage1795267000000 implements MigrationInterface {
  name = 'Garage1795267000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `create table clients (
        tenant_id uuid not null references tenants (id) on delete cascade,
        id uuid not null,
        first_name text not null check (char_length(first_name) between 1 and 100),
        last_name text not null check (char_length(last_name) between 1 and 100),
        email text check (char_length(email) <= 254),
        phone text check (phone ~ '^\\+[1-9][0-9]{6,14}$'),
        national_id_ciphertext bytea,
        national_id_index bytea check (octet_length(national_id_index) = 32),
        notes text check (char_length(notes) <= 5000),
        gdpr_consent_at timestamptz,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        check ((national_id_ciphertext is null) = (national_id_index is null))
      )`,
      `create index clients_name_idx on clients (tenant_id, lower(last_name), lower(first_name))`,
      `create index clients_email_idx on clients (tenant_id, lower(email)) where email is not null`,
      `create index clients_phone_idx on clients (tenant_id, phone) where phone is not null`,
      `create index clients_national_id_idx on clients (tenant_id, national_id_index) where national_id_index is not null`,
      ...tenantIsolation('clients'),
      grantToApp('clients', 'select, insert, update, delete'),

      // client_id is nullable only for vehicles whose owner was erased under GDPR: the car's
      // history stays, with nothing left that identifies a person.
      `create table vehicles (
        tenant_id uuid not null references tenants (id) on delete cascade,
        id uuid not null,
        client_id uuid,
        vin_ciphertext bytea,
        vin_index bytea check (octet_length(vin_index) = 32),
        vin_last6_index bytea check (octet_length(vin_last6_index) = 32),
        plate text check (char_length(plate) between 1 and 20),
        plate_normalized text check (plate_normalized ~ '^[A-Z0-9]{1,20}$'),
        make text not null check (char_length(make) between 1 and 60),
        model text not null check (char_length(model) between 1 and 60),
        year integer check (year between 1900 and 2200),
        engine text check (char_length(engine) <= 60),
        fuel_type text check (fuel_type in ('petrol', 'diesel', 'hybrid', 'plug_in_hybrid', 'electric', 'lpg', 'cng', 'hydrogen', 'other')),
        mileage_km integer check (mileage_km between 0 and 5000000),
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, client_id) references clients (tenant_id, id),
        check ((vin_ciphertext is null) = (vin_index is null) and (vin_index is null) = (vin_last6_index is null)),
        check ((plate is null) = (plate_normalized is null))
      )`,
      `create unique index vehicles_vin_key on vehicles (tenant_id, vin_index) where vin_index is not null`,
      `create index vehicles_vin_last6_idx on vehicles (tenant_id, vin_last6_index) where vin_last6_index is not null`,
      `create index vehicles_plate_idx on vehicles (tenant_id, plate_normalized) where plate_normalized is not null`,
      `create index vehicles_client_idx on vehicles (tenant_id, client_id)`,
      ...tenantIsolation('vehicles'),
      grantToApp('vehicles', 'select, insert, update, delete'),

      `create table vehicle_visits (
        tenant_id uuid not null,
        user_id uuid not null,
        vehicle_id uuid not null,
        visited_at timestamptz not null default now(),
        primary key (tenant_id, user_id, vehicle_id),
        foreign key (tenant_id, vehicle_id) references vehicles (tenant_id, id) on delete cascade,
        foreign key (tenant_id, user_id) references memberships (tenant_id, user_id) on delete cascade
      )`,
      `create index vehicle_visits_recent_idx on vehicle_visits (tenant_id, user_id, visited_at desc)`,
      ...tenantIsolation('vehicle_visits'),
      grantToApp('vehicle_visits', 'select, insert, update, delete'),

      // Append-only: the application may add and read events, never change or remove them.
      `create table audit_events (
        tenant_id uuid not null references tenants (id) on delete cascade,
        id uuid not null,
        actor_user_id uuid,
        action text not null check (action ~ '^[a-z_]+\\.[a-z_]+$'),
        entity_type text not null check (entity_type ~ '^[a-z_]+$'),
        entity_id uuid not null,
        changed_fields text[] not null default '{}',
        occurred_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`,
      `create index audit_events_entity_idx on audit_events (tenant_id, entity_id, occurred_at desc)`,
      ...tenantIsolation('audit_events'),
      grantToApp('audit_events', 'select, insert'),
    ];
    for (const statement of statements) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop table if exists audit_events, vehicle_visits, vehicles, clients');
  }
}
