import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, AUDIT_ENTITIES, AuditModule, ConfigModule, DatabaseModule, LoggerModule } from '@pitlane/core';
import { CryptoModule } from '@pitlane/crypto';
import { GARAGE_ENTITIES } from '@pitlane/garage';
import { IDENTITY_ENTITIES, TenantKeysModule } from '@pitlane/identity';
import { MAIL_ENTITIES, MailDeliveryModule, MailModule } from '@pitlane/mail';
import { JobWorkerModule, QueueModule } from '@pitlane/queue';
import { MetricsEndpointModule, ObservabilityModule } from '@pitlane/observability';
import { UsageRollupModule } from '@pitlane/platform';
import { SCHEDULING_ENTITIES, SchedulingRemindersModule } from '@pitlane/scheduling';
import { SearchSyncModule } from '@pitlane/search';
import { ClsModule } from 'nestjs-cls';
import type { Logger } from 'pino';
import { Heartbeat } from './heartbeat';
import { SearchRelay } from './search/search-relay';

export interface WorkerModuleOptions {
  readonly config: AppConfig;
  readonly logger: Logger;
  /** See `DatabaseModuleOptions.databaseRoleCheck`: only the test harness passes `false`. */
  readonly databaseRoleCheck?: boolean;
}

/**
 * The background process: the job workers (mail; the platform's usage rollup, every 10 minutes)
 * and the sweeps that keep outboxes drained. Each job runs in its tenant's context.
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
        DatabaseModule.forRoot({
          entities: [
            ...IDENTITY_ENTITIES,
            ...GARAGE_ENTITIES,
            ...SCHEDULING_ENTITIES,
            ...MAIL_ENTITIES,
            ...AUDIT_ENTITIES,
          ],
          applicationName: 'pitlane-worker',
          databaseRoleCheck: options.databaseRoleCheck,
        }),
        ObservabilityModule,
        MetricsEndpointModule.register({ host: options.config.metrics.host, port: options.config.metrics.workerPort }),
        AuditModule,
        CryptoModule,
        TenantKeysModule,
        QueueModule,
        MailModule,
        MailDeliveryModule,
        JobWorkerModule,
        SearchSyncModule,
        SchedulingRemindersModule,
        UsageRollupModule,
      ],
      providers: [Heartbeat, SearchRelay],
    };
  }
}
