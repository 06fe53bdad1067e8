import { SearchDictionaryPrune } from '@pitlane/search';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { eventually } from '../../../test/support/eventually';
import { TestApi, withAdminClient, withAppClient, Workshop } from '../../../test/support/test-api';
import { TestWorker } from '../../../test/support/test-worker';

type LogEntry = Record<string, unknown>;

/**
 * The search dictionary's prune (the `search.prune-dictionary` job): the words no document of a
 * workshop holds any more go, only in the workshops whose documents lost words, never a word a
 * document holds — not even one a writer adds while the prune runs (the race migration
 * 1795450000000 closes with the writers' lock). Documents are written as the application role
 * in the workshop's context, as the relay writes them.
 */
describe('search dictionary prune', () => {
  let api: TestApi;
  let worker: TestWorker;
  let a: Workshop;
  let b: Workshop;
  let prune: SearchDictionaryPrune;
  const entries = (): LogEntry[] => worker.logLines.map((line) => JSON.parse(line) as LogEntry);

  beforeAll(async () => {
    api = await TestApi.start();
    [a, b] = await Promise.all([api.signupWorkshop('Prune A'), api.signupWorkshop('Prune B')]);
    worker = await TestWorker.start({ QUEUE_NAMESPACE: `test-${randomBytes(4).toString('hex')}` });
    prune = worker.app.get(SearchDictionaryPrune);
  });

  afterAll(async () => {
    await withAdminClient((client) =>
      client.query('delete from search_documents where tenant_id = any ($1::uuid[])', [[a.tenantId, b.tenantId]]),
    );
    await worker?.close();
    await api?.close();
  });

  /** Opens a transaction in `tenantId`'s context on `client`. */
  async function enter(client: Client, tenantId: string): Promise<void> {
    await client.query('begin');
    await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
  }

  /** Runs `work` on an application-role connection in `tenantId`'s context, in one transaction. */
  async function inWorkshop<T>(tenantId: string, work: (client: Client) => Promise<T>): Promise<T> {
    return withAppClient(async (client) => {
      await enter(client, tenantId);
      const result = await work(client);
      await client.query('commit');
      return result;
    });
  }

  const write = (client: Client, tenantId: string, id: string, text: string, version = 1) =>
    client.query(
      `insert into search_documents (tenant_id, entity_type, entity_id, version, folded)
       values ($1, 'vehicle', $2, $3, $4)
       on conflict (tenant_id, entity_type, entity_id) do update set version = excluded.version, folded = excluded.folded`,
      [tenantId, id, version, text],
    );

  const remove = (client: Client, tenantId: string, id: string) =>
    client.query(`delete from search_documents where tenant_id = $1 and entity_type = 'vehicle' and entity_id = $2`, [
      tenantId,
      id,
    ]);

  const wordsOf = (tenantId: string) =>
    withAdminClient(async (client) => {
      const { rows } = await client.query<{ word: string }>(
        'select word from search_words where tenant_id = $1 order by word',
        [tenantId],
      );
      return rows.map((row) => row.word);
    });

  const isMarked = (tenantId: string) =>
    withAdminClient(async (client) => {
      const { rowCount } = await client.query('select 1 from search_words_stale where tenant_id = $1', [tenantId]);
      return rowCount === 1;
    });

  /** Transactions queued for the workshop's dictionary lock (the key the triggers and the prune take). */
  const waitingForDictionary = (tenantId: string) =>
    withAdminClient(async (client) => {
      const { rows } = await client.query<{ waiting: number }>(
        `select count(*)::int as waiting from pg_locks
         where locktype = 'advisory' and not granted and objsubid = 2
           and classid::bigint = hashtext('search_words')::bigint & 4294967295
           and objid::bigint = hashtext($1::uuid::text)::bigint & 4294967295`,
        [tenantId],
      );
      return rows[0]!.waiting;
    });

  it('removes the words no document holds, keeps every word one does, and only in the workshop pruned', async () => {
    const [golf, fabia, corolla] = [randomUUID(), randomUUID(), randomUUID()];
    await inWorkshop(a.tenantId, async (client) => {
      await write(client, a.tenantId, golf, 'wa12345 volkswagen golf kowalski');
      await write(client, a.tenantId, fabia, 'kr777 skoda fabia nowak');
    });
    await inWorkshop(b.tenantId, (client) => write(client, b.tenantId, corolla, 'gd1 toyota corolla kowalski'));
    await prune.pruneAll();
    expect(await isMarked(a.tenantId)).toBe(false);

    // A rewrite that keeps every word (a new version of the same text) marks nothing.
    await inWorkshop(a.tenantId, (client) => write(client, a.tenantId, golf, 'wa12345 volkswagen golf kowalski', 2));
    expect(await isMarked(a.tenantId)).toBe(false);

    // The Golf's owner renamed, the Fabia deleted: both workshops lose words.
    await inWorkshop(a.tenantId, async (client) => {
      await write(client, a.tenantId, golf, 'wa12345 volkswagen golf zielinski', 3);
      await remove(client, a.tenantId, fabia);
    });
    await inWorkshop(b.tenantId, (client) => remove(client, b.tenantId, corolla));
    expect(await isMarked(a.tenantId)).toBe(true);
    expect(await isMarked(b.tenantId)).toBe(true);
    expect(await wordsOf(a.tenantId)).toEqual(
      ['fabia', 'golf', 'kowalski', 'kr777', 'nowak', 'skoda', 'volkswagen', 'wa12345', 'zielinski'].sort(),
    );

    expect(await prune.pruneWorkshop(a.tenantId)).toBe(5);
    expect(await wordsOf(a.tenantId)).toEqual(['golf', 'volkswagen', 'wa12345', 'zielinski']);
    expect(await isMarked(a.tenantId)).toBe(false);
    // The other workshop's stale words wait for its own prune.
    expect(await wordsOf(b.tenantId)).toEqual(['corolla', 'gd1', 'kowalski', 'toyota']);
    expect(await isMarked(b.tenantId)).toBe(true);

    // The search still finds what the documents hold.
    const { rows } = await withAppClient(async (client) => {
      await enter(client, a.tenantId);
      return client.query<{ entity_id: string }>(
        `select entity_id from search_documents_find('zielinsky', array['zielinsky'], '', '', array['vehicle'], 20)`,
      );
    });
    expect(rows.map((row) => row.entity_id)).toEqual([golf]);
  });

  it('never removes a word a writer in flight found already in the dictionary', async () => {
    const [old, replacement] = [randomUUID(), randomUUID()];
    await inWorkshop(a.tenantId, (client) => write(client, a.tenantId, old, 'po1 zebra'));
    await inWorkshop(a.tenantId, (client) => remove(client, a.tenantId, old));
    // "zebra" is stale now; a writer brings it back and holds its transaction open.
    await withAppClient(async (writer) => {
      await enter(writer, a.tenantId);
      await write(writer, a.tenantId, replacement, 'po2 zebra');
      const pruning = prune.pruneWorkshop(a.tenantId);
      // The prune waits for the writer: its lock request is queued behind the writer's.
      await eventually(async () => expect(await waitingForDictionary(a.tenantId)).toBeGreaterThan(0));
      await writer.query('commit');
      expect(await pruning).toBe(1); // po1 only
    });
    expect(await wordsOf(a.tenantId)).toEqual(expect.arrayContaining(['po2', 'zebra']));
    expect(await wordsOf(a.tenantId)).not.toContain('po1');
  });

  it('puts back the words of a writer that waited for the prune', async () => {
    const [old, replacement] = [randomUUID(), randomUUID()];
    await inWorkshop(a.tenantId, (client) => write(client, a.tenantId, old, 'po3 walrus'));
    await inWorkshop(a.tenantId, (client) => remove(client, a.tenantId, old));
    // The prune holds the workshop (as pruneWorkshop does, by hand, so it can be held open).
    await withAppClient(async (pruner) => {
      await enter(pruner, a.tenantId);
      await pruner.query(`select pg_advisory_xact_lock(hashtext('search_words'), hashtext($1::uuid::text))`, [
        a.tenantId,
      ]);
      const writing = inWorkshop(a.tenantId, (client) => write(client, a.tenantId, replacement, 'po4 walrus'));
      await eventually(async () => expect(await waitingForDictionary(a.tenantId)).toBeGreaterThan(0));
      await pruner.query(`delete from search_words where tenant_id = $1 and word in ('walrus', 'po3')`, [a.tenantId]);
      await pruner.query('commit');
      await writing;
    });
    expect(await wordsOf(a.tenantId)).toEqual(expect.arrayContaining(['po4', 'walrus']));
  });

  it('visits every marked workshop in one run, past a page of marks', async () => {
    // Marks of workshops that are gone (no foreign key: a deleted workshop's cascade marks it).
    const gone = Array.from({ length: 600 }, () => randomUUID());
    await withAdminClient((client) =>
      client.query('insert into search_words_stale (tenant_id) select unnest($1::uuid[])', [gone]),
    );
    const { workshops } = await prune.pruneAll();
    expect(workshops).toBeGreaterThanOrEqual(gone.length);
    const { rows } = await withAdminClient((client) =>
      client.query('select count(*)::int as left from search_words_stale where tenant_id = any ($1::uuid[])', [gone]),
    );
    expect(rows[0]).toEqual({ left: 0 });
  });

  it('is scheduled by the worker and says how many workshops and words, naming none', async () => {
    await eventually(
      () => expect(entries().some((entry) => entry.message === 'search dictionary pruned')).toBe(true),
      30_000,
    );
    const line = entries().find((entry) => entry.message === 'search dictionary pruned')!;
    expect(line).toEqual(expect.objectContaining({ workshops: expect.any(Number), words: expect.any(Number) }));
    const run = entries().find((entry) => entry.message === 'job' && entry.job === 'search.prune-dictionary')!;
    expect(run).toEqual(expect.objectContaining({ outcome: 'completed', jobId: expect.stringMatching(/^repeat:/) }));
    expect(
      JSON.stringify(entries().filter((entry) => String(entry.job ?? entry.message).includes('prune'))),
    ).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  });
});
