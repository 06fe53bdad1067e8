import { Injectable } from '@nestjs/common';
import { ActiveTransaction, SystemDatabase } from '@pitlane/core';
import { ClsService } from 'nestjs-cls';
import { EntityManager } from 'typeorm';

const SYSTEM_TRANSACTION = 'identity.systemTransaction';

/**
 * Transactions for the global account tables (`users`, two-step verification, mailed tokens and
 * codes): no tenant, no row-level security, every statement bound to one person. Work joins the
 * transaction already open in the ambient context, a workshop's (so a mail and the change it
 * reports commit together) or a system one; otherwise a system transaction is opened, which can
 * reach no tenant table. Repositories take their EntityManager from here, so services never
 * thread one through their signatures.
 */
@Injectable()
export class AccountTransactions {
  constructor(
    private readonly system: SystemDatabase,
    private readonly cls: ClsService,
  ) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.open()) return work();
    return this.system.transaction((manager) =>
      this.cls.run({ ifNested: 'inherit' }, () => {
        this.cls.set(SYSTEM_TRANSACTION, manager);
        return work();
      }),
    );
  }

  /** The open transaction's EntityManager; outside one it throws rather than autocommit. */
  manager(): EntityManager {
    const manager = this.open();
    if (!manager) throw new Error('Account tables are reached only inside a transaction (AccountTransactions.run)');
    return manager;
  }

  private open(): EntityManager | undefined {
    if (!this.cls.isActive()) return undefined;
    // A workshop's transaction opened inside a system one is the innermost: it wins.
    return (
      this.cls.get<ActiveTransaction | undefined>('transaction')?.manager ??
      this.cls.get<EntityManager | undefined>(SYSTEM_TRANSACTION)
    );
  }
}
