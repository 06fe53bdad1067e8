import { createIsolatedDatabase, IsolatedDatabase } from '../../../test/support/isolated-database';
import { runnerOver } from '../../../test/support/migration-runner';
import { withClient } from '../../../test/support/test-api';
import { PlatformUsage1795432000000 } from '../src/database/migrations/1795432000000-platform-usage';
import { grantOperatorViews, OPERATOR_VIEWS } from '../src/database/operator-views';

const relations = (url: string) =>
  withClient(url, async (client) =>
    (
      await client.query<{ name: string }>(
        `select relname as name from pg_class
          where relnamespace = 'public'::regnamespace and (relname like 'platform\\_%' or relname like 'tenant\\_usage\\_%')
            and relkind in ('r', 'v') order by 1`,
      )
    ).rows.map((row) => row.name),
  );

/**
 * The migration goes down and up again cleanly, and the operator role's grants, which
 * `migrateDatabase` sets after every run (not the migration), come back with `grantOperatorViews`.
 * A database of its own: the migration is taken down and up again.
 */
describe('migration 1795432000000-platform-usage', () => {
  let database: IsolatedDatabase;
  const migration = new PlatformUsage1795432000000();

  beforeAll(async () => {
    database = await createIsolatedDatabase();
  });

  afterAll(() => database?.drop());

  it('drops its tables, views and function, and makes them again with the operator grants', async () => {
    const asOwner = (step: 'up' | 'down') =>
      withClient(database.migrationUrl, async (client) => {
        await client.query(`select set_config('pitlane.app_role', 'pitlane_test_app', false)`);
        await client.query(`select set_config('pitlane.definer_role', 'pitlane_test_owner_definer', false)`);
        await client.query('begin');
        await migration[step](runnerOver(client));
        await client.query('commit');
      });
    const made = [...OPERATOR_VIEWS, 'tenant_usage_current', 'tenant_usage_daily'].sort();
    expect(await relations(database.adminUrl)).toEqual(made);

    await asOwner('down');
    expect(await relations(database.adminUrl)).toEqual([]);

    await asOwner('up');
    expect(await relations(database.adminUrl)).toEqual(made);
    const operatorReads = () =>
      withClient(database.operatorUrl, async (client) => {
        try {
          return (await client.query('select count(*)::int as n from platform_tenants')).rows[0] as unknown;
        } catch (error) {
          return (error as { code?: string }).code;
        }
      });
    // The views are new objects: the operator reads nothing until its grants are set again.
    expect(await operatorReads()).toBe('42501');
    await expect(grantOperatorViews(database.migrationUrl, 'pitlane_test_operator')).resolves.toBe(true);
    expect(await operatorReads()).toEqual({ n: 0 });
  });
});
