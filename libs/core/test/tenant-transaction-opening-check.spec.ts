import { randomUUID } from 'node:crypto';
import type { ClientBase } from 'pg';
import { DataSource } from 'typeorm';
import type { OpeningCheck, PreparedRead } from '../src/context/request-context';
import { createAppDataSource } from '../src/database/data-source';
import { runTenantTransaction } from '../src/database/tenant-transaction';
import { testDatabase } from '../../../test/support/test-config';

/**
 * The opening check is a statement each connection prepares once (issue 17: parsing and planning
 * the session check on every request cost Postgres more than running it). One connection here, so
 * every transaction meets the same one.
 */
describe('the opening check of a tenant transaction', () => {
  let dataSource: DataSource;
  const tenantId = randomUUID();
  const sent: string[] = [];

  beforeAll(async () => {
    dataSource = createAppDataSource({
      url: testDatabase.appUrl(),
      poolMax: 1,
      entities: [],
      applicationName: 'pitlane-test-opening-check',
    });
    await dataSource.initialize();
  });
  afterAll(() => dataSource?.destroy());

  const read = (name: string, sql: string): PreparedRead => ({ name, parameterTypes: ['uuid', 'uuid'], sql });
  const checkOf = (statement: PreparedRead, values: string[] = [tenantId, randomUUID()]): OpeningCheck => ({
    tenantId,
    statement,
    values,
    verify: () => undefined,
  });

  /** Runs a tenant transaction with the check; the opening message it sent and the check's rows. */
  async function open(check: OpeningCheck): Promise<{ message: string; rows: Record<string, unknown>[] }> {
    let rows: Record<string, unknown>[] = [];
    const before = sent.length;
    await runTenantTransaction(dataSource, tenantId, () => Promise.resolve(undefined), {
      ...check,
      verify: (checked) => {
        rows = checked;
      },
    });
    return { message: sent[before] ?? '', rows };
  }

  beforeAll(() => {
    // Records the text of every message the one pooled connection is sent.
    const runner = dataSource.createQueryRunner();
    return runner.connect().then(async (client: ClientBase) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
        sent.push(typeof args[0] === 'string' ? args[0] : String((args[0] as { text?: string }).text));
        return query(...args);
      };
      await runner.release();
    });
  });

  it('prepares its statement with the first check on a connection and only executes it after', async () => {
    const statement = read('test_check_values', 'select $1::text as tenant, $2::text as session');
    const session = randomUUID();
    const first = await open(checkOf(statement, [tenantId, session]));
    expect(first.message).toMatch(
      /; prepare test_check_values\(uuid, uuid\) as select .*; execute test_check_values\('/,
    );
    expect(first.rows).toEqual([{ tenant: tenantId, session }]);
    const second = await open(checkOf(statement));
    expect(second.message).not.toMatch(/prepare/);
    expect(second.message).toMatch(/; execute test_check_values\('[0-9a-f-]{36}', '[0-9a-f-]{36}'\)$/);
  });

  it('refuses anything but a UUID as an argument, before a byte is sent', async () => {
    const statement = read('test_check_refuses', 'select $1::text, $2::text');
    const before = sent.length;
    await expect(open(checkOf(statement, [tenantId, "x'); drop table tenants; --"]))).rejects.toThrow(/UUIDs only/);
    await expect(open(checkOf(statement, [tenantId]))).rejects.toThrow(/UUIDs only/);
    await expect(open(checkOf(read('Bad Name;', 'select 1'), [tenantId, tenantId]))).rejects.toThrow(/name/);
    expect(sent.length).toBe(before);
  });

  it('a message that failed after its prepare ran leaves the connection knowing the statement', async () => {
    // Planned only at execute: the prepare succeeds and the execute divides by zero.
    const statement = read('test_check_fails', 'select 1 / 0 as x where $1::uuid is not null and $2::uuid is not null');
    await expect(open(checkOf(statement))).rejects.toThrow(/division by zero/);
    // Believing it unprepared, the next message would prepare again: "already exists".
    const again = open(checkOf(statement));
    await expect(again).rejects.toThrow(/division by zero/);
    expect(sent[sent.length - 1]).toBe('rollback');
    expect(sent.filter((text) => text.includes('prepare test_check_fails'))).toHaveLength(1);
  });
});
