import { DataSource, EntitySchema, MixedList } from 'typeorm';
import { MIGRATIONS } from './migrations';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own entity list type
type EntityList = MixedList<Function | string | EntitySchema>;

export interface AppDataSourceOptions {
  readonly url: string;
  readonly poolMax: number;
  readonly entities: EntityList;
  readonly applicationName: string;
}

/** The application's connection: the NOBYPASSRLS role, never `synchronize`. */
export function createAppDataSource(options: AppDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    synchronize: false,
    migrationsRun: false,
    applicationName: options.applicationName,
    extra: { max: options.poolMax },
  });
}

/**
 * The migration owner's connection. `pitlane.app_role` names the application role so that the
 * migrations, plain SQL, can grant it exactly what it needs; `pitlane.definer_role` names the
 * NOLOGIN role that owns the SECURITY DEFINER functions and the cross-tenant read policies.
 */
export function createMigrationDataSource(migrationUrl: string, appRole: string, definerRole: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url: migrationUrl,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    applicationName: 'pitlane-migrate',
    extra: { max: 1, options: `-c pitlane.app_role=${appRole} -c pitlane.definer_role=${definerRole}` },
  });
}
