import { MigrationInterface, QueryRunner } from 'typeorm';
import { SearchTwoWordNarrowing1795400000000 } from './1795400000000-search-two-word-narrowing';
import { CURRENT_TENANT, grantExecuteToApp, grantToApp, ownerReadPolicy, tenantIsolation } from './tenant-table.sql';

/**
 * Fuzzy search through a per-workshop dictionary of words instead of trigrams over every document.
 *
 * Measured at 700k documents (200 workshops, docs/benchmarks.md "Search at 700k documents"): a typo
 * of a popular word ("voklswagen") cost 7–16 ms of SQL, because the tenant-first trigram index on
 * the documents' text reads each trigram's posting list across every workshop (the tenant is only
 * another GIN key), and every candidate was then ranked by `word_similarity` over its whole text.
 *
 * Now each document keeps its words (`words`, generated from `folded`: split at white space and
 * punctuation, which no query word contains, so "a query word is a substring of the text" is still
 * "of one of its words"), under a GIN index; `search_words (tenant_id, word)` holds each workshop's
 * distinct words under a trigram index. A query word is matched fuzzily against the dictionary
 * (a few thousand words per workshop; a trigram's posting list is one entry per workshop), the
 * documents holding a matched word exactly come from the words index, and ranking reuses each
 * dictionary match's similarity: no trigram work per document.
 *
 * Matching changes in three ways: a word's similarity is taken against the document's words one by
 * one, not against a stretch of text spanning two of them (as Elasticsearch's fuzzy terms do); a
 * query word shorter than a trigram matches by similarity only, not as a substring anywhere; and a
 * word matching more than NARROW_WORDS dictionary words narrows by its best ones (see there).
 *
 * The dictionary only grows: a statement trigger adds the words of inserted and updated documents
 * (so every writer, the relay, a rebuild or a test inserting by hand, keeps it complete), and a
 * deleted or rewritten document leaves its old words behind. A stale word costs one dictionary
 * row and, when a query matches it, one lookup in the words index that finds no document: it can
 * never produce a hit, since hits come from the documents' own words. Nothing prunes it yet: a prune
 * would delete, workshop by workshop, the words no document holds.
 */
const WORD_SIMILARITY_THRESHOLD = 0.4;

/** White space and punctuation: never inside a query word (letters and digits only). */
const WORDS_OF_FOLDED = `array_remove(regexp_split_to_array(folded, '[[:space:][:punct:]]+'), '')`;

/**
 * Every word of the query with the dictionary words it matches and how well. Words of letters: a
 * substring (1) or pg_trgm word similarity, through the trigram index (shorter than a trigram: by
 * similarity only, "a" ~ "audi"). Words with a digit ("2014", "12345", "wa12345", "320d"): only as
 * the start of a dictionary word (1), through the prefix index: a plate or phone number's trigrams
 * are shared by thousands of numbers of every workshop (3 ms per lookup), and a typo in a number
 * is not a near miss but another number.
 */
function dictionarySql(tenant: string, tokens: string): string {
  const like = `'%' || replace(replace(replace(k.t, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`;
  return `
    select k.ord::integer, w.word, w.sim
    from unnest(${tokens}) with ordinality k(t, ord)
    cross join lateral (
      select w.word, (case when strpos(w.word, k.t) > 0 then 1 else word_similarity(k.t, w.word) end)::real as sim
      from search_words w
      where w.tenant_id::text = ${tenant}::text and k.t !~ '[0-9]' and char_length(k.t) >= 3
        and (w.word like ${like} or k.t <% w.word)
      union all
      select w.word, word_similarity(k.t, w.word)::real
      from search_words w
      where w.tenant_id::text = ${tenant}::text and k.t !~ '[0-9]' and char_length(k.t) < 3 and k.t <% w.word
      union all
      select w.word, 1::real
      from search_words w
      where w.tenant_id = ${tenant} and k.t ~ '[0-9]' and w.word ~>=~ k.t and w.word ~<~ (k.t || '~')
    ) w`;
}

