import { Injectable } from '@nestjs/common';
import { TenantRepository } from '@pitlane/core';

/**
 * The open transaction's workshop's search dictionary (`search_words`): the words its documents
 * are matched through. Document writes fill it and mark the workshop when they remove a word
 * (triggers, migration 1795450000000); only the prune takes words out.
 */
@Injectable()
export class SearchWordRepository extends TenantRepository {
  /**
   * Waits for the workshop's document writers in flight and keeps new ones out until the
   * transaction ends (they take this lock shared). Take it before reading the documents, so the
   * read sees every word a writer may have found already present. The id is cast to the uuid's
   * own text, as the triggers hash it.
   */
  async lockOutWriters(): Promise<void> {
    await this.manager.query(`select pg_advisory_xact_lock(hashtext('search_words'), hashtext($1::uuid::text))`, [
      this.tenantId,
    ]);
  }

  /** Deletes the words no document of the workshop holds, and its mark; returns how many words. */
  async deleteUnused(): Promise<number> {
    const [, deleted] = await this.manager.query<[unknown, number]>(
      `with unused as (
         select w.word from search_words w where w.tenant_id = $1
         except
         select unnest(d.words) from search_documents d where d.tenant_id = $1
       )
       delete from search_words w using unused u where w.tenant_id = $1 and w.word = u.word`,
      [this.tenantId],
    );
    await this.manager.query('delete from search_words_stale where tenant_id = $1', [this.tenantId]);
    return deleted;
  }
}
