import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Transactions with no tenant at all, for the few cross-tenant paths (signup, login, token
 * refresh) that the identity system module owns. Row-level security still applies: with no
 * tenant set, every tenant table reads as empty, so these paths can only reach global tables
 * (users) and the narrow SECURITY DEFINER functions the migrations define.
 */
@Injectable()
export class SystemDatabase {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`select set_config('app.tenant_id', '', true)`);
      return work(manager);
    });
  }
}
