import { Client } from 'pg';
import { QueryRunner } from 'typeorm';

/**
 * A QueryRunner over one plain connection, for running a migration's `up` or `down` directly:
 * migrations call only `query(sql, parameters)` on their runner.
 */
export function runnerOver(client: Client): QueryRunner {
  const query = async (sql: string, parameters?: unknown[]): Promise<unknown[]> =>
    (await client.query<Record<string, unknown>>(sql, parameters)).rows;
  return { query } as unknown as QueryRunner;
}
