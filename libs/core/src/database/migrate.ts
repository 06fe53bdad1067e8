import { createMigrationDataSource } from './data-source';
import { grantOperatorViews } from './operator-views';
import { definerRoleOf, operatorRoleOf } from './provision';
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
  /** The operator role granted OPERATOR_VIEWS, or null when the database has no such role. */
  readonly operatorRole: string | null;
}

/** Raised before migrating when the roles cannot give the layout docs/tenancy.md describes. */
export class MigrationRoleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationRoleError';
  }
}

/**
 * Applies pending migrations as the owner, granting the application role its access: Pitlane's
 * own, then BullMQ's PostgreSQL queue schema; then sets the operator role's grants to exactly the
 * aggregate views of OPERATOR_VIEWS. Never as the application role: the tables' owner
 * is not held by their row-level security.
 */
export async function migrateDatabase(migrationUrl: string, appDatabaseUrl: string): Promise<MigrationReport> {
  const appRole = roleOf(appDatabaseUrl);
  const ownerRole = roleOf(migrationUrl);
  if (appRole === ownerRole) {
    throw new MigrationRoleError(
      `Refusing to migrate as "${appRole}", the application role: it would own every table, and row-level ` +
        "security does not hold a table's owner. Set DATABASE_MIGRATION_URL to the owner role.",
    );
  }
  const definerRole = definerRoleOf(ownerRole);
  const dataSource = createMigrationDataSource(migrationUrl, appRole, definerRole);
  await dataSource.initialize();
  let applied: string[];
  try {
    await assertDefinerRole(dataSource, definerRole);
    applied = (await dataSource.runMigrations({ transaction: 'each' })).map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
  await migrateQueueSchema(migrationUrl, appRole);
  const operatorRole = operatorRoleOf(appRole);
  const granted = await grantOperatorViews(migrationUrl, operatorRole);
  return { applied, operatorRole: granted ? operatorRole : null };
}

/** The definer role exists, cannot log in, and the owner may hand it functions. */
async function assertDefinerRole(
  dataSource: { query: <T>(sql: string, parameters?: unknown[]) => Promise<T> },
  definerRole: string,
): Promise<void> {
  const rows = await dataSource.query<{ login: boolean; member: boolean }[]>(
    `select r.rolcanlogin as login, pg_has_role(current_user, r.oid, 'MEMBER') as member
       from pg_roles r where r.rolname = $1`,
    [definerRole],
  );
  const role = rows[0];
  if (role && !role.login && role.member) return;
  throw new MigrationRoleError(
    `The migration role needs the NOLOGIN role "${definerRole}" and must be a member of it (it owns the ` +
      'SECURITY DEFINER functions). Provision with `npm start` or scripts/provision-and-migrate.js, or as an admin: ' +
      `CREATE ROLE ${definerRole} NOLOGIN; GRANT ${definerRole} TO ${definerRole.replace(/_definer$/, '')}; ` +
      `GRANT USAGE, CREATE ON SCHEMA public TO ${definerRole}; see docs/operations.md.`,
  );
}
