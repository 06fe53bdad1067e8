import { createIsolatedDatabase, IsolatedDatabase } from '../../../test/support/isolated-database';
import { runnerOver } from '../../../test/support/migration-runner';
import { withClient } from '../../../test/support/test-api';
import {
  OperatorTenantStatus1795434000000,
  SET_TENANT_STATUS_FUNCTION,
} from '../src/database/migrations/1795434000000-operator-tenant-status';
import { grantOperatorViews } from '../src/database/operator-views';

/**
 * The status function goes down and up again cleanly; the operator role's EXECUTE, which
 * `migrateDatabase` grants after every run (not the migration), comes back with
 * `grantOperatorViews`, and nobody else (PUBLIC, the application role) ever gets it.
 */
describe('migration 1795434000000-operator-tenant-status', () => {
  let database: IsolatedDatabase;
  const migration = new OperatorTenantStatus1795434000000();

  beforeAll(async () => {
    database = await createIsolatedDatabase();
  });

  afterAll(() => database?.drop());

  const asOwner = (step: 'up' | 'down') =>
    withClient(database.migrationUrl, async (client) => {
      await client.query(`select set_config('pitlane.app_role', 'pitlane_test_app', false)`);
      await client.query(`select set_config('pitlane.definer_role', 'pitlane_test_owner_definer', false)`);
      await client.query('begin');
      await migration[step](runnerOver(client));
      await client.query('commit');
    });
  /** Who may execute the function: null when there is no function. */
  const executors = () =>
    withClient(database.adminUrl, async (client) => {
      const exists = await client.query(`select to_regprocedure($1) as oid`, [SET_TENANT_STATUS_FUNCTION]);
      if (!exists.rows[0]?.oid) return null;
      const result = await client.query<{ role: string }>(
        `select r.rolname as role from pg_roles r
          where r.rolname in ('pitlane_test_app', 'pitlane_test_operator')
            and has_function_privilege(r.oid, $1::regprocedure, 'EXECUTE')
          order by 1`,
        [SET_TENANT_STATUS_FUNCTION],
      );
      return result.rows.map((row) => row.role);
    });

  it('drops the function and makes it again, executable by the operator role alone', async () => {
    expect(await executors()).toEqual(['pitlane_test_operator']);

    await asOwner('down');
    expect(await executors()).toBeNull();

    await asOwner('up');
    // A new function: nobody may run it until the operator's grants are set again.
    expect(await executors()).toEqual([]);
    await expect(grantOperatorViews(database.migrationUrl, 'pitlane_test_operator')).resolves.toBe(true);
    expect(await executors()).toEqual(['pitlane_test_operator']);
  });
});
