import { DynamicModule, ForwardReference, Provider, Type } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import {
  AUDIT_ENTITIES,
  AuditModule,
  ConfigModule,
  createLogger,
  DatabaseModule,
  LoggerModule,
  TenantContext,
  TenantDatabase,
} from '@pitlane/core';
import { CryptoModule } from '@pitlane/crypto';
import { GARAGE_ENTITIES } from '@pitlane/garage';
import { IDENTITY_ENTITIES, TenantKeysModule } from '@pitlane/identity';
import { MAIL_ENTITIES, MailModule } from '@pitlane/mail';
import { ObservabilityModule } from '@pitlane/observability';
import { QueueModule } from '@pitlane/queue';
import { REPAIRS_ENTITIES } from '@pitlane/repairs';
import { SCHEDULING_ENTITIES } from '@pitlane/scheduling';
import { ClsModule, ClsService } from 'nestjs-cls';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { testConfig, testDatabase } from '../support/test-config';
import { Actor, TenantFactory } from './tenant-factory';

type Importable = Type<unknown> | DynamicModule | Promise<DynamicModule> | ForwardReference;

export type { Actor, MediumTenant } from './tenant-factory';

export interface MediumContextOptions {
  /** The bounded context(s) under test, e.g. `[GarageModule]`. */
  readonly imports: readonly Importable[];
  /** Extra providers (a test double for a slow edge, a participant to register). */
  readonly providers?: readonly Provider[];
}

/**
 * The medium tier (STYLE.md "Three tiers"): a bounded context's services and repositories booted
 * as a Nest testing module against the real test database, connected as the APPLICATION role
 * (`testDatabase.rlsAppUrl()`: row-level security on, even in the bypass run). No HTTP, no
 * signups, no worker: the infrastructure the API gives every context (config, logger, request
 * context, database, audit, keys, queue producer, mail outbox) plus the modules you name.
 *
 *   const medium = await MediumContext.create({ imports: [GarageModule] });
 *   const a = await medium.tenants.create();             // a workshop with its data key
 *   const clients = medium.get(ClientsService);
 *   await medium.as(a.owner, () => clients.create(a.owner, { firstName: 'Jan', lastName: 'Nowak' }));
 *   await medium.close();
 *
 * Seed with `medium.tenants` (workshops and staff) and with `medium.inTransaction` for rows of
 * your own context, written through the app role under the tenant's RLS.
 */
export class MediumContext {
  readonly tenants: TenantFactory;

  private constructor(readonly module: TestingModule) {
    this.tenants = new TenantFactory(this);
  }

  static async create(options: MediumContextOptions): Promise<MediumContext> {
    const config = testConfig({
      // Always the application role itself: the medium tier tests the services behind RLS.
      DATABASE_URL: testDatabase.rlsAppUrl(),
      QUEUE_NAMESPACE: `medium-${randomBytes(4).toString('hex')}`,
    });
    const module = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(createLogger({ service: 'medium-test', level: 'silent' })),
        ClsModule.forRoot({ global: true }),
        DatabaseModule.forRoot({
          entities: [
            ...IDENTITY_ENTITIES,
            ...GARAGE_ENTITIES,
            ...SCHEDULING_ENTITIES,
            ...REPAIRS_ENTITIES,
            ...MAIL_ENTITIES,
            ...AUDIT_ENTITIES,
          ],
          applicationName: 'pitlane-medium-test',
        }),
        ObservabilityModule,
        AuditModule,
        CryptoModule,
        TenantKeysModule,
        QueueModule,
        MailModule,
        ...options.imports,
      ],
      providers: [...(options.providers ?? [])],
    }).compile();
    await module.init();
    return new MediumContext(module);
  }

  /** A provider of the booted module (a service under test). */
  get<T>(token: Type<T> | string | symbol): T {
    return this.module.get<T>(token, { strict: false });
  }

  /**
   * Runs `work` as `actor` would run in a request: a fresh request context bound to the
   * workshop (and to the staff member, so audit events name them). Services open their own
   * tenant transactions inside it.
   */
  as<T>(actor: Actor, work: () => Promise<T>): Promise<T> {
    const cls = this.get(ClsService);
    return cls.run({ ifNested: 'override' }, () => {
      this.get(TenantContext).enter(actor.tenantId);
      if (actor.userId) cls.set('userId', actor.userId);
      if (actor.role) cls.set('role', actor.role);
      return work();
    });
  }

  /** One tenant transaction as `actor` (the app role, RLS on): for seeding and for looking. */
  inTransaction<T>(actor: Actor, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.as(actor, () => this.get(TenantDatabase).transaction(work));
  }

  async close(): Promise<void> {
    await this.module.close();
  }
}
