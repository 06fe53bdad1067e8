import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AppConfig, AUDIT_ENTITIES, AuditModule, ConfigModule, DatabaseModule, LoggerModule } from '@pitlane/core';
import { CryptoModule } from '@pitlane/crypto';
import { GARAGE_ENTITIES, GarageModule } from '@pitlane/garage';
import { MAIL_ENTITIES, MailModule } from '@pitlane/mail';
import { QueueModule } from '@pitlane/queue';
import { MetricsEndpointModule, ObservabilityModule } from '@pitlane/observability';
import { PlatformReadModule } from '@pitlane/platform';
import { AuthGuard, IDENTITY_ENTITIES, IdentityModule, TenantKeysModule } from '@pitlane/identity';
import { REPAIRS_ENTITIES, RepairsModule } from '@pitlane/repairs';
import { SCHEDULING_ENTITIES, SchedulingModule } from '@pitlane/scheduling';
import { SearchModule } from '@pitlane/search';
import type { Logger } from 'pino';
import { AuditEventsController } from './audit/audit-events.controller';
import { MailLogController } from './mail/mail-log.controller';
import { ClientsController } from './garage/clients.controller';
import { VehiclesController } from './garage/vehicles.controller';
import { HealthController } from './health/health.controller';
import { SearchController } from './search/search.controller';
import { AppointmentsController } from './scheduling/appointments.controller';
import { PublicBookingController } from './scheduling/public-booking.controller';
import { ScheduleSettingsController } from './scheduling/schedule-settings.controller';
import { ServicesController } from './scheduling/services.controller';
import { PartsController } from './repairs/parts.controller';
import { RepairOrdersController } from './repairs/repair-orders.controller';
import { EstimatesController } from './repairs/estimates.controller';
import { PublicEstimatesController } from './repairs/public-estimates.controller';
import { InvoicesController } from './repairs/invoices.controller';
import { InvoicingSettingsController } from './repairs/invoicing-settings.controller';
import { OrderInvoiceController } from './repairs/order-invoice.controller';
import { MyClockController } from './repairs/my-clock.controller';
import { OrderMechanicsController } from './repairs/order-mechanics.controller';
import { OrderTimeController } from './repairs/order-time.controller';
import { ReportsController } from './repairs/reports.controller';
import { HealthService } from './health/health.service';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { RateLimitGuard } from './http/rate-limit/rate-limit.guard';
import { RateLimiter } from './http/rate-limit/rate-limiter.service';
import { RequestDrain } from './http/request-drain';
import { requestContextModule } from './http/request-context';
import { createValidationPipe } from './http/validation.pipe';
import { AuthController } from './identity/auth.controller';
import { BrowserSessionController } from './identity/browser-session.controller';
import { EmailChangeController } from './identity/email-change.controller';
import { EmailVerificationController } from './identity/email-verification.controller';
import { InvitationsController } from './identity/invitations.controller';
import { MeController } from './identity/me.controller';
import { MfaController } from './identity/mfa.controller';
import { MySessionsController } from './identity/my-sessions.controller';
import { PasswordResetController } from './identity/password-reset.controller';
import { SecuritySettingsController } from './identity/security-settings.controller';
import { StaffController } from './identity/staff.controller';
import { WorkshopProfileController } from './identity/workshop-profile.controller';
import { WorkshopSwitchController } from './identity/workshop-switch.controller';
import { OperatorAuditController } from './operator/operator-audit.controller';
import { OperatorAuthController } from './operator/operator-auth.controller';
import { OperatorMeController } from './operator/operator-me.controller';
import { OperatorPlatformController } from './operator/operator-platform.controller';
import { OperatorTenantsController } from './operator/operator-tenants.controller';

export interface ApiModuleOptions {
  readonly config: AppConfig;
  readonly logger: Logger;
  /** See `DatabaseModuleOptions.databaseRoleCheck`: only the test harness passes `false`. */
  readonly databaseRoleCheck?: boolean;
  /** A process of an API cluster: its primary serves the metrics port (cluster-metrics.ts). */
  readonly clusterWorker?: boolean;
}

@Module({})
export class ApiModule {
  static register(options: ApiModuleOptions): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(options.config),
        LoggerModule.forRoot(options.logger),
        // Entered per request by a Fastify hook (request-context.ts), with Fastify's request id.
        requestContextModule(),
        DatabaseModule.forRoot({
          entities: [
            ...IDENTITY_ENTITIES,
            ...GARAGE_ENTITIES,
            ...SCHEDULING_ENTITIES,
            ...REPAIRS_ENTITIES,
            ...MAIL_ENTITIES,
            ...AUDIT_ENTITIES,
          ],
          applicationName: 'pitlane-api',
          databaseRoleCheck: options.databaseRoleCheck,
        }),
        ObservabilityModule,
        MetricsEndpointModule.register({
          host: options.config.metrics.host,
          port: options.config.metrics.apiPort,
          reportToClusterPrimary: options.clusterWorker,
        }),
        AuditModule,
        CryptoModule,
        TenantKeysModule,
        QueueModule,
        MailModule,
        IdentityModule,
        GarageModule,
        SearchModule,
        SchedulingModule,
        RepairsModule,
        // The operator read model (its own pool as the operator role, when OPERATOR_DATABASE_URL is set).
        PlatformReadModule,
      ],
      controllers: [
        AuthController,
        BrowserSessionController,
        WorkshopSwitchController,
        MySessionsController,
        PasswordResetController,
        EmailVerificationController,
        EmailChangeController,
        MeController,
        MfaController,
        StaffController,
        InvitationsController,
        SecuritySettingsController,
        WorkshopProfileController,
        ClientsController,
        VehiclesController,
        SearchController,
        ScheduleSettingsController,
        ServicesController,
        AppointmentsController,
        PublicBookingController,
        RepairOrdersController,
        EstimatesController,
        PublicEstimatesController,
        OrderInvoiceController,
        InvoicesController,
        InvoicingSettingsController,
        OrderMechanicsController,
        OrderTimeController,
        MyClockController,
        PartsController,
        ReportsController,
        AuditEventsController,
        MailLogController,
        OperatorAuthController,
        OperatorMeController,
        OperatorAuditController,
        OperatorTenantsController,
        OperatorPlatformController,
        HealthController,
      ],
      providers: [
        HealthService,
        RateLimiter,
        RequestDrain,
        // Order matters: attempts are counted before authentication is even tried.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useExisting: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
