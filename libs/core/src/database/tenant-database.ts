import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { DataSource, EntityManager } from 'typeorm';
import { ActiveTransaction } from '../context/request-context';
import { TenantContext } from '../context/tenant-context';

/**
 * The only way to reach tenant tables. Every transaction starts with
 * `select set_config('app.tenant_id', $1, true)`: transaction-local, so a pooled connection
 * never carries one tenant's setting into another's work, and Postgres row-level security
 * does the filtering. Nested calls in the same async context join the open transaction.
 */
@Injectable()
export class TenantDatabase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cls: ClsService,
    private readonly tenantContext: TenantContext,
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
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
      return this.cls.run({ ifNested: 'inherit' }, () => {
        this.cls.set('transaction', { tenantId, manager });
        return work(manager);
      });
    });
  }
}