const FIND_PARAMETERS = {
  tenant: 'uuid',
  p_text: 'text',
  p_tokens: 'text[]',
  p_plate: 'text',
  p_phone_reversed: 'text',
  p_types: 'text[]',
  p_limit: 'integer',
  m_ord: 'integer[]',
  m_word: 'text[]',
  m_sim: 'real[]',
  narrow_first: 'text[]',
  narrow_second: 'text[]',
} as const;
type FindParameter = keyof typeof FIND_PARAMETERS;

const COLUMNS = 'd.entity_type, d.entity_id, d.folded, d.words, d.plate_key, d.phone_reversed';

/**
 * Candidates from one bitmap scan ORing the plate prefix, the phone suffix (an empty one compares
 * with null, which the index answers with nothing) and the words index (documents holding a
 * dictionary match of the best word and of the next best); each document's score per query word is
 * its best dictionary match, every word must match (or the plate or phone must). Ranked as before:
 * exact plate 3, plate prefix 2, phone 2, mean word similarity, prefix bonus 0.5.
 */
function findSql(name: (parameter: FindParameter) => string): string {
  const [tenant, text, tokens, plate, phone, types, limit, ord, word, sim, first, second] = (
    Object.keys(FIND_PARAMETERS) as FindParameter[]
  ).map(name);
  const platePrefix = (column: string) =>
    `${plate} <> '' and ${column} ~>=~ ${plate} and ${column} ~<~ (${plate} || '~')`;
  const phonePrefix = (column: string) =>
    `${phone} <> '' and ${column} ~>=~ ${phone} and ${column} ~<~ (${phone} || '~')`;
  const words = `cardinality(${tokens})`;
  return `
    with candidates as materialized (
      select ${COLUMNS} from search_documents d
      where d.tenant_id = ${tenant}
        and ((d.plate_key ~>=~ nullif(${plate}, '') and d.plate_key ~<~ (${plate} || '~'))
             or (d.phone_reversed ~>=~ nullif(${phone}, '') and d.phone_reversed ~<~ (${phone} || '~'))
             or (d.words && ${first} and d.words && ${second}))
    ),
    word_scores as (
      select c.entity_type, c.entity_id, sum(s) / ${words} as mean,
        case when count(*) = ${words} then min(s) else 0 end as worst
      from (
        select c.entity_type, c.entity_id, m.ord, max(m.sim) as s
        from candidates c
        cross join unnest(c.words) cw(word)
        join unnest(${ord}, ${word}, ${sim}) m(ord, word, sim) on m.word = cw.word
        group by c.entity_type, c.entity_id, m.ord
      ) c
      group by c.entity_type, c.entity_id
    )
    select d.entity_type, d.entity_id,
      (case when ${plate} <> '' and d.plate_key = ${plate} then 3
            when ${platePrefix('d.plate_key')} then 2
            else 0 end
       + case when ${phonePrefix('d.phone_reversed')} then 2 else 0 end
       + coalesce(w.mean, 0)
       + case when d.folded like ${text} || '%' or strpos(d.folded, ' ' || ${text}) > 0 then 0.5 else 0 end
      )::real as score
    from candidates d
    left join word_scores w on w.entity_type = d.entity_type and w.entity_id = d.entity_id
    where d.entity_type = any (${types})
      and ((${platePrefix('d.plate_key')}) or (${phonePrefix('d.phone_reversed')})
           or coalesce(w.worst, 0) >= ${WORD_SIMILARITY_THRESHOLD})
    order by score desc, d.entity_id
    limit ${limit}`;
}

/**
 * The dictionary matches of `word` the words index narrows by: at most NARROW_WORDS, the best first
 * (substrings, then similarity, then the shortest). A GIN scan tests every document of the workshop
 * against every key, so 5,000 keys ("nowak" in a dictionary of nowak1 … nowak5000) took 8 s; the
 * documents holding only a worse match of a word this common rank below a full page of better ones.
 */
