import { MigrationInterface, QueryRunner } from 'typeorm';
import { CURRENT_TENANT, grantExecuteToApp, grantToApp, ownerReadPolicy, tenantIsolation } from './tenant-table.sql';

/**
 * Search: the outbox that mirrors clients and vehicles into the search index, and the
 * projection the Postgres adapter searches.
 *
 * - Every change to a client or vehicle takes a fresh `search_version` from one sequence in a
 *   BEFORE trigger, which runs after the row is locked: per row, versions grow in commit order,
 *   so they serve as Elasticsearch external versions and as the projection's "newer wins" guard.
 * - The outbox rows are written by triggers, in the writing transaction, so no write path (a
 *   service, GDPR erasure, a future bulk import) can forget them. A client whose name, phone
 *   or e-mail changes bumps its vehicles' versions too: their documents carry the owner.
 * - The projection keeps folded text (lower case, `unaccent`) under a trigram GIN index whose
 *   first column is the tenant (btree_gin). Under row-level security the planner may not use
 *   an index for a non-leakproof operator such as pg_trgm's `<%`, so the application searches
 *   through `search_documents_find`, a SECURITY DEFINER function that applies the tenant filter
 *   itself from the same transaction-local setting the policy reads.
 */
/** pg_trgm's `<%`: how much of a query word must appear in a document; 0.4 lets a swapped pair of letters through ("voklswagen" ~ "volkswagen" is 0.47). */
const WORD_SIMILARITY_THRESHOLD = 0.4;

/** The query's longest word: the one the trigram index narrows the candidates by. */
const LONGEST_TOKEN = `(select t from unnest(p_tokens) t order by char_length(t) desc limit 1)`;

/**
 * The fuzzy search statement. $1 tenant, $2 folded text, $3 folded words, $4 plate prefix,
 * $5 reversed phone digits, $6 types, $7 limit, $8 the longest word. Candidates come from the
 * indexes (plate prefix, phone suffix, or the longest word by trigrams); of those, every word
 * must match (as a substring or by trigrams), or the plate or phone must; ranked by plate, phone,
 * word similarity and a prefix bonus. The words hold only letters and digits (the parser drops
 * everything else), so they carry no LIKE wildcards.
 */
const FIND_SQL = `
  with candidates as (
    select d.entity_type, d.entity_id, d.folded, d.plate_key, d.phone_reversed
    from search_documents d
    where d.tenant_id = $1
      and d.entity_type = any ($6)
      and (($4 <> '' and d.tenant_id = $1 and d.plate_key like $4 || '%')
        or ($5 <> '' and d.tenant_id = $1 and d.phone_reversed like $5 || '%')
        or ($8 is not null and d.tenant_id = $1 and $8 <% d.folded))
  )
  select c.entity_type, c.entity_id,
    (case when $4 <> '' and c.plate_key = $4 then 3
          when $4 <> '' and c.plate_key like $4 || '%' then 2
          else 0 end
     + case when $5 <> '' and c.phone_reversed like $5 || '%' then 2 else 0 end
     + w.mean
     + case when c.folded like $2 || '%' or strpos(c.folded, ' ' || $2) > 0 then 0.5 else 0 end
    )::real as score
  from candidates c
  -- Each word's match, computed once: a substring counts as a perfect match (and is cheap);
  -- otherwise pg_trgm's word similarity, the expensive part, only for candidates.
  cross join lateral (
    select avg(s) as mean, min(s) as worst
    from (select case when strpos(c.folded, t) > 0 then 1 else word_similarity(t, c.folded) end as s
          from unnest($3) t) words
  ) w
  where ($4 <> '' and c.plate_key like $4 || '%')
     or ($5 <> '' and c.phone_reversed like $5 || '%')
     or w.worst >= ${WORD_SIMILARITY_THRESHOLD}
  order by score desc, c.entity_id
  limit $7`;

function dollarQuoted(sql: string): string {
  return `$find$${sql}$find$`;
}

export class Search1795280000000 implements MigrationInterface {
  name = 'Search1795280000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      // Trusted extensions: the database owner (our migration role) may create them.
      `create extension if not exists pg_trgm`,
      `create extension if not exists unaccent`,
      `create extension if not exists btree_gin`,

