import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { TenantContext } from '../context/tenant-context';
import { createAppDataSource, AppDataSourceOptions } from './data-source';
import { assertSafeDatabaseRole } from './database-role-check';
import { DatabaseNotifications } from './database-notifications';
import { SystemDatabase } from './system-database';
import { TenantDatabase } from './tenant-database';

export interface DatabaseModuleOptions {
  readonly entities: AppDataSourceOptions['entities'];
  /** Shown in pg_stat_activity: which process holds a connection. */
  readonly applicationName: string;
  /**
   * Refuse to start when the connected role is not held by row-level security (see
   * database-role-check.ts). On unless `false`, which only the test harness passes, for its run
   * through an RLS-bypassing role; no environment variable or configuration key reaches it.
   */
  readonly databaseRoleCheck?: boolean;
}

@Injectable()
class DataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: DataSource,
          inject: [AppConfig],
          useFactory: async (config: AppConfig) => {
            const dataSource = createAppDataSource({
              url: config.database.url,
              poolMax: config.database.poolMax,
              entities: options.entities,
              applicationName: options.applicationName,
            });
            await dataSource.initialize();
            if (options.databaseRoleCheck !== false) {
              try {
                await assertSafeDatabaseRole(dataSource);
              } catch (error) {
                await dataSource.destroy();
                throw error;
              }
            }
            return dataSource;
          },
        },
        DataSourceCloser,
        DatabaseNotifications,
        TenantContext,
        TenantDatabase,
        SystemDatabase,
      ],
      exports: [DataSource, DatabaseNotifications, TenantContext, TenantDatabase, SystemDatabase],
    };
  }
}
