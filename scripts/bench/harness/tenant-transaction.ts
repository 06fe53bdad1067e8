// One transaction in a workshop's context on a pooled connection, as the product's TenantDatabase
// runs one: committed when the work succeeds, rolled back when it throws, the connection released.
import type { Pool, PoolClient } from 'pg';

/**
 * Runs `work` in a transaction that `open` starts on a client of `pool`: `open` begins it and
 * sets `app.tenant_id`, in as many round trips as its caller wants to pay for.
 */
export async function inTenantTransaction<T>(
  pool: Pool,
  open: (client: PoolClient) => Promise<unknown>,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await open(client);
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
