import { createMigrationDataSource } from './data-source';
import { migrateQueueSchema } from './queue-schema';

/** The role name inside a postgres:// URL. */
export function roleOf(databaseUrl: string): string {
  const role = decodeURIComponent(new URL(databaseUrl).username);
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) {
    throw new Error('The database user must be a plain lower-case identifier');
  }
  return role;
}

export interface MigrationReport {
  readonly applied: readonly string[];
}

/**
 * Applies pending migrations as the owner, granting the application role its access: Pitlane's
 * own, then BullMQ's PostgreSQL queue schema.
 */
export async function migrateDatabase(migrationUrl: string, appDatabaseUrl: string): Promise<MigrationReport> {
  const appRole = roleOf(appDatabaseUrl);
  const dataSource = createMigrationDataSource(migrationUrl, appRole);
  await dataSource.initialize();
  let applied: string[];
  try {
    applied = (await dataSource.runMigrations({ transaction: 'each' })).map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
  await migrateQueueSchema(migrationUrl, appRole);
  return { applied };
}