const NARROW_WORDS = 64;
const narrowing = (word: string) => `
  select m.word from unnest(m_ord, m_word, m_sim) m(ord, word, sim) where p_tokens[m.ord] = ${word}
  order by m.sim desc, char_length(m.word), m.word limit ${NARROW_WORDS}`;

/**
 * The tenant from the setting (refusing without one); the dictionary matches of every word; the
 * words the index narrows by: the best (letters before a bare number, then the longest) and the
 * next best of at least three characters, else the best again; none when the best is shorter than
 * a trigram and the query is a plate prefix ("wa 12" is a plate, not every "wa...").
 */
const FIND_PROLOGUE = `
  tenant := ${CURRENT_TENANT};
  if tenant is null then
    raise exception 'search needs a tenant context' using errcode = '42501';
  end if;
  select array_agg(t order by t ~ '[^0-9]' desc, char_length(t) desc) into ranked from unnest(p_tokens) t;
  longest := ranked[1];
  second := coalesce((select t from unnest(ranked[2:]) t where char_length(t) >= 3 limit 1), longest);
  if char_length(longest) < 3 and p_plate <> '' then
    longest := null;
    second := null;
  end if;
  -- Nothing to narrow by (a plate prefix): its hits come from the plate index, ranked by the plate.
  select coalesce(array_agg(m.ord), '{}'), coalesce(array_agg(m.word), '{}'), coalesce(array_agg(m.sim), '{}')
    into m_ord, m_word, m_sim
  from (${dictionarySql('tenant', 'p_tokens')}) m(ord, word, sim)
  where longest is not null;
  narrow_first := array(${narrowing('longest')});
  narrow_second := array(${narrowing('second')});`;

const FIND_SETTINGS = `
  set search_path = pg_catalog, public, pg_temp
  set pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY_THRESHOLD}
  set plan_cache_mode = force_generic_plan`;

const FIND_SIGNATURE = `(
  p_text text, p_tokens text[], p_plate text, p_phone_reversed text, p_types text[], p_limit integer)`;

const DECLARE = `
  declare
    tenant uuid;
    ranked text[];
    longest text;
    second text;
    m_ord integer[];
    m_word text[];
    m_sim real[];
    narrow_first text[];
    narrow_second text[];`;

const positional = (parameter: FindParameter) =>
  `$${(Object.keys(FIND_PARAMETERS) as FindParameter[]).indexOf(parameter) + 1}`;

/** The finder and its explainer (one statement text each, so the plan shown is the plan run). */
export function findFunctions(): string[] {
  return [
    `create or replace function search_documents_find${FIND_SIGNATURE}
      returns table (entity_type text, entity_id uuid, score real)
      language plpgsql stable security definer ${FIND_SETTINGS}
      as $$
      ${DECLARE}
      begin
        ${FIND_PROLOGUE}
        return query ${findSql((parameter) => parameter)};
      end
      $$`,
    // Both statements, prepared and explained under the same settings: the generic plans the finder runs.
    `create or replace function search_documents_explain${FIND_SIGNATURE}
      returns setof text
      language plpgsql volatile security definer ${FIND_SETTINGS}
      as $$
      ${DECLARE}
      begin
        ${FIND_PROLOGUE}
        if exists (select 1 from pg_prepared_statements where name = 'search_words_plan') then
          deallocate search_words_plan;
        end if;
        if exists (select 1 from pg_prepared_statements where name = 'search_documents_plan') then
          deallocate search_documents_plan;
        end if;
        execute $find$prepare search_words_plan (uuid, text[]) as ${dictionarySql('$1', '$2')}$find$;
        return query execute format('explain (costs off) execute search_words_plan (%L, %L)', tenant, p_tokens);
        execute $find$prepare search_documents_plan (${Object.values(FIND_PARAMETERS).join(', ')}) as ${findSql(positional)}$find$;
        return query execute format(
          'explain (costs off) execute search_documents_plan (%L, %L, %L, %L, %L, %L, %L, %L, %L, %L, %L, %L)',
          tenant, p_text, p_tokens, p_plate, p_phone_reversed, p_types, p_limit,
          m_ord, m_word, m_sim, narrow_first, narrow_second);
        deallocate search_words_plan;
        deallocate search_documents_plan;
      end
      $$`,
  ];
}

