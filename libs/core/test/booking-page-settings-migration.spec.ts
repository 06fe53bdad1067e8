import { randomUUID } from 'node:crypto';
import { createIsolatedDatabase, IsolatedDatabase } from '../../../test/support/isolated-database';
import { runnerOver } from '../../../test/support/migration-runner';
import { withClient } from '../../../test/support/test-api';
import { BookingPageSettings1795393000000 } from '../src/database/migrations/1795393000000-booking-page-settings';

/**
 * Bay names, the booking page switch and its colour: existing schedules get "Bay 1"… for each of
 * their bays, the page on and the brand colour; row-level security is forced again; the database
 * keeps one name per bay and a well-formed colour. Runs as the owner role, in a database of its
 * own (the migration is taken down and up again).
 */
describe('migration 1795393000000-booking-page-settings', () => {
  let database: IsolatedDatabase;
  const migration = new BookingPageSettings1795393000000();
  const [one, three] = [randomUUID(), randomUUID()];

  beforeAll(async () => {
    database = await createIsolatedDatabase();
    await withClient(database.migrationUrl, (client) => migration.down(runnerOver(client)));
    await withClient(database.adminUrl, async (client) => {
      for (const [id, bays] of [
        [one, 1],
        [three, 3],
      ] as const) {
        await client.query(
          `insert into tenants (id, name, slug, time_zone, country, locale, currency, wrapped_data_key, data_key_wrapped_by)
           values ($1, $2, $2, 'Europe/Warsaw', 'PL', 'pl', 'PLN', '\\x00', 'test')`,
          [id, `bays-${bays}-${id.slice(0, 8)}`],
        );
        await client.query(
          `insert into schedule_settings (tenant_id, opening_hours, slot_minutes, bays, buffer_minutes,
             min_notice_minutes, horizon_days, cancellation_cutoff_minutes, reminder_lead_minutes)
           values ($1, '{}', 30, $2, 0, 0, 60, 0, 0)`,
          [id, bays],
        );
      }
    });
    await withClient(database.migrationUrl, async (client) => {
      await client.query('begin');
      await migration.up(runnerOver(client));
      await client.query('commit');
    });
  });

  afterAll(() => database?.drop());

  it('names the bays of existing schedules, leaves their page on in the brand colour, forces RLS again', async () => {
    const after = await withClient(database.adminUrl, async (client) => ({
      rows: (
        await client.query(
          `select bays, bay_names, booking_page_enabled, booking_accent_color from schedule_settings
            where tenant_id = any($1) order by bays`,
          [[one, three]],
        )
      ).rows,
      forced: (
        await client.query(`select relforcerowsecurity as forced from pg_class where relname = 'schedule_settings'`)
      ).rows,
    }));
    expect(after.rows).toEqual([
      { bays: 1, bay_names: ['Bay 1'], booking_page_enabled: true, booking_accent_color: '#c2410c' },
      {
        bays: 3,
        bay_names: ['Bay 1', 'Bay 2', 'Bay 3'],
        booking_page_enabled: true,
        booking_accent_color: '#c2410c',
      },
    ]);
    expect(after.forced).toEqual([{ forced: true }]);
  });

  it.each([
    ['more bays than names', `update schedule_settings set bays = 4 where tenant_id = $1`],
    ['fewer names than bays', `update schedule_settings set bay_names = '{Lift}' where tenant_id = $1`],
    ['no names at all', `update schedule_settings set bay_names = null where tenant_id = $1`],
    ['a colour that is not #rrggbb', `update schedule_settings set booking_accent_color = 'red' where tenant_id = $1`],
    ['an upper-case colour', `update schedule_settings set booking_accent_color = '#C2410C' where tenant_id = $1`],
  ])('the database refuses %s', async (_name, sql) => {
    await withClient(database.adminUrl, async (client) => {
      await expect(client.query(sql, [three])).rejects.toThrow(/violates/);
    });
  });
});
