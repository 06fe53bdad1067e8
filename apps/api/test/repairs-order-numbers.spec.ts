import { TestApi, withAdminClient, Workshop } from '../../../test/support/test-api';
import { addCar, Car, expectStatus, openOrder, Order } from './repairs-fixtures';

interface OrderPage {
  items: Order[];
  total: number;
}

/**
 * Repair order numbers: 1, 2, 3… per workshop, allocated in the creating transaction from the
 * workshop's counter row. Real Postgres as the application role; nothing is mocked or timed.
 */
describe('repair order numbers', () => {
  let api: TestApi;
  let a: Workshop;
  let b: Workshop;
  let carA: Car;
  let carB: Car;

  const create = (workshop: Workshop, car: Car, complaint = 'Noise from the front axle') =>
    api.request<Order>('POST', '/api/v1/repair-orders', {
      token: workshop.accessToken,
      body: { vehicleId: car.vehicleId, complaint },
    });
  const list = async (workshop: Workshop, query: string): Promise<OrderPage> => {
    const response = await api.request<OrderPage>('GET', `/api/v1/repair-orders?${query}`, {
      token: workshop.accessToken,
    });
    expectStatus(response, 200);
    return response.body;
  };
  const numbersOf = (orders: readonly Order[]): number[] => orders.map((order) => order.number);

  beforeAll(async () => {
    api = await TestApi.start();
    [a, b] = await Promise.all([api.signupWorkshop('Numbers Garage A'), api.signupWorkshop('Numbers Garage B')]);
    [carA, carB] = await Promise.all([addCar(api, a), addCar(api, b)]);
  });

  afterAll(() => api.close());

  it('gives 20 simultaneous first orders of each of two workshops the numbers 1..20, once each, per workshop', async () => {
    // No counter row exists yet in either workshop: the first creations race to insert it.
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, index) => (index % 2 === 0 ? create(a, carA) : create(b, carB))),
    );
    for (const response of responses) expectStatus(response, 201);
    const byWorkshop = (vehicleId: string) =>
      responses
        .map((response) => response.body)
        .filter((order) => order.vehicleId === vehicleId)
        .map((order) => order.number)
        .sort((x, y) => x - y);
    const oneToTwenty = Array.from({ length: 20 }, (_, index) => index + 1);
    expect(byWorkshop(carA.vehicleId)).toEqual(oneToTwenty);
    expect(byWorkshop(carB.vehicleId)).toEqual(oneToTwenty);

    // What the response said is what is stored, and the counters stand at 20.
    const stored = await withAdminClient(async (client) => ({
      orders: (
        await client.query<{ tenant_id: string; n: number; low: number; high: number }>(
          `select tenant_id, count(distinct number)::int as n, min(number) as low, max(number) as high
             from repair_orders where tenant_id = any($1) group by tenant_id order by tenant_id`,
          [[a.tenantId, b.tenantId]],
        )
      ).rows,
      counters: (
        await client.query<{ tenant_id: string; last_number: number }>(
          `select tenant_id, last_number from repair_order_counters where tenant_id = any($1) order by tenant_id`,
          [[a.tenantId, b.tenantId]],
        )
      ).rows,
    }));
    const [first, second] = [a.tenantId, b.tenantId].sort();
    expect(stored).toEqual({
      orders: [
        { tenant_id: first, n: 20, low: 1, high: 20 },
        { tenant_id: second, n: 20, low: 1, high: 20 },
      ],
      counters: [
        { tenant_id: first, last_number: 20 },
        { tenant_id: second, last_number: 20 },
      ],
    });
  });

  it('leaves no gap when a creation rolls back after taking its number', async () => {
    const before = (await list(a, 'sort=-number&limit=1')).items[0]!.number;
    // Fault injection: this workshop's insert of an order with this complaint fails inside the
    // creating transaction, after the counter was moved.
    await withAdminClient((client) =>
      client.query(`
        create function numbers_spec_fail_insert() returns trigger language plpgsql as $$
        begin
          if new.tenant_id = '${a.tenantId}' and new.complaint = 'roll me back' then
            raise exception 'injected failure';
          end if;
          return new;
        end $$;
        create trigger numbers_spec_fail before insert on repair_orders
          for each row execute function numbers_spec_fail_insert();`),
    );
    try {
      expectStatus(await create(a, carA, 'roll me back'), 500);
    } finally {
      await withAdminClient((client) =>
        client.query(`drop trigger numbers_spec_fail on repair_orders; drop function numbers_spec_fail_insert();`),
      );
    }
    const next = await openOrder(api, a, carA);
    expect(next.number).toBe(before + 1);
    expect(
      await withAdminClient(
        async (client) =>
          (
            await client.query<{ n: number }>(
              `select count(*)::int as n from repair_orders where tenant_id = $1 and complaint = 'roll me back'`,
              [a.tenantId],
            )
          ).rows[0]!.n,
      ),
    ).toBe(0);
  });

  it('finds an order by its exact number and sorts by number, each workshop among its own orders', async () => {
    const seven = await list(a, 'number=7');
    expect(seven.total).toBe(1);
    expect(seven.items.map((order) => [order.number, order.vehicleId])).toEqual([[7, carA.vehicleId]]);
    // B has 20 orders; A's 21st is not B's to find.
    expect(await list(b, 'number=21')).toMatchObject({ items: [], total: 0 });
    expect(numbersOf((await list(b, 'number=7')).items)).toEqual([7]);
    expect((await list(b, 'number=7')).items[0]!.vehicleId).toBe(carB.vehicleId);

    expect(numbersOf((await list(a, 'sort=number&limit=3')).items)).toEqual([1, 2, 3]);
    expect(numbersOf((await list(a, 'sort=-number&limit=3')).items)).toEqual([21, 20, 19]);

    const one = await api.request<Order>('GET', `/api/v1/repair-orders/${(await list(a, 'number=1')).items[0]!.id}`, {
      token: a.accessToken,
    });
    expect(one.body.number).toBe(1);
  });

  it('refuses a number that is not a positive integer', async () => {
    for (const bad of ['0', '-1', '1.5', 'abc', '2147483648']) {
      const response = await api.request('GET', `/api/v1/repair-orders?number=${bad}`, { token: a.accessToken });
      expectStatus(response, 400);
    }
  });
});
