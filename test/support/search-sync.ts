import { SearchIndex } from '@pitlane/search';
import { Client } from 'pg';
import { SearchRelay } from '../../apps/worker/src/search/search-relay';
import { eventually } from './eventually';
import { TestWorker } from './test-worker';

/**
 * Waits until every change of `tenantIds` committed so far is in the search index: the relay
 * drains (any relay may have taken the rows), the outbox holds nothing of theirs, and the index
 * has made its writes visible. No sleep: it returns as soon as that holds.
 */
export async function searchSynced(
  worker: TestWorker,
  adminUrl: string,
  tenantIds: readonly string[],
  timeoutMs = 30_000,
): Promise<void> {
  const relay = worker.app.get(SearchRelay);
  await eventually(async () => {
    await relay.drainNow();
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ waiting: number }>(
        'select count(*)::int as waiting from search_outbox where tenant_id = any ($1::uuid[])',
        [tenantIds],
      );
      if (rows[0]!.waiting > 0) {
        const failure = [...worker.logLines].reverse().find((line) => line.includes('search outbox relay failed'));
        throw new Error(`${rows[0]!.waiting} outbox rows still waiting${failure ? `; relay: ${failure}` : ''}`);
      }
    } finally {
      await client.end();
    }
  }, timeoutMs);
  await worker.app.get(SearchIndex).refresh();
}
