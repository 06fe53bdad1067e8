import { TestApi, withAdminClient, Workshop } from '../../../test/support/test-api';
import { addService, bookingBody, iso, schedulingWorkshop, Service, weekdayAt } from './scheduling-fixtures';

interface Answer {
  readonly type?: string;
  readonly rule?: string;
  readonly alternatives?: { start: string }[];
  readonly manageToken?: string;
}

describe('concurrent public bookings for one slot', () => {
  let api: TestApi;
  let workshop: Workshop;
  let service: Service;

  beforeAll(async () => {
    api = await TestApi.start();
    workshop = await schedulingWorkshop(api, { bays: 2 });
    service = await addService(api, workshop);
  });

  afterAll(() => api.close());

  it('200 simultaneous bookings of a slot with 2 bays: exactly 2 appointments and 198 clean 409s', async () => {
    const start = weekdayAt(10, 5);
    const bodies = Array.from({ length: 200 }, () => bookingBody(service, start));
    const responses = await Promise.all(
      bodies.map((body) => api.request<Answer>('POST', `/api/v1/public/workshops/${workshop.slug}/bookings`, { body })),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(2);
    expect(statuses.filter((status) => status === 409)).toHaveLength(198);
    for (const response of responses.filter((r) => r.status === 409)) {
      expect(response.body).toMatchObject({ type: 'https://pitlane.dev/problems/slot-taken', rule: 'taken' });
      expect(response.body.alternatives?.length).toBeGreaterThan(0);
      expect(response.body.alternatives?.map((slot) => slot.start)).not.toContain(iso(start));
      expect(response.body.manageToken).toBeUndefined();
    }

    const rows = await withAdminClient(
      async (client) =>
        (
          await client.query(
            `select bay, status from appointments where tenant_id = $1 and starts_at = $2 order by bay`,
            [workshop.tenantId, start.toJSDate()],
          )
        ).rows as { bay: number; status: string }[],
    );
    expect(rows).toEqual([
      { bay: 1, status: 'confirmed' },
      { bay: 2, status: 'confirmed' },
    ]);
    // The losers left nothing behind: their clients and vehicles rolled back with them.
    const clients = await withAdminClient(
      async (client) =>
        (await client.query('select count(*)::int as n from clients where tenant_id = $1', [workshop.tenantId]))
          .rows[0] as { n: number },
    );
    expect(clients.n).toBe(2);
  });
});
