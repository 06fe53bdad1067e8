import { randomBytes } from 'node:crypto';
// Sources, not `@pitlane/core`, like global-setup.ts: this runs before any app is built.
import { migrateDatabase } from '../../libs/core/src/database/migrate';
import { dropDatabase, provisionDatabase } from '../../libs/core/src/database/provision';

export interface IsolatedDatabase {
  readonly appUrl: string;
  /** The operator role: SELECT on the aggregate views of OPERATOR_VIEWS only. */
  readonly operatorUrl: string;
  readonly adminUrl: string;
  /** The owner role, as migrations run. */
  readonly migrationUrl: string;
  readonly drop: () => Promise<void>;
}

/**
 * A database of its own for a suite that changes every workshop at once (a master-key
 * rotation), so it cannot disturb suites running beside it in the shared test database.
 */
export async function createIsolatedDatabase(): Promise<IsolatedDatabase> {
  const serverAdminUrl = process.env.PITLANE_TEST_ADMIN_URL;
  if (!serverAdminUrl) throw new Error('PITLANE_TEST_ADMIN_URL is not set: run through npm test');
  const database = `pitlane_test_iso_${randomBytes(4).toString('hex')}`;
  const { appUrl, migrationUrl, operatorUrl } = await provisionDatabase({
    adminUrl: serverAdminUrl,
    database,
    ownerRole: 'pitlane_test_owner',
    ownerPassword: 'pitlane-test-owner',
    appRole: 'pitlane_test_app',
    appPassword: 'pitlane-test-app',
    operatorPassword: 'pitlane-test-operator',
  });
  await migrateDatabase(migrationUrl, appUrl);
  const adminUrl = new URL(serverAdminUrl);
  adminUrl.pathname = `/${database}`;
  return {
    appUrl,
    operatorUrl,
    adminUrl: adminUrl.toString(),
    migrationUrl,
    drop: () => dropDatabase(serverAdminUrl, database),
  };
}
