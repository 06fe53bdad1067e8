import { withAdminClient } from './test-api';

/**
 * Everything the queue backend stores, as one string: the suites search it for codes, tokens and
 * passwords that must never be in a job. `redisUrl` given: every test namespace's Redis keys
 * (hashes, strings, lists, sorted sets); else BullMQ's PostgreSQL job table.
 */
export async function queueStorageDump(redisUrl?: string): Promise<string> {
  return redisUrl ? redisDump(redisUrl) : postgresDump();
}

async function postgresDump(): Promise<string> {
  return withAdminClient(async (client) => {
    const rows = await client.query<{ row: string }>('select j::text as row from bullmq.job j');
    return rows.rows.map((r) => r.row).join('\n');
  });
}

async function redisDump(url: string): Promise<string> {
  const { default: IORedis } = await import('ioredis');
  const client = new IORedis(url);
  try {
    const keys = await client.keys('bull:test-*');
    const values: string[] = [];
    for (const key of keys) {
      const type = await client.type(key);
      if (type === 'hash') values.push(JSON.stringify(await client.hgetall(key)));
      else if (type === 'string') values.push((await client.get(key)) ?? '');
      else if (type === 'list') values.push(...(await client.lrange(key, 0, -1)));
      else if (type === 'zset') values.push(...(await client.zrange(key, 0, -1)));
    }
    return values.join('\n');
  } finally {
    client.disconnect();
  }
}
