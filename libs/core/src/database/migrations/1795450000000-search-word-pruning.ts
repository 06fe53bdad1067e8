import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantExecuteToApp, grantToApp, ownedByDefiner, ownerReadPolicy, tenantIsolation } from './tenant-table.sql';

/** The writers' lock on a workshop's dictionary; the worker's prune takes the same key exclusively. */
const DICTIONARY_LOCK = `hashtext('search_words'), hashtext(w.tenant_id::text)`;

/** Shared, per workshop the statement wrote, in workshop order (two writers never deadlock). */
const LOCK_WRITTEN_WORKSHOPS = (table: string) => `
  perform pg_advisory_xact_lock_shared(${DICTIONARY_LOCK})
    from (select distinct d.tenant_id from ${table} d order by 1) w;`;

const ADD_WORDS_OF_WRITTEN = `
  insert into search_words (tenant_id, word)
  select distinct d.tenant_id, w from written d cross join unnest(d.words) w
  order by 1, 2
  on conflict do nothing;`;

/**
 * Lets the worker prune each workshop's search dictionary (`search_words`, migration
 * 1795440000000), which only grew: a deleted or rewritten document left its old words behind.
 *
 * Which workshops to visit: a document deleted, or rewritten without some word it had, marks its
 * workshop in `search_words_stale` (statement triggers; one upsert per statement that removes a
 * word, none for the relay's rewrites that keep every word). The prune visits only marked
 * workshops, so a daily run costs nothing where nothing was removed. Every workshop that has a
 * dictionary now is marked once, for what accumulated before.
 *
 * Why the writers lock: a prune deletes the words no document of the workshop holds. Alone it
 * would race a writer: a document written with a word the prune is about to delete finds the word
 * present (its trigger's `on conflict do nothing` neither inserts nor locks it), the prune, whose
 * snapshot does not see that uncommitted document, deletes the word, and the committed document
 * is then unfindable by it. So every statement writing documents takes a shared advisory lock per
 * workshop it wrote (writers never wait for each other), and the prune takes it exclusively before
 * it reads: it waits for the writers in flight and sees their documents, and a writer that comes
 * after waits for it and puts its words back. The key is `(hashtext('search_words'),
 * hashtext(tenant id))`, as libs/search/src/postgres/search-word.repository.ts takes it.
 *
 * No foreign key from the marks to `tenants`: a workshop's deletion cascades to its documents,
 * whose trigger would then mark a workshop that is going away. A mark outliving its workshop is
 * visited once, finds no words, and is removed.
 */
export class SearchWordPruning1795450000000 implements MigrationInterface {
  name = 'SearchWordPruning1795450000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `create table search_words_stale (
        tenant_id uuid primary key,
        marked_at timestamptz not null default now()
      )`,
      ...tenantIsolation('search_words_stale'),
      ...ownerReadPolicy('search_words_stale'),
      grantToApp('search_words_stale', 'select, insert, delete'),
      `create or replace function search_words_add() returns trigger
        language plpgsql set search_path = pg_catalog, public, pg_temp
        as $$
        begin
          ${LOCK_WRITTEN_WORKSHOPS('written')}
          ${ADD_WORDS_OF_WRITTEN}
          return null;
        end
        $$`,
      // Runs as the writer, under the writer's row-level security, like search_words_add.
      `create function search_words_rewritten() returns trigger
        language plpgsql set search_path = pg_catalog, public, pg_temp
        as $$
        begin
          ${LOCK_WRITTEN_WORKSHOPS('written')}
          ${ADD_WORDS_OF_WRITTEN}
          insert into search_words_stale (tenant_id)
          select distinct o.tenant_id from replaced o
          join written n on n.tenant_id = o.tenant_id and n.entity_type = o.entity_type and n.entity_id = o.entity_id
          where not (n.words @> o.words)
          order by 1
          on conflict do nothing;
          return null;
        end
        $$`,
      `create function search_words_removed() returns trigger
        language plpgsql set search_path = pg_catalog, public, pg_temp
        as $$
        begin
          ${LOCK_WRITTEN_WORKSHOPS('removed')}
          insert into search_words_stale (tenant_id)
          select distinct d.tenant_id from removed d order by 1
          on conflict do nothing;
          return null;
        end
        $$`,
      'drop trigger search_documents_words_updated on search_documents',
      `create trigger search_documents_words_updated after update on search_documents
        referencing old table as replaced new table as written
        for each statement execute function search_words_rewritten()`,
      `create trigger search_documents_words_deleted after delete on search_documents
        referencing old table as removed for each statement execute function search_words_removed()`,
      // The prune's list across workshops: ids only, the longest waiting first.
      `create function search_words_stale_tenants(p_limit integer)
        returns table (tenant_id uuid)
        language sql stable security definer
        as $$
          select s.tenant_id from search_words_stale s order by s.marked_at, s.tenant_id limit p_limit
        $$`,
      ...ownedByDefiner('search_words_stale_tenants(integer)'),
      ...grantExecuteToApp('search_words_stale_tenants(integer)'),
      // What accumulated before: every workshop with a dictionary, once, workshop by workshop (the
      // policy checks each), as 1795440000000 filled the dictionary.
      `do $$
        declare
          workshop uuid;
        begin
          for workshop in select distinct tenant_id from search_words loop
            perform set_config('app.tenant_id', workshop::text, true);
            insert into search_words_stale (tenant_id) values (workshop) on conflict do nothing;
          end loop;
          perform set_config('app.tenant_id', '', true);
        end $$`,
    ];
    for (const statement of statements) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    const statements = [
      'drop function if exists search_words_stale_tenants(integer)',
      'drop trigger if exists search_documents_words_deleted on search_documents',
      'drop trigger if exists search_documents_words_updated on search_documents',
      `create trigger search_documents_words_updated after update on search_documents
        referencing new table as written for each statement execute function search_words_add()`,
      'drop function if exists search_words_removed()',
      'drop function if exists search_words_rewritten()',
      `create or replace function search_words_add() returns trigger
        language plpgsql set search_path = pg_catalog, public, pg_temp
        as $$
        begin
          ${ADD_WORDS_OF_WRITTEN}
          return null;
        end
        $$`,
      'drop table if exists search_words_stale',
    ];
    for (const statement of statements) await db.query(statement);
  }
}
