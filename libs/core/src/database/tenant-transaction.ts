import type { ClientBase, QueryResult } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { OpeningCheck } from '../context/request-context';
import { isUuid } from '../context/tenant-context';

/** The fields of TypeORM's query runner that track an open transaction (BaseQueryRunner). */
interface TransactionBookkeeping {
  isTransactionActive: boolean;
  transactionDepth: number;
}

/**
 * Runs `work` in a transaction bound to `tenantId`, like `DataSource.transaction` followed by
 * `select set_config('app.tenant_id', $1, true)`, but with the `start transaction` and the
 * `set_config` sent as one simple-protocol message: one round trip instead of two, on every
 * tenant transaction (issue 17: the platform's cost per request is mostly its statements).
 *
 * The simple protocol takes no bound parameters, so the tenant id is written into the text. It
 * is safe only because it is checked here against the strict UUID pattern (hex digits and
 * dashes, nothing that can close a literal), whoever the caller is; anything else throws
 * before a byte is sent. Every statement the work itself sends stays parameterised.
 *
 * An `OpeningCheck` (the session check of a request admitted from the session cache) rides in
 * the same message, after the `set_config`, so it too costs no round trip; its verdict is given
 * inside the transaction, before the work runs. It is a prepared statement: the first message
 * on a connection also prepares it (see `PreparedRead`), later ones only `execute` it.
 *
 * TypeORM's own bookkeeping is then set as `startTransaction` would have left it, so commit,
 * rollback and a nested `manager.transaction` (a savepoint) behave exactly as before.
 */
export async function runTenantTransaction<T>(
  dataSource: DataSource,
  tenantId: string,
  work: (manager: EntityManager) => Promise<T>,
  check?: OpeningCheck,
): Promise<T> {
  if (!isUuid(tenantId)) throw new Error('A tenant id must be a UUID');
  if (check && check.tenantId !== tenantId) throw new Error('An opening check belongs to another tenant');
  const runner = dataSource.createQueryRunner();
  try {
    const checked = await openBound(runner, tenantId, check);
    if (check) check.verify(checked);
    const result = await work(runner.manager);
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) {
      // The work's error is the one to report; a failed rollback ends the connection anyway.
      await runner.rollbackTransaction().catch(() => undefined);
    }
    throw error;
  } finally {
    await runner.release();
  }
}

/** Which `PreparedRead`s each pooled connection holds (a connection forgets them only by closing). */
const preparedOn = new WeakMap<ClientBase, Set<string>>();
const PREPARED_NAME = /^[a-z_][a-z0-9_]*$/;
const SQL_TYPE = /^[a-z][a-z0-9_ ]*(\[\])?$/;

/** `execute` of the check (after its `prepare` when this connection lacks it); UUIDs only. */
function checkStatements(client: ClientBase, check: OpeningCheck): { text: string; preparing: boolean } {
  const { name, parameterTypes, sql } = check.statement;
  if (!PREPARED_NAME.test(name) || !parameterTypes.every((type) => SQL_TYPE.test(type))) {
    throw new Error(`Not a prepared statement's name or parameter types: ${name}`);
  }
  if (check.values.length !== parameterTypes.length || !check.values.every(isUuid)) {
    throw new Error('An opening check takes UUIDs only, one per parameter');
  }
  const execute = `execute ${name}(${check.values.map((value) => `'${value}'`).join(', ')})`;
  if (preparedOn.get(client)?.has(name)) return { text: execute, preparing: false };
  return { text: `prepare ${name}(${parameterTypes.join(', ')}) as ${sql}; ${execute}`, preparing: true };
}

/** After a failed message: whether the `prepare` in it ran is read back from the connection. */
async function relearnPrepared(client: ClientBase, name: string): Promise<void> {
  const known = preparedOn.get(client) ?? new Set<string>();
  preparedOn.set(client, known);
  known.delete(name);
  const { rows } = await client.query<{ name: string }>('select name from pg_prepared_statements where name = $1', [
    name,
  ]);
  if (rows.length > 0) known.add(name);
}

/** Opens the transaction, binds the tenant and runs the check; the check's rows. */
async function openBound(
  runner: QueryRunner,
  tenantId: string,
  check?: OpeningCheck,
): Promise<Record<string, unknown>[]> {
  const bookkeeping = runner as unknown as TransactionBookkeeping;
  if (bookkeeping.isTransactionActive || bookkeeping.transactionDepth !== 0) {
    // A TypeORM without these fields (or a reused runner) must fail loudly, not half-work.
    throw new Error('The query runner is not a fresh TypeORM runner; cannot open a tenant transaction on it');
  }
  // The pg client itself: TypeORM's `query` keeps only one result of a multi-statement message.
  const client = (await runner.connect()) as ClientBase;
  const checking = check ? checkStatements(client, check) : undefined;
  const text = `start transaction; select set_config('app.tenant_id', '${tenantId}', true)${checking ? `; ${checking.text}` : ''}`;
  let results: QueryResult[];
  try {
    results = (await client.query(text)) as unknown as QueryResult[];
  } catch (error) {
    // Part of the message may have run: never hand the pool a connection inside a transaction.
    await client.query('rollback').catch(() => undefined);
    if (check && checking?.preparing) await relearnPrepared(client, check.statement.name).catch(() => undefined);
    throw error;
  }
  if (check && checking?.preparing) {
    const known = preparedOn.get(client) ?? new Set<string>();
    known.add(check.statement.name);
    preparedOn.set(client, known);
  }
  bookkeeping.isTransactionActive = true;
  bookkeeping.transactionDepth = 1;
  return checking ? ((results[results.length - 1]?.rows ?? []) as Record<string, unknown>[]) : [];
}