      `create sequence search_version_seq`,
      // select: a rebuild reads last_value to tell its own writes from the relay's.
      grantToApp('sequence search_version_seq', 'usage, select'),
      `alter table clients add column search_version bigint not null default nextval('search_version_seq')`,
      `alter table vehicles add column search_version bigint not null default nextval('search_version_seq')`,

      // No foreign key to tenants: a workshop's removal cascades into clients and vehicles, and
      // their delete rows must still reach the index.
      `create table search_outbox (
        tenant_id uuid not null,
        id bigint generated always as identity,
        entity_type text not null check (entity_type in ('client', 'vehicle')),
        entity_id uuid not null,
        version bigint not null,
        deleted boolean not null default false,
        created_at timestamptz not null default clock_timestamp(),
        primary key (tenant_id, id)
      )`,
      `create index search_outbox_pending_idx on search_outbox (created_at)`,
      ...tenantIsolation('search_outbox'),
      ownerReadPolicy('search_outbox'),
      // update: FOR UPDATE SKIP LOCKED needs it; the relay never changes a row, only deletes it.
      grantToApp('search_outbox', 'select, insert, update, delete'),

      // The tenant comes from the row itself: a trigger runs as the writer, under the writer's RLS.
      `create function search_outbox_record() returns trigger
        language plpgsql set search_path = pg_catalog, public
        as $$
        begin
          if tg_op = 'DELETE' then
            insert into search_outbox (tenant_id, entity_type, entity_id, version, deleted)
            values (old.tenant_id, tg_argv[0], old.id, nextval('search_version_seq'), true);
            perform pg_notify('search_outbox', '');
            return old;
          end if;
          insert into search_outbox (tenant_id, entity_type, entity_id, version)
          values (new.tenant_id, tg_argv[0], new.id, new.search_version);
          perform pg_notify('search_outbox', '');
          return new;
        end
        $$`,
      `create function search_version_bump() returns trigger
        language plpgsql set search_path = pg_catalog, public
        as $$
        begin
          new.search_version := nextval('search_version_seq');
          return new;
        end
        $$`,
      `create trigger clients_search_version before insert or update on clients
        for each row execute function search_version_bump()`,
      `create trigger vehicles_search_version before insert or update on vehicles
        for each row execute function search_version_bump()`,
      `create trigger clients_search_outbox after insert or update or delete on clients
        for each row execute function search_outbox_record('client')`,
      `create trigger vehicles_search_outbox after insert or update or delete on vehicles
        for each row execute function search_outbox_record('vehicle')`,
      // A vehicle's document names its owner: re-index the owner's vehicles when that changes.
      `create function search_owner_changed() returns trigger
        language plpgsql set search_path = pg_catalog, public
        as $$
        begin
          update vehicles set search_version = search_version
          where tenant_id = new.tenant_id and client_id = new.id;
          return new;
        end
        $$`,
      `create trigger clients_search_owner_changed after update on clients
        for each row
        when (old.first_name is distinct from new.first_name or old.last_name is distinct from new.last_name
              or old.phone is distinct from new.phone or old.email is distinct from new.email)
        execute function search_owner_changed()`,

      `create table search_documents (
        tenant_id uuid not null references tenants (id) on delete cascade,
        entity_type text not null check (entity_type in ('client', 'vehicle')),
        entity_id uuid not null,
        version bigint not null,
        folded text not null,
        plate_key text,
        phone_reversed text,
        vin_index bytea,
        vin_tail_index bytea,
        primary key (tenant_id, entity_type, entity_id)
      )`,
      `create index search_documents_text_idx on search_documents using gin (tenant_id, folded gin_trgm_ops)`,
      `create index search_documents_plate_idx on search_documents (tenant_id, plate_key text_pattern_ops)
        where plate_key is not null`,
      `create index search_documents_phone_idx on search_documents (tenant_id, phone_reversed text_pattern_ops)
        where phone_reversed is not null`,
      `create index search_documents_vin_idx on search_documents (tenant_id, vin_index) where vin_index is not null`,
      `create index search_documents_vin_tail_idx on search_documents (tenant_id, vin_tail_index)
        where vin_tail_index is not null`,
      ...tenantIsolation('search_documents'),
      ownerReadPolicy('search_documents'),
      grantToApp('search_documents', 'select, insert, update, delete'),

