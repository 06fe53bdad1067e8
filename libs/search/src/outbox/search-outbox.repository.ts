import { Injectable } from '@nestjs/common';
import { TenantRepository } from '@pitlane/core';
import { SearchableType } from '@pitlane/garage';

export interface OutboxRow {
  id: string;
  entity_type: SearchableType;
  entity_id: string;
  version: string;
  deleted: boolean;
  age_seconds: number;
}

/**
 * One workshop's search outbox. Every statement binds the tenant of the open transaction: a
 * relay claiming rows must never pick up another workshop's changes and write them under this
 * one's name, whatever the connection's row-level security does.
 */
@Injectable()
export class SearchOutboxRepository extends TenantRepository {
  /** Keeps other relays off this workshop until the transaction ends; false when one holds it. */
  async tryLock(): Promise<boolean> {
    const [lock] = await this.manager.query<{ locked: boolean }[]>(
      `select pg_try_advisory_xact_lock(hashtext('search_outbox'), hashtext($1)) as locked`,
      [this.tenantId],
    );
    return lock?.locked === true;
  }

  /** The oldest rows, locked; rows another transaction holds are skipped. */
  claim(limit: number): Promise<OutboxRow[]> {
    return this.manager.query<OutboxRow[]>(
      `select id, entity_type, entity_id, version, deleted,
         extract(epoch from clock_timestamp() - created_at)::float8 as age_seconds
       from search_outbox where tenant_id = $1 order by id limit $2 for update skip locked`,
      [this.tenantId, limit],
    );
  }

  async remove(ids: readonly string[]): Promise<void> {
    await this.manager.query('delete from search_outbox where tenant_id = $1 and id = any ($2::bigint[])', [
      this.tenantId,
      ids,
    ]);
  }
}
