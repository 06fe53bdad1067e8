// The Redis a queue scenario may use: REDIS_URL, else the machine's on :6379 if it answers;
// its facts for the run note, its pid for CPU, and removal of exactly one namespace's keys.
import IORedis from 'ioredis';

const DEFAULT_URL = 'redis://127.0.0.1:6379';

export interface FoundRedis {
  readonly url?: string;
  /** Where it came from and whether it answered, for the report. */
  readonly description: string;
}

export interface RedisFacts {
  readonly version: string;
  readonly pid: number;
  readonly evictionPolicy: string;
  readonly appendonly: string;
}

async function withRedis<T>(url: string, work: (connection: IORedis) => Promise<T>): Promise<T> {
  const connection = new IORedis(url, {
    lazyConnect: true,
    connectTimeout: 2_000,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  connection.on('error', () => undefined);
  await connection.connect();
  try {
    return await work(connection);
  } finally {
    connection.disconnect();
  }
}

export async function findRedis(): Promise<FoundRedis> {
  const url = process.env.REDIS_URL || DEFAULT_URL;
  const source = process.env.REDIS_URL ? 'REDIS_URL' : DEFAULT_URL;
  try {
    await withRedis(url, (connection) => connection.ping());
    return { url, description: `${source} answers` };
  } catch (error) {
    return { description: `${source} does not answer (${(error as Error).message})` };
  }
}

export function redisFacts(url: string): Promise<RedisFacts> {
  return withRedis(url, async (connection) => {
    const info = await connection.info('server');
    const field = (name: string) => new RegExp(`^${name}:(\\S+)`, 'm').exec(info)?.[1] ?? 'unknown';
    const config = async (name: string) => {
      try {
        return String(((await connection.config('GET', name)) as string[])[1]);
      } catch {
        return 'unknown';
      }
    };
    return {
      version: field('redis_version'),
      pid: Number(field('process_id')),
      evictionPolicy: await config('maxmemory-policy'),
      appendonly: await config('appendonly'),
    };
  });
}

/** Every key of the queues named `<namespace>-…` (BullMQ's default prefix `bull`), and only those. */
export function deleteNamespaceKeys(url: string, namespace: string): Promise<void> {
  return withRedis(url, async (connection) => {
    let cursor = '0';
    do {
      const [next, keys] = await connection.scan(cursor, 'MATCH', `bull:${namespace}-*`, 'COUNT', 1000);
      if (keys.length > 0) await connection.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  });
}