      // The index-friendly search. SECURITY DEFINER so pg_trgm's operators can use the index
      // (see above); the tenant filter is the policy's own expression, and without a tenant
      // the function refuses rather than reading nothing. `search_documents_explain` plans the
      // very same statement, so a test can prove index use while connected as the app role.
      `create function search_documents_find(
          p_text text, p_tokens text[], p_plate text, p_phone_reversed text, p_types text[], p_limit integer)
        returns table (entity_type text, entity_id uuid, score real)
        language plpgsql stable security definer
        set search_path = pg_catalog, public
        set pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY_THRESHOLD}
        as $$
        declare
          tenant uuid := ${CURRENT_TENANT};
        begin
          if tenant is null then
            raise exception 'search_documents_find needs a tenant context' using errcode = '42501';
          end if;
          return query execute ${dollarQuoted(FIND_SQL)}
            using tenant, p_text, p_tokens, p_plate, p_phone_reversed, p_types, p_limit, ${LONGEST_TOKEN};
        end
        $$`,
      `create function search_documents_explain(
          p_text text, p_tokens text[], p_plate text, p_phone_reversed text, p_types text[], p_limit integer)
        returns setof text
        language plpgsql volatile security definer -- Postgres runs EXPLAIN only in volatile functions
        set search_path = pg_catalog, public
        set pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY_THRESHOLD}
        as $$
        declare
          tenant uuid := ${CURRENT_TENANT};
        begin
          if tenant is null then
            raise exception 'search_documents_explain needs a tenant context' using errcode = '42501';
          end if;
          return query execute 'explain (costs off) ' || ${dollarQuoted(FIND_SQL)}
            using tenant, p_text, p_tokens, p_plate, p_phone_reversed, p_types, p_limit, ${LONGEST_TOKEN};
        end
        $$`,
      ...grantExecuteToApp('search_documents_explain(text, text[], text, text, text[], integer)'),
      ...grantExecuteToApp('search_documents_find(text, text[], text, text, text[], integer)'),

      // The relay's view across workshops: which tenants have changes waiting. Ids only.
      `create function search_outbox_pending_tenants(p_limit integer)
        returns table (tenant_id uuid)
        language sql stable security definer set search_path = pg_catalog, public
        as $$
          select o.tenant_id from search_outbox o group by o.tenant_id
          order by min(o.created_at) limit p_limit
        $$`,
      ...grantExecuteToApp('search_outbox_pending_tenants(integer)'),
      // For metrics and alerts: how much waits and for how long. Counts only.
      `create function search_outbox_stats()
        returns table (backlog bigint, oldest_age_seconds double precision)
        language sql stable security definer set search_path = pg_catalog, public
        as $$
          select count(*), coalesce(extract(epoch from clock_timestamp() - min(created_at)), 0)::double precision
          from search_outbox
        $$`,
      ...grantExecuteToApp('search_outbox_stats()'),
      // Reindex and verify walk every workshop: ids only, in order.
      `create function search_tenants(p_after uuid, p_limit integer)
        returns table (tenant_id uuid)
        language sql stable security definer set search_path = pg_catalog, public
        as $$
          select t.id from tenants t where t.id > p_after order by t.id limit p_limit
        $$`,
      ...grantExecuteToApp('search_tenants(uuid, integer)'),
    ];
    for (const statement of statements) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    const statements = [
      'drop function if exists search_tenants(uuid, integer)',
      'drop function if exists search_outbox_stats()',
      'drop function if exists search_outbox_pending_tenants(integer)',
      'drop function if exists search_documents_explain(text, text[], text, text, text[], integer)',
      'drop function if exists search_documents_find(text, text[], text, text, text[], integer)',
      'drop table if exists search_documents',
      'drop trigger if exists clients_search_owner_changed on clients',
      'drop trigger if exists vehicles_search_outbox on vehicles',
      'drop trigger if exists clients_search_outbox on clients',
      'drop trigger if exists vehicles_search_version on vehicles',
      'drop trigger if exists clients_search_version on clients',
      'drop function if exists search_owner_changed()',
      'drop function if exists search_version_bump()',
      'drop function if exists search_outbox_record()',
      'drop table if exists search_outbox',
      'alter table vehicles drop column if exists search_version',
      'alter table clients drop column if exists search_version',
      'drop sequence if exists search_version_seq',
    ];
    for (const statement of statements) await db.query(statement);
  }
}
