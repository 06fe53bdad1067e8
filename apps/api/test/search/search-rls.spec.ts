import { Client } from 'pg';
import { TestApi, withAdminClient, withAppClient, Workshop } from '../../../../test/support/test-api';

/**
 * The Postgres adapter's projection under row-level security, as the application role: the
 * tenant filter holds for every path, and the fuzzy search uses its trigram index even though
 * pg_trgm's operators are not leakproof (the trap the search migration explains).
 */
describe('search projection: row-level security and index use', () => {
  let api: TestApi;
  let a: Workshop;
  let b: Workshop;
  const DOCUMENTS_PER_WORKSHOP = 20_000;

  beforeAll(async () => {
    api = await TestApi.start();
    a = await api.signupWorkshop('Projection A');
    b = await api.signupWorkshop('Projection B');
    // A realistic volume, so the planner's choice means something: written as the admin, since
    // the projection is the relay's to write and these documents point at no real rows.
    await withAdminClient(async (client) => {
      for (const workshop of [a, b]) {
        await client.query(
          `insert into search_documents (tenant_id, entity_type, entity_id, version, folded, plate_key, phone_reversed)
           select $1, 'vehicle', gen_random_uuid(), n,
             'wa' || n || ' ' || (array['volkswagen golf', 'toyota corolla', 'skoda octavia', 'ford focus'])[1 + n % 4]
               || ' ' || (2000 + n % 25) || ' ' || (array['jan kowalski', 'anna nowak', 'piotr zielinski', 'ewa lis'])[1 + n % 4] || n,
             'WA' || n, reverse('48600' || lpad(n::text, 6, '0'))
           from generate_series(1, $2) n`,
          [workshop.tenantId, DOCUMENTS_PER_WORKSHOP],
        );
      }
      // The dictionary the trigger filled too, as autovacuum would.
      await client.query('analyze search_documents, search_words');
    });
  }, 120_000);

  afterAll(async () => {
    await withAdminClient((client) =>
      client.query('delete from search_documents where tenant_id = any ($1::uuid[])', [[a.tenantId, b.tenantId]]),
    );
    await api.close();
  });

  async function asTenant<T>(tenantId: string | null, work: (client: Client) => Promise<T>): Promise<T> {
    return withAppClient(async (client) => {
      await client.query('begin');
      try {
        if (tenantId) await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
        return await work(client);
      } finally {
        await client.query('rollback');
      }
    });
  }

  const find = (client: Client, fn: 'find' | 'explain', text: string, plate = '', phone = '') =>
    client.query<{ entity_id: string; search_documents_explain: string }>(
      `select * from search_documents_${fn}($1, $2, $3, $4, array['vehicle', 'client'], 20)`,
      [text, text.split(' '), plate, phone],
    );

  it('plans the fuzzy search on the trigram index of the dictionary and the words index, as the application role', async () => {
    const plan = await asTenant(a.tenantId, async (client) =>
      (await find(client, 'explain', 'kowalsky')).rows.map((row) => row.search_documents_explain).join('\n'),
    );
    expect(plan).toContain('search_words_trgm_idx');
    expect(plan).toContain('search_documents_words_idx');
    expect(plan).not.toMatch(/Seq Scan on search_(documents|words)/);
  });

  it('looks a word with digits up by its start, on the prefix index of the dictionary', async () => {
    const plan = await asTenant(a.tenantId, async (client) =>
      (await find(client, 'explain', 'wa123')).rows.map((row) => row.search_documents_explain).join('\n'),
    );
    expect(plan).toContain('search_words_prefix_idx');
  });

  it("narrows an owner's name by both words' dictionary matches in the same words index scan", async () => {
    const plan = await asTenant(a.tenantId, async (client) =>
      (await find(client, 'explain', 'anna nowak')).rows.map((row) => row.search_documents_explain).join('\n'),
    );
    expect(plan).toMatch(/Index Cond: .*words && \$11.*words && \$12/);
  });

  it("keeps the words of every written document in its workshop's dictionary", async () => {
    const words = await asTenant(a.tenantId, async (client) =>
      (
        await client.query<{ word: string }>(
          `select word from search_words where tenant_id = $1 and word = any ($2::text[]) order by word`,
          [a.tenantId, ['kowalski4', 'volkswagen', 'wa1']],
        )
      ).rows.map((row) => row.word),
    );
    expect(words).toEqual(['kowalski4', 'volkswagen', 'wa1']);
  });

  it('finds by both words, every word of the hit matching', async () => {
    const names = await asTenant(a.tenantId, async (client) => {
      const hits = (await find(client, 'find', 'anna nowak')).rows.map((row) => row.entity_id);
      return (
        await client.query<{ folded: string }>(
          'select folded from search_documents where tenant_id = $1 and entity_id = any ($2::uuid[])',
          [a.tenantId, hits],
        )
      ).rows.map((row) => row.folded);
    });
    expect(names).toHaveLength(20);
    for (const name of names) expect(name).toMatch(/anna nowak/);
  });

  it('plans a plate prefix and a phone suffix on their own indexes', async () => {
    const plan = await asTenant(a.tenantId, async (client) =>
      (await find(client, 'explain', 'wa123', 'WA123', '4321')).rows
        .map((row) => row.search_documents_explain)
        .join('\n'),
    );
    expect(plan).toContain('search_documents_plate_idx');
    expect(plan).toContain('search_documents_phone_idx');
  });

  it('shows the trap it avoids: the same operator straight on the table, under RLS, cannot use the index', async () => {
    const plan = await asTenant(a.tenantId, async (client) =>
      (
        await client.query<{ 'QUERY PLAN': string }>(
          `explain select entity_id from search_documents where 'kowalsky' <% folded`,
        )
      ).rows
        .map((row) => row['QUERY PLAN'])
        .join('\n'),
    );
    // Not asserted either way (a future planner may learn better); printed for the reader.
    process.stdout.write(`\n[search rls] plain query under RLS:\n${plan}\n`);
  });

  it("finds only the caller's documents, for identical data in two workshops", async () => {
    const ofA = await asTenant(a.tenantId, async (client) => (await find(client, 'find', 'kowalski 2001')).rows);
    expect(ofA.length).toBeGreaterThan(0);
    const owners = await withAdminClient(async (client) =>
      (
        await client.query<{ tenant_id: string }>(
          'select distinct tenant_id from search_documents where entity_id = any ($1::uuid[])',
          [ofA.map((row) => row.entity_id)],
        )
      ).rows.map((row) => row.tenant_id),
    );
    expect(owners).toEqual([a.tenantId]);
  });

  it('refuses to search without a tenant, rather than reading nothing or everything', async () => {
    await expect(asTenant(null, (client) => find(client, 'find', 'kowalski'))).rejects.toThrow(
      /needs a tenant context/,
    );
    await expect(asTenant(null, (client) => find(client, 'explain', 'kowalski'))).rejects.toThrow(
      /needs a tenant context/,
    );
  });

  it("lets the application role neither read nor write another workshop's documents directly", async () => {
    const counts = await asTenant(a.tenantId, async (client) => {
      const own = await client.query<{ n: number }>('select count(*)::int as n from search_documents');
      const theirs = await client.query<{ n: number }>(
        'select count(*)::int as n from search_documents where tenant_id = $1',
        [b.tenantId],
      );
      return { own: own.rows[0]!.n, theirs: theirs.rows[0]!.n };
    });
    expect(counts).toEqual({ own: DOCUMENTS_PER_WORKSHOP, theirs: 0 });
    await expect(
      asTenant(a.tenantId, (client) =>
        client.query(
          `insert into search_documents (tenant_id, entity_type, entity_id, version, folded) values ($1, 'client', gen_random_uuid(), 1, 'x')`,
          [b.tenantId],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      asTenant(a.tenantId, (client) =>
        client.query(
          `insert into search_outbox (tenant_id, entity_type, entity_id, version) values ($1, 'client', gen_random_uuid(), 1)`,
          [b.tenantId],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    const updated = await asTenant(a.tenantId, (client) =>
      client.query(`update search_documents set folded = 'hijacked' where tenant_id = $1`, [b.tenantId]),
    );
    expect(updated.rowCount).toBe(0);
  });
});
