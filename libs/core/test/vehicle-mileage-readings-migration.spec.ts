import { randomUUID } from 'node:crypto';
import { createIsolatedDatabase, IsolatedDatabase } from '../../../test/support/isolated-database';
import { runnerOver } from '../../../test/support/migration-runner';
import { withClient } from '../../../test/support/test-api';
import { VehicleMileageReadings1795395000000 } from '../src/database/migrations/1795395000000-vehicle-mileage-readings';

/**
 * The backfill turns the mileage the database holds into the first readings: each vehicle's
 * current mileage and each repair order's intake, as the owner role that row-level security is
 * forced on. A database of its own: the migration is taken down and up again.
 */
describe('migration 1795395000000-vehicle-mileage-readings', () => {
  let database: IsolatedDatabase;
  const migration = new VehicleMileageReadings1795395000000();
  const tenant = randomUUID();
  const [withMileage, without] = [randomUUID(), randomUUID()];
  const [orderWithIntake, orderWithout] = [randomUUID(), randomUUID()];

  beforeAll(async () => {
    database = await createIsolatedDatabase();
    await withClient(database.migrationUrl, (client) => migration.down(runnerOver(client)));
  });

  afterAll(() => database?.drop());

  it('writes one reading per vehicle with a mileage and per order with an intake, then forces RLS again', async () => {
    await withClient(database.adminUrl, async (client) => {
      await client.query(
        `insert into tenants (id, name, slug, time_zone, country, locale, currency, wrapped_data_key, data_key_wrapped_by)
         values ($1, 'Backfill', $2, 'Europe/Warsaw', 'PL', 'pl', 'PLN', '\\x00', 'test')`,
        [tenant, `backfill-${tenant.slice(0, 8)}`],
      );
      await client.query(
        `insert into vehicles (tenant_id, id, make, model, mileage_km, updated_at)
         values ($1, $2, 'Skoda', 'Fabia', 87000, '2026-05-01T10:00Z'), ($1, $3, 'Fiat', 'Panda', null, now())`,
        [tenant, withMileage, without],
      );
      await client.query(
        `insert into repair_orders (tenant_id, id, number, vehicle_id, currency, mileage_in, created_at)
         values ($1, $2, 1, $4, 'PLN', 85000, '2026-03-01T08:00Z'), ($1, $3, 2, $4, 'PLN', null, now())`,
        [tenant, orderWithIntake, orderWithout, withMileage],
      );
    });

    await withClient(database.migrationUrl, async (client) => {
      await client.query(`select set_config('pitlane.app_role', 'pitlane_test_app', false)`);
      await client.query('begin');
      await migration.up(runnerOver(client));
      await client.query('commit');
    });

    const after = await withClient(database.adminUrl, async (client) => ({
      readings: (
        await client.query(
          `select vehicle_id, mileage_km, recorded_at, source, repair_order_id, repair_order_number, recorded_by
             from vehicle_mileage_readings where tenant_id = $1 order by recorded_at`,
          [tenant],
        )
      ).rows,
      forced: (
        await client.query<{ relname: string; forced: boolean }>(
          `select relname, relforcerowsecurity as forced from pg_class
            where relname in ('vehicles', 'repair_orders', 'vehicle_mileage_readings') order by relname`,
        )
      ).rows,
    }));
    expect(after.readings).toEqual([
      {
        vehicle_id: withMileage,
        mileage_km: 85000,
        recorded_at: new Date('2026-03-01T08:00Z'),
        source: 'repair-order',
        repair_order_id: orderWithIntake,
        repair_order_number: 1,
        recorded_by: null,
      },
      {
        vehicle_id: withMileage,
        mileage_km: 87000,
        recorded_at: new Date('2026-05-01T10:00Z'),
        source: 'vehicle',
        repair_order_id: null,
        repair_order_number: null,
        recorded_by: null,
      },
    ]);
    expect(after.forced).toEqual([
      { relname: 'repair_orders', forced: true },
      { relname: 'vehicle_mileage_readings', forced: true },
      { relname: 'vehicles', forced: true },
    ]);

    // The application role reads them under its workshop's policy, and only then.
    const seen = await withClient(database.appUrl, async (client) => {
      await client.query('begin');
      const none = await client.query('select id from vehicle_mileage_readings');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [tenant]);
      const own = await client.query('select id from vehicle_mileage_readings');
      await client.query('rollback');
      return { none: none.rowCount, own: own.rowCount };
    });
    expect(seen).toEqual({ none: 0, own: 2 });
  });
});
