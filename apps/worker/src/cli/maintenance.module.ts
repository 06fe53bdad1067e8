import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule, DatabaseModule, LoggerModule } from '@pitlane/core';
import { CryptoModule } from '@pitlane/crypto';
import { IDENTITY_ENTITIES, IdentityModule, TenantKeysModule } from '@pitlane/identity';
import { ClsModule } from 'nestjs-cls';
import type { Logger } from 'pino';

/** What one-off operator commands (key rotation) need: database, keys, identity. No HTTP, no jobs. */
@Module({})
export class MaintenanceModule {
  static register(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: MaintenanceModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(logger),
        ClsModule.forRoot({ global: true }),
        DatabaseModule.forRoot({ entities: [...IDENTITY_ENTITIES], applicationName: 'pitlane-maintenance' }),
        CryptoModule,
        TenantKeysModule,
        IdentityModule,
      ],
    };
  }
}
