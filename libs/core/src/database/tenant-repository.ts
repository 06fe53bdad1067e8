import { Injectable } from '@nestjs/common';
import type { EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { columnOf, findByTenantKey, queryPrepared, selectPrepared } from './prepared-statements';
import { TenantDatabase } from './tenant-database';

/**
 * The base of every aggregate's repository, the only place with SQL for its tables. It reads the
 * tenant and the EntityManager from the tenant transaction open in the ambient context
 * (`TenantDatabase.current`), and every statement it writes names `tenant_id` itself: row-level
 * security is the second wall, not the only one (docs/tenancy.md). Called outside a tenant
 * transaction it throws instead of reading nothing or everything.
 */
@Injectable()
export abstract class TenantRepository {
  constructor(protected readonly db: TenantDatabase) {}

  /** The tenant of the open transaction: bind it into every statement. */
  protected get tenantId(): string {
    return this.db.current(this.constructor.name).tenantId;
  }

  /** The open transaction's EntityManager. */
  protected get manager(): EntityManager {
    return this.db.current(this.constructor.name).manager;
  }

  /** TypeORM's repository for `entity` inside the open transaction. */
  protected repository<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(entity);
  }

  /**
   * The row of `entity` with this id in the open transaction's workshop, or null: what
   * `findOne({ where: { tenantId, id } })` returns, by a statement prepared once per connection
   * (see prepared-statements.ts). `forUpdate` locks the row as a pessimistic write lock would.
   */
  protected findOwned<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    id: string,
    options: { forUpdate?: boolean } = {},
  ): Promise<T | null> {
    return findByTenantKey(this.manager, entity, this.tenantId, id, options);
  }

  /**
   * Rows of `entity` by a hand-written statement prepared once per connection, for reads sent on
   * most requests: `text` gets the column list to select and must bind `tenant_id` itself.
   */
  protected selectPrepared<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    text: (columns: string) => string,
    values: readonly unknown[],
  ): Promise<T[]> {
    return selectPrepared(this.manager, entity, text, values);
  }

  /** A hot read that is not an entity's rows, prepared once per connection. */
  protected queryPrepared<R extends object>(text: string, values: readonly unknown[]): Promise<R[]> {
    return queryPrepared<R>(this.manager, text, values);
  }

  /** The column an entity property is stored in, quoted, for a hand-written ORDER BY. */
  protected columnOf(entity: EntityTarget<ObjectLiteral>, property: string): string {
    return columnOf(this.manager, entity, property);
  }
}
