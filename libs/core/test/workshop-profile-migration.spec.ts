import { randomUUID } from 'node:crypto';
import { createIsolatedDatabase, IsolatedDatabase } from '../../../test/support/isolated-database';
import { runnerOver } from '../../../test/support/migration-runner';
import { withClient } from '../../../test/support/test-api';
import { WorkshopProfile1795391000000 } from '../src/database/migrations/1795391000000-workshop-profile';
import { BookingPageSettings1795393000000 } from '../src/database/migrations/1795393000000-booking-page-settings';

/**
 * One time zone per workshop: where the schedule had been moved to a zone of its own, the
 * workshop takes it, and the schedule's copy is gone. Runs as the owner role that row-level
 * security is forced on, in a database of its own (the migration is taken down and up again).
 */
describe('migration 1795391000000-workshop-profile', () => {
  let database: IsolatedDatabase;
  const migration = new WorkshopProfile1795391000000();
  const [moved, same, unscheduled] = [randomUUID(), randomUUID(), randomUUID()];

  beforeAll(async () => {
    database = await createIsolatedDatabase();
    // Later migrations first: the rows below are written as the schema stood before this one.
    await withClient(database.migrationUrl, async (client) => {
      await new BookingPageSettings1795393000000().down(runnerOver(client));
      await migration.down(runnerOver(client));
    });
  });

  afterAll(() => database?.drop());

  it("gives each workshop its schedule's zone, drops the schedule's copy, and forces RLS again", async () => {
    await withClient(database.adminUrl, async (client) => {
      for (const [id, name] of [
        [moved, 'moved'],
        [same, 'same'],
        [unscheduled, 'unscheduled'],
      ] as const) {
        await client.query(
          `insert into tenants (id, name, slug, time_zone, country, locale, currency, wrapped_data_key, data_key_wrapped_by)
           values ($1, $2, $2, 'Europe/Warsaw', 'PL', 'pl', 'PLN', '\\x00', 'test')`,
          [id, `zone-${name}`],
        );
      }
      for (const [id, zone] of [
        [moved, 'Europe/Copenhagen'],
        [same, 'Europe/Warsaw'],
      ] as const) {
        await client.query(
          `insert into schedule_settings (tenant_id, time_zone, opening_hours, slot_minutes, bays, buffer_minutes,
             min_notice_minutes, horizon_days, cancellation_cutoff_minutes, reminder_lead_minutes)
           values ($1, $2, '{}', 30, 2, 0, 0, 60, 0, 0)`,
          [id, zone],
        );
      }
    });

    await withClient(database.migrationUrl, async (client) => {
      await client.query('begin');
      await migration.up(runnerOver(client));
      await client.query('commit');
    });

    const after = await withClient(database.adminUrl, async (client) => ({
      zones: (
        await client.query<{ id: string; time_zone: string }>(
          `select id, time_zone from tenants where id = any($1) order by name`,
          [[moved, same, unscheduled]],
        )
      ).rows,
      scheduleColumns: (
        await client.query<{ column_name: string }>(
          `select column_name from information_schema.columns
            where table_name = 'schedule_settings' and column_name = 'time_zone'`,
        )
      ).rows,
      forced: (
        await client.query<{ relname: string; forced: boolean }>(
          `select relname, relforcerowsecurity as forced from pg_class
            where relname in ('tenants', 'schedule_settings') order by relname`,
        )
      ).rows,
    }));
    expect(after.zones).toEqual([
      { id: moved, time_zone: 'Europe/Copenhagen' },
      { id: same, time_zone: 'Europe/Warsaw' },
      { id: unscheduled, time_zone: 'Europe/Warsaw' },
    ]);
    expect(after.scheduleColumns).toEqual([]);
    expect(after.forced).toEqual([
      { relname: 'schedule_settings', forced: true },
      { relname: 'tenants', forced: true },
    ]);
  });
});
