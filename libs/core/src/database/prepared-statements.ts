import type { ClientBase } from 'pg';
import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * One row of a tenant entity by its key `(tenant_id, id)`, by a statement each pooled connection
 * parses and plans once (a named statement of the pg driver), hydrated into the entity as
 * TypeORM's `findOne` would.
 *
 * Why not `findOne`: a lookup by key is the commonest statement of the API, and `findOne` builds
 * its SQL anew on every call (TypeORM's query builder was 10-14 % of the API's CPU on
 * `GET /vehicles/:id`, docs/scaling.md) and sends it unnamed, so Postgres parses and plans it
 * on every call too. The statement text is built from the entity's metadata once per process.
 * Only plain columns are read (no relations, no eager loading): the entity must have none that
 * `findOne` would load (`assertPlainEntity`), and a test compares both reads column by column.
 */
export async function findByTenantKey<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  tenantId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<T | null> {
  const metadata = manager.connection.getMetadata(entity);
  const statement = lookupOf(metadata, options.forUpdate === true);
  const [row] = await queryPrepared<Record<string, unknown>>(manager, statement.name, statement.text, [tenantId, id]);
  if (!row) return null;
  const found = metadata.create(manager.queryRunner) as T;
  for (const column of metadata.columns) {
    column.setEntityValue(found, manager.connection.driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return found;
}

/**
 * Runs `text` on the transaction's connection as the pg driver's named statement `name`: the
 * connection parses and plans it the first time and only binds and executes it after. One name,
 * one text (the driver refuses a name reused with another text on the same connection).
 */
export async function queryPrepared<R extends object>(
  manager: EntityManager,
  name: string,
  text: string,
  values: readonly unknown[],
): Promise<R[]> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error(`The prepared statement ${name} runs inside a transaction`);
  const client = (await runner.connect()) as ClientBase;
  const { rows } = await client.query<R & Record<string, unknown>>({ name, text, values: [...values] });
  return rows;
}

interface Lookup {
  readonly name: string;
  readonly text: string;
}

const lookups = new WeakMap<EntityMetadata, Map<boolean, Lookup>>();

function lookupOf(metadata: EntityMetadata, forUpdate: boolean): Lookup {
  const known = lookups.get(metadata) ?? new Map<boolean, Lookup>();
  lookups.set(metadata, known);
  let lookup = known.get(forUpdate);
  if (!lookup) {
    assertPlainEntity(metadata);
    const columns = metadata.columns.map((column) => `"${column.databaseName}"`).join(', ');
    lookup = {
      name: `pitlane_find_${metadata.tableName}${forUpdate ? '_for_update' : ''}`,
      text: `select ${columns} from "${metadata.tableName}" where tenant_id = $1 and id = $2${forUpdate ? ' for update' : ''}`,
    };
    known.set(forUpdate, lookup);
  }
  return lookup;
}

/** The entities this lookup can hydrate exactly: keyed `(tenant_id, id)`, plain columns only. */
function assertPlainEntity(metadata: EntityMetadata): void {
  const keys = metadata.primaryColumns.map((column) => column.databaseName).sort();
  const problems = [
    keys.join(',') !== 'id,tenant_id' && `its key is (${keys.join(', ')}), not (tenant_id, id)`,
    metadata.eagerRelations.length > 0 && 'it has eager relations',
    metadata.embeddeds.length > 0 && 'it has embedded columns',
    metadata.tableType !== 'regular' && `it is a ${metadata.tableType} table`,
    !/^[a-z_][a-z0-9_]*$/.test(metadata.tableName) && 'its table name needs quoting rules',
  ].filter((problem): problem is string => typeof problem === 'string');
  if (problems.length > 0) throw new Error(`findByTenantKey cannot read ${metadata.name}: ${problems.join('; ')}`);
}
