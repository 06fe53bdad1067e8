import { Inject, Injectable, Optional } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { DataSource, EntityManager } from 'typeorm';
import { ActiveTransaction, OpeningCheck } from '../context/request-context';
import { MissingTenantContextError } from '../context/missing-tenant-context.error';
import { TenantContext } from '../context/tenant-context';
import { runTenantTransaction } from './tenant-transaction';
import { LOGGER } from '../logging/logger.module';
import type { Logger } from 'pino';

/**
 * The only way to reach tenant tables. Every transaction starts with
 * `select set_config('app.tenant_id', …, true)`, sent with its `start transaction` in one round
 * trip (tenant-transaction.ts): transaction-local, so a pooled connection never carries one
 * tenant's setting into another's work, and Postgres row-level security does the filtering.
 * Nested calls in the same async context join the open transaction.
 */
@Injectable()
export class TenantDatabase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cls: ClsService,
    private readonly tenantContext: TenantContext,
    @Optional() @Inject(LOGGER) private readonly logger?: Logger,
  ) {}

  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const tenantId = this.tenantContext.requireTenantId('a tenant transaction');
    const active = this.cls.get<ActiveTransaction | undefined>('transaction');
    if (active) {
      if (active.tenantId !== tenantId) {
        throw new Error('A transaction cannot span two tenants');
      }
      return work(active.manager);
    }
    const afterCommit: (() => Promise<void>)[] = [];
    const check = this.takeOpeningCheck(tenantId);
    const result = await runTenantTransaction(
      this.dataSource,
      tenantId,
      (manager) => {
        return this.cls.run({ ifNested: 'inherit' }, () => {
          this.cls.set('transaction', { tenantId, manager, afterCommit });
          return work(manager);
        });
      },
      check,
    );
    for (const task of afterCommit) {
      // The write is committed; a follow-up that fails (a queue briefly down) must not turn it
      // into an error. Whoever registers one has a way to catch up (mail: the outbox sweep).
      await task().catch((error: unknown) => this.logger?.error({ err: error }, 'after-commit task failed'));
    }
    return result;
  }

  /**
   * Leaves a check for the first tenant transaction of this request to make as it opens (the
   * guard's session check, when it admitted the session from its cache). One per request;
   * `undefined` withdraws it.
   */
  checkOnOpen(check: OpeningCheck | undefined): void {
    this.cls.set('openingCheck', check);
  }

  /** The request's opening check, once: later transactions of the request do not repeat it. */
  private takeOpeningCheck(tenantId: string): OpeningCheck | undefined {
    if (!this.cls.isActive()) return undefined;
    const check = this.cls.get<OpeningCheck | undefined>('openingCheck');
    if (!check || check.tenantId !== tenantId) return undefined;
    this.cls.set('openingCheck', undefined);
    return check;
  }

  /**
   * The tenant transaction open in this async context: repositories take their tenant and their
   * EntityManager from here, so services never thread a manager through their signatures. Outside
   * a transaction it throws: tenant tables are reachable only inside one.
   */
  current(operation = 'a tenant query'): ActiveTransaction {
    const active = this.cls.isActive() ? this.cls.get<ActiveTransaction | undefined>('transaction') : undefined;
    if (!active) throw new MissingTenantContextError(`${operation} (no tenant transaction is open)`);
    const tenantId = this.tenantContext.requireTenantId(operation);
    if (active.tenantId !== tenantId) throw new Error('The open transaction belongs to another tenant');
    return active;
  }

  /**
   * Runs `task` after the surrounding tenant transaction commits, so a job is never enqueued
   * for data a rollback took back. Outside a transaction it runs at once.
   */
  async afterCommit(task: () => Promise<void>): Promise<void> {
    const active = this.cls.isActive() ? this.cls.get<ActiveTransaction | undefined>('transaction') : undefined;
    if (active) active.afterCommit.push(task);
    else await task();
  }
}
