import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule, DatabaseModule, LoggerModule } from '@pitlane/core';
import { CryptoModule } from '@pitlane/crypto';
import { IDENTITY_ENTITIES } from '@pitlane/identity';
import { ClsModule } from 'nestjs-cls';
import type { Logger } from 'pino';
import { Heartbeat } from './heartbeat';

export interface WorkerModuleOptions {
  readonly config: AppConfig;
  readonly logger: Logger;
}

/**
 * The background process: queue processors, the search outbox relay and schedulers join here
 * as their issues land. Each job restores its tenant through `TenantContext.run`.
 */
@Module({})
export class WorkerModule {
  static register(options: WorkerModuleOptions): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(options.config),
        LoggerModule.forRoot(options.logger),
        ClsModule.forRoot({ global: true }),
        DatabaseModule.forRoot({ entities: [...IDENTITY_ENTITIES], applicationName: 'pitlane-worker' }),
        CryptoModule,
      ],
      providers: [Heartbeat],
    };
  }
}
