import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, tenantIsolation } from './tenant-table.sql';

/**
 * The odometer's history (docs/vehicle-mileage.md): every reading of a vehicle with
 * when and where it was taken, so a workshop can spot a rolled-back odometer and show the
 * customer the car's life. `vehicles.mileage_km` stays the latest reading.
 *
 * - `source`: 'vehicle' (typed on the vehicle by staff) or 'repair-order' (the intake reading
 *   of an order; one per order, corrected in place when the order's intake mileage is). Bookings
 *   carry no mileage, so there is no third source.
 * - `repair_order_number` is the order's number copied at write time (numbers never change):
 *   garage lists the history without reading the repairs context's tables.
 * - `recorded_by`: the person who typed it; null for readings from before this table existed.
 *
 * Backfill: one 'vehicle' reading per vehicle that has a mileage (at its `updated_at`) and one
 * per repair order with an intake mileage (at the order's `created_at`). The owner runs the
 * migration but row-level security is forced on it too, so forcing is lifted on the two source
 * tables for the copy only, inside this migration's transaction; the new table is filled before
 * its own policy exists.
 */
export class VehicleMileageReadings1795395000000 implements MigrationInterface {
  name = 'VehicleMileageReadings1795395000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `create table vehicle_mileage_readings (
        tenant_id uuid not null references tenants (id) on delete cascade,
        id uuid not null,
        vehicle_id uuid not null,
        mileage_km integer not null check (mileage_km between 0 and 9999999),
        recorded_at timestamptz not null default now(),
        source text not null check (source in ('vehicle', 'repair-order')),
        repair_order_id uuid,
        repair_order_number integer check (repair_order_number > 0),
        recorded_by uuid references users (id) on delete set null,
        primary key (tenant_id, id),
        foreign key (tenant_id, vehicle_id) references vehicles (tenant_id, id) on delete cascade,
        foreign key (tenant_id, repair_order_id) references repair_orders (tenant_id, id) on delete cascade,
        check ((source = 'repair-order') = (repair_order_id is not null)),
        check ((repair_order_id is null) = (repair_order_number is null))
      )`,
      `create index vehicle_mileage_readings_vehicle_idx
         on vehicle_mileage_readings (tenant_id, vehicle_id, recorded_at desc)`,
      // One intake reading per order: correcting the order's mileage corrects its reading.
      `create unique index vehicle_mileage_readings_order_key
         on vehicle_mileage_readings (tenant_id, repair_order_id) where repair_order_id is not null`,
      ...BACKFILL,
      ...tenantIsolation('vehicle_mileage_readings'),
      grantToApp('vehicle_mileage_readings', 'select, insert, update, delete'),
    ];
    for (const statement of statements) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop table if exists vehicle_mileage_readings');
  }
}

/** The readings the database already holds: each vehicle's current mileage and each order's intake. */
const BACKFILL = [
  `alter table vehicles no force row level security`,
  `alter table repair_orders no force row level security`,
  `insert into vehicle_mileage_readings (tenant_id, id, vehicle_id, mileage_km, recorded_at, source)
     select tenant_id, gen_random_uuid(), id, mileage_km, updated_at, 'vehicle'
       from vehicles where mileage_km is not null`,
  `insert into vehicle_mileage_readings
       (tenant_id, id, vehicle_id, mileage_km, recorded_at, source, repair_order_id, repair_order_number)
     select tenant_id, gen_random_uuid(), vehicle_id, mileage_in, created_at, 'repair-order', id, number
       from repair_orders where mileage_in is not null`,
  `alter table repair_orders force row level security`,
  `alter table vehicles force row level security`,
];
