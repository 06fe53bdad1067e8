import { MigrationInterface, QueryRunner } from 'typeorm';
import {
  CURRENT_TENANT,
  grantExecuteToApp,
  grantToApp,
  ownerReadPolicyForOwner,
  tenantIsolation,
} from './tenant-table.sql';

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

/** What the search statement reads, in the order a prepared copy of it numbers them. */
const FIND_PARAMETERS = {
  tenant: 'uuid',
  p_text: 'text',
  p_tokens: 'text[]',
  p_plate: 'text',
  p_phone_reversed: 'text',
  p_types: 'text[]',
  p_limit: 'integer',
  longest: 'text',
} as const;
type FindParameter = keyof typeof FIND_PARAMETERS;

/** What a candidate carries to ranking: re-reading the row would cost a join per candidate. */
const COLUMNS = 'd.entity_type, d.entity_id, d.folded, d.plate_key, d.phone_reversed';

/**
 * The fuzzy search statement, with its parameters written by `name` (plpgsql variables in
 * `search_documents_find`, $n in the prepared copy `search_documents_explain` plans: one text,
 * so the plan shown is the plan run). Candidates come from three index scans: plate prefix, phone
 * suffix (reversed digits, prefix), and the longest word by trigrams. Of those, every word must
 * match (as a substring or by trigram word similarity), or the plate or phone must. Ranked by
 * plate, phone, word similarity and a prefix bonus. Prefixes are ranges (`~>=~`, `~<~`), not
 * LIKE, so a generic plan can still use the indexes. The words hold only letters and digits.
 */
function findSql(name: (parameter: FindParameter) => string): string {
  const [tenant, text, tokens, plate, phone, types, limit, longest] = (
    Object.keys(FIND_PARAMETERS) as FindParameter[]
  ).map(name);
  const platePrefix = (column: string) =>
    `${plate} <> '' and ${column} ~>=~ ${plate} and ${column} ~<~ (${plate} || '~')`;
  const phonePrefix = (column: string) =>
    `${phone} <> '' and ${column} ~>=~ ${phone} and ${column} ~<~ (${phone} || '~')`;
  return `
    with candidates as (
      select ${COLUMNS} from search_documents d
      where d.tenant_id = ${tenant} and ${platePrefix('d.plate_key')}
      union
      select ${COLUMNS} from search_documents d
      where d.tenant_id = ${tenant} and ${phonePrefix('d.phone_reversed')}
      union
      select ${COLUMNS} from search_documents d
      where d.tenant_id = ${tenant} and ${longest} <% d.folded
    )
    select d.entity_type, d.entity_id,
      (case when ${plate} <> '' and d.plate_key = ${plate} then 3
            when ${platePrefix('d.plate_key')} then 2
            else 0 end
       + case when ${phonePrefix('d.phone_reversed')} then 2 else 0 end
       + w.mean
       + case when d.folded like ${text} || '%' or strpos(d.folded, ' ' || ${text}) > 0 then 0.5 else 0 end
      )::real as score
    from candidates d
    -- Each word's match, computed once: a substring counts as a perfect match (and is cheap);
    -- otherwise pg_trgm's word similarity, the expensive part, only for candidates.
    cross join lateral (
      select avg(s) as mean, min(s) as worst
      from (select case when strpos(d.folded, t) > 0 then 1 else word_similarity(t, d.folded) end as s
            from unnest(${tokens}) t) words
    ) w
    where d.entity_type = any (${types})
      and ((${platePrefix('d.plate_key')}) or (${phonePrefix('d.phone_reversed')})
           or w.worst >= ${WORD_SIMILARITY_THRESHOLD})
    order by score desc, d.entity_id
    limit ${limit}`;
}

/**
 * Shared by both functions: the tenant from the transaction-local setting (refusing to run
 * without one) and the word the trigram index narrows by: the longest with a letter in it (a
 * bare number only when there is nothing else), unless it is shorter
 * than a trigram and the query is a plate prefix ("wa 12" is a plate, not every "wa...").
 */
const FIND_PROLOGUE = `
  tenant := ${CURRENT_TENANT};
  if tenant is null then
    raise exception 'search needs a tenant context' using errcode = '42501';
  end if;
  -- A word with letters narrows far better than a number ("2014" is a trigram of every 20xx).
  longest := (select t from unnest(p_tokens) t order by t ~ '[^0-9]' desc, char_length(t) desc limit 1);
  if char_length(longest) < 3 and p_plate <> '' then
    longest := null;
  end if;`;

/** Function options both share: pg_trgm's threshold, and one cached generic plan per session. */
const FIND_SETTINGS = `
  set search_path = pg_catalog, public
  set pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY_THRESHOLD}
  set plan_cache_mode = force_generic_plan`;

function dollarQuoted(sql: string): string {
  return `$find$${sql}$find$`;
}

const FIND_SIGNATURE = `(
  p_text text, p_tokens text[], p_plate text, p_phone_reversed text, p_types text[], p_limit integer)`;

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
      ownerReadPolicyForOwner('search_outbox'),
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
      ownerReadPolicyForOwner('search_documents'),
      grantToApp('search_documents', 'select, insert, update, delete'),

      // The index-friendly search. SECURITY DEFINER so pg_trgm's operators can use the index
      // (see above); the tenant filter is the policy's own expression, and without a tenant
      // the function refuses rather than reading nothing. Static SQL: planned once per session
      // (a generic plan; planning cost as much as running it), not on every call.
      `create function search_documents_find${FIND_SIGNATURE}
        returns table (entity_type text, entity_id uuid, score real)
        language plpgsql stable security definer ${FIND_SETTINGS}
        as $$
        declare
          tenant uuid;
          longest text;
        begin
          ${FIND_PROLOGUE}
          return query ${findSql((parameter) => parameter)};
        end
        $$`,
      // The same statement, prepared and explained under the same settings: the generic plan
      // the finder runs. Volatile: Postgres runs EXPLAIN only in volatile functions.
      `create function search_documents_explain${FIND_SIGNATURE}
        returns setof text
        language plpgsql volatile security definer ${FIND_SETTINGS}
        as $$
        declare
          tenant uuid;
          longest text;
        begin
          ${FIND_PROLOGUE}
          if exists (select 1 from pg_prepared_statements where name = 'search_documents_plan') then
            deallocate search_documents_plan;
          end if;
          execute ${dollarQuoted(
            `prepare search_documents_plan (${Object.values(FIND_PARAMETERS).join(', ')}) as ${findSql(
              (parameter) => `$${(Object.keys(FIND_PARAMETERS) as FindParameter[]).indexOf(parameter) + 1}`,
            )}`,
          )};
          return query execute format(
            'explain (costs off) execute search_documents_plan (%L, %L, %L, %L, %L, %L, %L, %L)',
            tenant, p_text, p_tokens, p_plate, p_phone_reversed, p_types, p_limit, longest);
          deallocate search_documents_plan;
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
