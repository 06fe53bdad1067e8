import { MigrationInterface, QueryRunner } from 'typeorm';
import { CURRENT_TENANT } from './tenant-table.sql';

/**
 * The fuzzy search narrows its trigram candidates by two words instead of one.
 *
 * Measured on one workshop of 10,000 vehicles and 10,000 clients (the palette benchmark's fleet):
 * an owner's name ("lukasz wojcik") gave 2,200 trigram candidates for its longest word, each then
 * scored word by word; narrowing by both words in the same GIN scan (a second `<%` condition on
 * the index) leaves 200 and cuts the statement from ~70 to ~20 ms. A one-word query names that
 * word twice, which the index scan checks at no measurable cost (one statement keeps one cached
 * generic plan). Every word must match anyway (`w.worst`), so this changes no result unless the
 * second word matches only as a mid-word substring — the rule the longest word already followed.
 *
 * Everything else is the statement of 1795280000000-search.ts; the function keeps its owner (the
 * definer role), grants and signature, and the definer migration's `search_path` with `pg_temp` last.
 */
const WORD_SIMILARITY_THRESHOLD = 0.4;

const FIND_PARAMETERS = {
  tenant: 'uuid',
  p_text: 'text',
  p_tokens: 'text[]',
  p_plate: 'text',
  p_phone_reversed: 'text',
  p_types: 'text[]',
  p_limit: 'integer',
  longest: 'text',
  second: 'text',
} as const;
type FindParameter = keyof typeof FIND_PARAMETERS;

const COLUMNS = 'd.entity_type, d.entity_id, d.folded, d.plate_key, d.phone_reversed';

function findSql(name: (parameter: FindParameter) => string): string {
  const [tenant, text, tokens, plate, phone, types, limit, longest, second] = (
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
      where d.tenant_id = ${tenant} and ${longest} <% d.folded and ${second} <% d.folded
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
 * The words the trigram index narrows by: the best (a word with letters before a bare number,
 * then the longest) and the next best of at least three characters, else the best again. No
 * word when the best is shorter than a trigram and the query is a plate prefix.
 */
function findPrologue(words: 1 | 2): string {
  const second =
    words === 2
      ? `coalesce((select t from unnest(ranked[2:]) t where char_length(t) >= 3 limit 1), longest)`
      : 'longest';
  return `
  tenant := ${CURRENT_TENANT};
  if tenant is null then
    raise exception 'search needs a tenant context' using errcode = '42501';
  end if;
  select array_agg(t order by t ~ '[^0-9]' desc, char_length(t) desc) into ranked from unnest(p_tokens) t;
  longest := ranked[1];
  second := ${second};
  if char_length(longest) < 3 and p_plate <> '' then
    longest := null;
    second := null;
  end if;`;
}

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
    second text;`;

export class SearchTwoWordNarrowing1795400000000 implements MigrationInterface {
  name = 'SearchTwoWordNarrowing1795400000000';

  async up(db: QueryRunner): Promise<void> {
    await createFunctions(db, 2);
  }

  /** Back to narrowing by one word (the same word twice: what 1795280000000 planned). */
  async down(db: QueryRunner): Promise<void> {
    await createFunctions(db, 1);
  }
}

async function createFunctions(db: QueryRunner, words: 1 | 2): Promise<void> {
  await db.query(`create or replace function search_documents_find${FIND_SIGNATURE}
      returns table (entity_type text, entity_id uuid, score real)
      language plpgsql stable security definer ${FIND_SETTINGS}
      as $$
      ${DECLARE}
      begin
        ${findPrologue(words)}
        return query ${findSql((parameter) => parameter)};
      end
      $$`);
  const positional = (parameter: FindParameter) =>
    `$${(Object.keys(FIND_PARAMETERS) as FindParameter[]).indexOf(parameter) + 1}`;
  await db.query(`create or replace function search_documents_explain${FIND_SIGNATURE}
      returns setof text
      language plpgsql volatile security definer ${FIND_SETTINGS}
      as $$
      ${DECLARE}
      begin
        ${findPrologue(words)}
        if exists (select 1 from pg_prepared_statements where name = 'search_documents_plan') then
          deallocate search_documents_plan;
        end if;
        execute $find$prepare search_documents_plan (${Object.values(FIND_PARAMETERS).join(', ')}) as ${findSql(positional)}$find$;
        return query execute format(
          'explain (costs off) execute search_documents_plan (%L, %L, %L, %L, %L, %L, %L, %L, %L)',
          tenant, p_text, p_tokens, p_plate, p_phone_reversed, p_types, p_limit, longest, second);
        deallocate search_documents_plan;
      end
      $$`);
}
