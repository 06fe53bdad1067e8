import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, AUDIT_ENTITIES, AuditModule, ConfigModule, DatabaseModule, LoggerModule } from '@pitlane/core';
import { CryptoModule } from '@pitlane/crypto';
import { GARAGE_ENTITIES } from '@pitlane/garage';
import { IDENTITY_ENTITIES, IdentityModule, TenantKeysModule } from '@pitlane/identity';
import { MAIL_ENTITIES, MailModule } from '@pitlane/mail';
import { ObservabilityModule } from '@pitlane/observability';
import { QueueModule } from '@pitlane/queue';
import { SearchSyncModule } from '@pitlane/search';
import { ClsModule } from 'nestjs-cls';
import type { Logger } from 'pino';

/**
 * What one-off operator commands (key rotation, reindex) need: database, keys, identity, search.
 * No HTTP and no job workers; the queue producer, mail outbox and audit trail are there because identity's
 * services ask for account mails and audit invitations (queues connect only when used).
 */
@Module({})
export class MaintenanceModule {
  static register(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: MaintenanceModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(logger),
        ClsModule.forRoot({ global: true }),
        DatabaseModule.forRoot({
          entities: [...IDENTITY_ENTITIES, ...GARAGE_ENTITIES, ...MAIL_ENTITIES, ...AUDIT_ENTITIES],
          applicationName: 'pitlane-maintenance',
        }),
        ObservabilityModule,
        AuditModule,
        CryptoModule,
        TenantKeysModule,
        QueueModule,
        MailModule,
        IdentityModule,
        SearchSyncModule,
      ],
    };
  }
}
