import { TestApi, withAdminClient, Workshop } from '../../../test/support/test-api';
import { addCar, addPart, onHand, openOrder, Order, receive } from './repairs-fixtures';

/**
 * Stock can never be driven negative, however many requests race for the last units. The API
 * runs as the application role against real Postgres; nothing here is mocked or timed.
 */
describe('concurrent use of the last units of a part', () => {
  let api: TestApi;
  let workshop: Workshop;

  beforeAll(async () => {
    api = await TestApi.start();
    workshop = await api.signupWorkshop('Race Garage');
  });

  afterAll(() => api.close());

  it('100 simultaneous uses of the last 10 units: stock 0, 10 lines, exactly 90 clean 409s', async () => {
    const part = await addPart(api, workshop, { partNumber: 'RACE-1' });
    await receive(api, workshop, part.id, 10);
    const car = await addCar(api, workshop);
    // Ten orders, ten requests each: requests contend for the part's balance across orders.
    const orders: Order[] = [];
    for (let i = 0; i < 10; i++) orders.push(await openOrder(api, workshop, car));

    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, index) =>
        api.request<{ type?: string }>('POST', `/api/v1/repair-orders/${orders[index % 10]!.id}/lines`, {
          token: workshop.accessToken,
          body: { kind: 'part', partId: part.id, quantity: 1 },
        }),
      ),
    );

    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(statuses.filter((status) => status === 409)).toHaveLength(90);
    for (const refused of responses.filter((response) => response.status === 409)) {
      expect(refused.body.type).toBe('https://pitlane.dev/problems/insufficient-stock');
    }
    expect(await onHand(api, workshop, part.id)).toBe(0);

    const ledger = await withAdminClient(async (client) => {
      const movements = await client.query<{ kind: string; n: number; total: number; lowest: number }>(
        `select kind, count(*)::int as n, sum(quantity)::int as total, min(balance_after)::int as lowest
           from stock_movements where tenant_id = $1 and part_id = $2 group by kind order by kind`,
        [workshop.tenantId, part.id],
      );
      const lines = await client.query<{ n: number }>(
        `select count(*)::int as n from repair_order_lines where tenant_id = $1 and part_id = $2`,
        [workshop.tenantId, part.id],
      );
      const balance = await client.query<{ on_hand: number }>(
        'select on_hand from part_stock where tenant_id = $1 and part_id = $2',
        [workshop.tenantId, part.id],
      );
      return { movements: movements.rows, lines: lines.rows[0]!.n, onHand: balance.rows[0]!.on_hand };
    });
    // The ledger and the running balance agree, and the losers left no line and no movement.
    expect(ledger).toEqual({
      movements: [
        { kind: 'receive', n: 1, total: 10, lowest: 10 },
        { kind: 'use', n: 10, total: -10, lowest: 0 },
      ],
      lines: 10,
      onHand: 0,
    });
    // Every balance from 9 down to 0 was written exactly once: the uses took turns.
    const balances = await withAdminClient(async (client) =>
      (
        await client.query<{ balance_after: number }>(
          `select balance_after from stock_movements where tenant_id = $1 and part_id = $2 and kind = 'use'
            order by balance_after desc`,
          [workshop.tenantId, part.id],
        )
      ).rows.map((row) => row.balance_after),
    );
    expect(balances).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
  });

  it('simultaneous adjustments and uses never take the balance below zero', async () => {
    const part = await addPart(api, workshop, { partNumber: 'RACE-2' });
    await receive(api, workshop, part.id, 5);
    const car = await addCar(api, workshop);
    const order = await openOrder(api, workshop, car);
    const requests = Array.from({ length: 20 }, (_, index) =>
      index % 2 === 0
        ? api.request('POST', `/api/v1/parts/${part.id}/movements`, {
            token: workshop.accessToken,
            body: { kind: 'adjust', quantity: -1, reason: 'shrinkage' },
          })
        : api.request('POST', `/api/v1/repair-orders/${order.id}/lines`, {
            token: workshop.accessToken,
            body: { kind: 'part', partId: part.id, quantity: 1 },
          }),
    );
    const statuses = (await Promise.all(requests)).map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(5);
    expect(statuses.filter((status) => status === 409)).toHaveLength(15);
    expect(await onHand(api, workshop, part.id)).toBe(0);
  });
});
