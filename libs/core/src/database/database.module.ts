import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { TenantContext } from '../context/tenant-context';
import { createAppDataSource, AppDataSourceOptions } from './data-source';
import { SystemDatabase } from './system-database';
import { TenantDatabase } from './tenant-database';

export interface DatabaseModuleOptions {
  readonly entities: AppDataSourceOptions['entities'];
  /** Shown in pg_stat_activity: which process holds a connection. */
  readonly applicationName: string;
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
            return dataSource.initialize();
          },
        },
        DataSourceCloser,
        TenantContext,
        TenantDatabase,
        SystemDatabase,
      ],
      exports: [DataSource, TenantContext, TenantDatabase, SystemDatabase],
    };
  }
}
