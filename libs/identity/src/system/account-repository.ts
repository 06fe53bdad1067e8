import { Injectable } from '@nestjs/common';
import type { EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { AccountTransactions } from './account-transactions';

/**
 * The base of the repositories of global account tables (no `tenant_id`): they take the
 * EntityManager of the transaction open in the ambient context (`AccountTransactions`), and
 * every statement names the person (`user_id`) or the token it is about, never a scan.
 */
@Injectable()
export abstract class AccountRepository {
  constructor(protected readonly transactions: AccountTransactions) {}

  protected get manager(): EntityManager {
    return this.transactions.manager();
  }

  protected repository<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(entity);
  }
}
