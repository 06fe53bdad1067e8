import { ClsService } from 'nestjs-cls';
import { AsyncLocalStorage } from 'node:async_hooks';
import { TenantContext } from '../context/tenant-context';
import { TenantDatabase } from './tenant-database';
import { TenantWriteBatch } from './tenant-write-batch';

interface Visit {
  readonly id: string;
  readonly at: number;
}

const TENANT_A = '00000000-0000-4000-8000-00000000000a';
const TENANT_B = '00000000-0000-4000-8000-00000000000b';

/** One write the batch made: whose context it ran in, inside a transaction or not, and what. */
interface Written {
  readonly tenantId: string | undefined;
  readonly inTransaction: boolean;
  readonly items: Visit[];
}

function setUp(failWrites: (tenantId: string | undefined) => boolean = () => false) {
  const tenantContext = new TenantContext(new ClsService(new AsyncLocalStorage()));
  const transactionOf = new AsyncLocalStorage<string | undefined>();
  // The real transaction needs a pool; this one records the tenant it was opened for.
  const db = {
    transaction: <T>(work: () => Promise<T>) =>
      transactionOf.run(tenantContext.requireTenantId('a tenant transaction'), work),
  } as unknown as TenantDatabase;
  const written: Written[] = [];
  const errors: unknown[] = [];
  const logger = { error: (fields: unknown) => errors.push(fields) };
  const batch = new TenantWriteBatch<Visit>(
    {
      name: 'test visits',
      key: (visit) => visit.id,
      merge: (earlier, later) => (later.at > earlier.at ? later : earlier),
      write: (items) => {
        const tenantId = tenantContext.tenantId;
        if (failWrites(tenantId)) return Promise.reject(new Error('write refused'));
        written.push({ tenantId, inTransaction: transactionOf.getStore() === tenantId, items });
        return Promise.resolve();
      },
      intervalMs: 60_000,
    },
    tenantContext,
    db,
    logger as never,
  );
  return { batch, written, errors, tenantContext };
}

describe('TenantWriteBatch', () => {
  it("writes each tenant's items in a transaction under that tenant's own context, merged by key", async () => {
    const { batch, written } = setUp();
    batch.add(TENANT_A, { id: 'v1', at: 1 });
    batch.add(TENANT_B, { id: 'v2', at: 1 });
    batch.add(TENANT_A, { id: 'v1', at: 3 });
    batch.add(TENANT_A, { id: 'v1', at: 2 });
    await batch.flush();

    expect(written).toEqual([
      { tenantId: TENANT_A, inTransaction: true, items: [{ id: 'v1', at: 3 }] },
      { tenantId: TENANT_B, inTransaction: true, items: [{ id: 'v2', at: 1 }] },
    ]);
    await batch.flush();
    expect(written).toHaveLength(2);
    await batch.close();
  });

  it('flushes outside the context of the request that triggers it', async () => {
    const { batch, written, tenantContext } = setUp();
    batch.add(TENANT_B, { id: 'v2', at: 1 });
    // A request of workshop A flushing must not have B's items written in (or refused by) A's context.
    await tenantContext.run(TENANT_A, () => batch.flush());
    expect(written).toEqual([{ tenantId: TENANT_B, inTransaction: true, items: [{ id: 'v2', at: 1 }] }]);
    await batch.close();
  });

  it('keeps a failed write for one more round, then drops it with an error, without holding up others', async () => {
    let failA = true;
    const { batch, written, errors } = setUp((tenantId) => tenantId === TENANT_A && failA);
    batch.add(TENANT_A, { id: 'v1', at: 1 });
    batch.add(TENANT_B, { id: 'v2', at: 1 });
    await batch.flush();
    expect(written.map((write) => write.tenantId)).toEqual([TENANT_B]);
    expect(errors).toEqual([expect.objectContaining({ tenantId: TENANT_A, kept: 1, dropped: 0 })]);

    await batch.flush();
    expect(errors).toEqual([
      expect.objectContaining({ kept: 1, dropped: 0 }),
      expect.objectContaining({ tenantId: TENANT_A, kept: 0, dropped: 1 }),
    ]);

    // Dropped for good: a later round that would succeed has nothing of it left to write.
    failA = false;
    await batch.flush();
    expect(written.map((write) => write.tenantId)).toEqual([TENANT_B]);
    await batch.close();
  });

  it('a retried item that succeeds on its second round is written', async () => {
    let failures = 1;
    const { batch, written } = setUp(() => failures-- > 0);
    batch.add(TENANT_A, { id: 'v1', at: 1 });
    await batch.flush();
    expect(written).toEqual([]);
    await batch.flush();
    expect(written).toEqual([{ tenantId: TENANT_A, inTransaction: true, items: [{ id: 'v1', at: 1 }] }]);
    await batch.close();
  });

  it('writes what is pending on close, and what is added after close at once', async () => {
    const { batch, written } = setUp();
    batch.add(TENANT_A, { id: 'v1', at: 1 });
    await batch.close();
    expect(written).toEqual([{ tenantId: TENANT_A, inTransaction: true, items: [{ id: 'v1', at: 1 }] }]);

    batch.add(TENANT_B, { id: 'v2', at: 1 });
    await batch.flush();
    expect(written.map((write) => write.tenantId)).toEqual([TENANT_A, TENANT_B]);
  });

  it('take removes the matching items, so a caller writing them itself does not write them twice', async () => {
    const { batch, written } = setUp();
    batch.add(TENANT_A, { id: 'mine', at: 1 });
    batch.add(TENANT_A, { id: 'theirs', at: 1 });
    expect(batch.take(TENANT_A, (visit) => visit.id === 'mine')).toEqual([{ id: 'mine', at: 1 }]);
    await batch.close();
    expect(written).toEqual([{ tenantId: TENANT_A, inTransaction: true, items: [{ id: 'theirs', at: 1 }] }]);
  });
});