export class SearchWordDictionary1795440000000 implements MigrationInterface {
  name = 'SearchWordDictionary1795440000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `alter table search_documents add column words text[] generated always as (${WORDS_OF_FOLDED}) stored`,
      // No pending list (fastupdate): every search would scan it whole, up to 4 MB of unsorted
      // entries after a burst of writes (measured: 0.4 ms became 6–150 ms). Writes pay instead.
      `create index search_documents_words_idx on search_documents using gin (tenant_id, words) with (fastupdate = off)`,
      // Its trigrams were the cost: nothing searches the whole text by trigrams any more.
      `drop index search_documents_text_idx`,
      `create table search_words (
        tenant_id uuid not null references tenants (id) on delete cascade,
        word text not null,
        primary key (tenant_id, word)
      )`,
      // The tenant as text: a condition only this index can serve. On \`tenant_id\` itself the generic
      // plan may take the primary key and test every word of the workshop (the planner prices
      // pg_trgm's operators like an equality): 45 ms for a workshop of 40,000 words, not 0.5.
      `create index search_words_prefix_idx on search_words (tenant_id, word text_pattern_ops)`,
      `create index search_words_trgm_idx on search_words using gin ((tenant_id::text), word gin_trgm_ops)
        with (fastupdate = off)`,
      ...tenantIsolation('search_words'),
      ...ownerReadPolicy('search_words'),
      grantToApp('search_words', 'select, insert, delete'),
      // Runs as the writer, under the writer's row-level security: the words land in its workshop.
      `create function search_words_add() returns trigger
        language plpgsql set search_path = pg_catalog, public, pg_temp
        as $$
        begin
          insert into search_words (tenant_id, word)
          select distinct d.tenant_id, w from written d cross join unnest(d.words) w
          order by 1, 2
          on conflict do nothing;
          return null;
        end
        $$`,
      `create trigger search_documents_words_inserted after insert on search_documents
        referencing new table as written for each statement execute function search_words_add()`,
      `create trigger search_documents_words_updated after update on search_documents
        referencing new table as written for each statement execute function search_words_add()`,
      // The words of the documents already there, workshop by workshop (the policy checks each).
      `do $$
        declare
          workshop uuid;
        begin
          for workshop in select distinct tenant_id from search_documents loop
            perform set_config('app.tenant_id', workshop::text, true);
            insert into search_words (tenant_id, word)
            select distinct d.tenant_id, w from search_documents d cross join unnest(d.words) w
            where d.tenant_id = workshop
            on conflict do nothing;
          end loop;
          perform set_config('app.tenant_id', '', true);
        end $$`,
      ...findFunctions(),
      ...grantExecuteToApp('search_documents_explain(text, text[], text, text, text[], integer)'),
      ...grantExecuteToApp('search_documents_find(text, text[], text, text, text[], integer)'),
    ];
    for (const statement of statements) await db.query(statement);
  }

  /** Back to trigrams over the documents' text (the two-word narrowing of 1795400000000). */
  async down(db: QueryRunner): Promise<void> {
    await new SearchTwoWordNarrowing1795400000000().up(db);
    const statements = [
      'drop trigger if exists search_documents_words_updated on search_documents',
      'drop trigger if exists search_documents_words_inserted on search_documents',
      'drop function if exists search_words_add()',
      'drop table if exists search_words',
      `create index search_documents_text_idx on search_documents using gin (tenant_id, folded gin_trgm_ops)`,
      'drop index if exists search_documents_words_idx',
      'alter table search_documents drop column if exists words',
    ];
    for (const statement of statements) await db.query(statement);
  }
}
