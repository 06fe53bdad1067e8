import { createHash } from 'node:crypto';
import type { ClientBase } from 'pg';
import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/*
 * Hot reads as statements each pooled connection parses and plans once (named statements of the
 * pg driver), hydrated into entities as TypeORM's `find*` would.
 *
 * Why: TypeORM builds a query's SQL anew on every call (its query builder was 10-14 % of the
 * API's CPU on `GET /vehicles/:id`, docs/scaling.md) and sends it unnamed, so Postgres parses and
 * plans it on every call too, which for a lookup by key costs more than running it. Here the text
 * is built from the entity's metadata once per process. Only plain columns are read (no
 * relations, no eager loading): an entity with more is refused (`assertPlainEntity`), and a
 * medium test compares these reads with `findOne`'s field by field.
 */

/**
 * Runs `text` on the transaction's connection as a named statement (the name is derived from
 * the text): the connection parses and plans it the first time and only binds and executes it
 * after. The text must not vary with values; values go in `$n` parameters.
 */
export async function queryPrepared<R extends object>(
  manager: EntityManager,
  text: string,
  values: readonly unknown[],
): Promise<R[]> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('A prepared statement runs inside a transaction');
  const client = (await runner.connect()) as ClientBase;
  const { rows } = await client.query<R & Record<string, unknown>>({
    name: statementName(text),
    text,
    values: [...values],
  });
  return rows;
}

/**
 * Rows of `entity` by a statement written around its columns: `text` receives the quoted
 * column list to select (`select ${columns} from ...`) and must name `tenant_id` itself.
 */
export async function selectPrepared<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  text: (columns: string) => string,
  values: readonly unknown[],
): Promise<T[]> {
  const metadata = plainMetadata(manager, entity);
  const rows = await queryPrepared<Record<string, unknown>>(manager, text(columnListOf(metadata)), values);
  return rows.map((row) => hydrate<T>(manager, metadata, row));
}

/**
 * The row of `entity` keyed `(tenant_id, id)`, or null: what `findOne({ where: { tenantId, id } })`
 * returns (with `forUpdate`, what its pessimistic write lock returns).
 */
export async function findByTenantKey<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  tenantId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<T | null> {
  const [found] = await selectPrepared(
    manager,
    entity,
    (columns) =>
      `select ${columns} from "${manager.connection.getMetadata(entity).tableName}" ` +
      `where tenant_id = $1 and id = $2${options.forUpdate ? ' for update' : ''}`,
    [tenantId, id],
  );
  return found ?? null;
}

/** The column an entity property is stored in (`createdAt` -> `created_at`), for ORDER BY. */
export function columnOf(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, property: string): string {
  const column = manager.connection.getMetadata(entity).findColumnWithPropertyPath(property);
  if (!column) throw new Error(`${String(property)} is not a column`);
  return `"${column.databaseName}"`;
}

const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `pitlane_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

const columnLists = new WeakMap<EntityMetadata, string>();

function columnListOf(metadata: EntityMetadata): string {
  let list = columnLists.get(metadata);
  if (!list) {
    list = metadata.columns.map((column) => `"${column.databaseName}"`).join(', ');
    columnLists.set(metadata, list);
  }
  return list;
}

function hydrate<T extends ObjectLiteral>(
  manager: EntityManager,
  metadata: EntityMetadata,
  row: Record<string, unknown>,
): T {
  const found = metadata.create(manager.queryRunner) as T;
  for (const column of metadata.columns) {
    column.setEntityValue(found, manager.connection.driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return found;
}

const checked = new WeakSet<EntityMetadata>();

/** The entities these reads hydrate exactly: keyed `(tenant_id, id)`, plain columns only. */
function plainMetadata(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): EntityMetadata {
  const metadata = manager.connection.getMetadata(entity);
  if (checked.has(metadata)) return metadata;
  const keys = metadata.primaryColumns.map((column) => column.databaseName).sort();
  const problems = [
    keys.join(',') !== 'id,tenant_id' && `its key is (${keys.join(', ')}), not (tenant_id, id)`,
    metadata.eagerRelations.length > 0 && 'it has eager relations',
    metadata.embeddeds.length > 0 && 'it has embedded columns',
    metadata.tableType !== 'regular' && `it is a ${metadata.tableType} table`,
    !/^[a-z_][a-z0-9_]*$/.test(metadata.tableName) && 'its table name needs quoting rules',
  ].filter((problem): problem is string => typeof problem === 'string');
  if (problems.length > 0) throw new Error(`A prepared read cannot hydrate ${metadata.name}: ${problems.join('; ')}`);
  checked.add(metadata);
  return metadata;
}
