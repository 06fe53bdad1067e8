import { randomUUID } from 'node:crypto';
import { TestApi, withAdminClient, Workshop } from '../../../test/support/test-api';
import { expectNothingLeaked, sendAttack } from './bola-support';
import { addService, iso, schedulingWorkshop, Service, weekdayAt } from './scheduling-fixtures';

interface Appointment {
  readonly id: string;
  readonly status: string;
  readonly startsAt: string;
  readonly bay: number;
  readonly vehicleId: string | null;
  readonly services: { name: string }[];
}

interface Page {
  readonly items: Appointment[];
  readonly page: number;
  readonly limit: number;
  readonly total: number;
}

interface Car {
  readonly clientId: string;
  readonly vehicleId: string;
}

async function car(api: TestApi, workshop: Workshop, lastName: string): Promise<Car> {
  const client = await api.request<{ id: string }>('POST', '/api/v1/clients', {
    token: workshop.accessToken,
    body: { firstName: 'Olga', lastName },
  });
  const vehicle = await api.request<{ id: string }>('POST', '/api/v1/vehicles', {
    token: workshop.accessToken,
    body: { clientId: client.body.id, make: 'Skoda', model: 'Octavia', plate: `WX ${lastName.slice(0, 5)}` },
  });
  if (client.status !== 201 || vehicle.status !== 201) throw new Error('car fixture failed');
  return { clientId: client.body.id, vehicleId: vehicle.body.id };
}

async function appoint(
  api: TestApi,
  workshop: Workshop,
  body: { clientId: string; vehicleId?: string; serviceIds: string[]; startsAt: string },
): Promise<Appointment> {
  const response = await api.request<Appointment>('POST', '/api/v1/appointments', {
    token: workshop.accessToken,
    body,
  });
  if (response.status !== 201) throw new Error(`appointment: ${response.status} ${response.text}`);
  return response.body;
}

/** Moves an appointment `days` into the past, keeping its hour (the API books only ahead). */
async function intoThePast(workshop: Workshop, id: string, days: number): Promise<void> {
  await withAdminClient((client) =>
    client.query(
      `update appointments
          set starts_at = starts_at - make_interval(days => $3), ends_at = ends_at - make_interval(days => $3),
              occupied_until = occupied_until - make_interval(days => $3)
        where tenant_id = $1 and id = $2`,
      [workshop.tenantId, id, days],
    ),
  );
}

describe('staff booking lists of a client and a vehicle', () => {
  let api: TestApi;
  let a: Workshop;
  let b: Workshop;
  let service: Service;
  let carA: Car;
  let otherCarA: Car;
  let carB: Car;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await TestApi.start();
    a = await schedulingWorkshop(api, {}, 'Alpha Lists Garage');
    b = await schedulingWorkshop(api, {}, 'Beta Lists Garage');
    service = await addService(api, a, { name: 'Alpha timing belt' });
    const serviceB = await addService(api, b, { name: 'Beta wipers' });
    carA = await car(api, a, 'Kowalska');
    otherCarA = await car(api, a, 'Zielinska');
    carB = await car(api, b, 'Berg');
    const at = (days: number, hour: number) => iso(weekdayAt(hour, days));
    const book = (startsAt: string, owner: Car = carA, withVehicle = true) =>
      appoint(api, a, {
        clientId: owner.clientId,
        ...(withVehicle ? { vehicleId: owner.vehicleId } : {}),
        serviceIds: [service.id],
        startsAt,
      });
    ids.soon = (await book(at(3, 9))).id;
    ids.later = (await book(at(10, 9))).id;
    ids.noVehicle = (await book(at(17, 9), carA, false)).id;
    ids.cancelled = (await book(at(24, 9))).id;
    await api.request('POST', `/api/v1/appointments/${ids.cancelled}/cancel`, { token: a.accessToken });
    ids.lastMonth = (await book(at(3, 11))).id;
    await intoThePast(a, ids.lastMonth, 40);
    ids.lastYear = (await book(at(3, 13))).id;
    await intoThePast(a, ids.lastYear, 400);
    ids.otherClient = (await book(at(3, 15), otherCarA)).id;
    await appoint(api, b, {
      clientId: carB.clientId,
      vehicleId: carB.vehicleId,
      serviceIds: [serviceB.id],
      startsAt: at(3, 9),
    });
  });

  afterAll(() => api.close());

  const list = (who: Workshop, path: string) =>
    api.request<Page>('GET', `/api/v1/appointments/${path}`, { token: who.accessToken });
  const idsOf = (page: Page) => page.items.map((item) => item.id);

  it("a client's upcoming bookings come soonest first, cancelled ones with their status", async () => {
    const upcoming = await list(a, `by-client/${carA.clientId}?when=upcoming`);
    expect(upcoming.status).toBe(200);
    expect(idsOf(upcoming.body)).toEqual([ids.soon, ids.later, ids.noVehicle, ids.cancelled]);
    expect(upcoming.body).toMatchObject({ page: 1, limit: 20, total: 4 });
    expect(upcoming.body.items[3]?.status).toBe('cancelled');
    expect(upcoming.body.items[0]?.services.map((line) => line.name)).toEqual(['Alpha timing belt']);
    // In the workshop's zone, with its offset.
    expect(upcoming.body.items[0]?.startsAt).toMatch(/T09:00:00\+0[12]:00$/);
  });

  it('upcoming is the default', async () => {
    const plain = await list(a, `by-client/${carA.clientId}`);
    expect(idsOf(plain.body)).toEqual([ids.soon, ids.later, ids.noVehicle, ids.cancelled]);
  });

  it("a client's past bookings come latest first", async () => {
    const past = await list(a, `by-client/${carA.clientId}?when=past`);
    expect(idsOf(past.body)).toEqual([ids.lastMonth, ids.lastYear]);
    expect(past.body.total).toBe(2);
  });

  it('pages with page and limit; total counts them all', async () => {
    const second = await list(a, `by-client/${carA.clientId}?when=upcoming&page=2&limit=3`);
    expect(second.body).toMatchObject({ page: 2, limit: 3, total: 4 });
    expect(idsOf(second.body)).toEqual([ids.cancelled]);
  });

  it("a vehicle's list holds only the bookings of that vehicle", async () => {
    const upcoming = await list(a, `by-vehicle/${carA.vehicleId}?when=upcoming`);
    expect(idsOf(upcoming.body)).toEqual([ids.soon, ids.later, ids.cancelled]);
    const past = await list(a, `by-vehicle/${carA.vehicleId}?when=past`);
    expect(idsOf(past.body)).toEqual([ids.lastMonth, ids.lastYear]);
    const other = await list(a, `by-vehicle/${otherCarA.vehicleId}`);
    expect(idsOf(other.body)).toEqual([ids.otherClient]);
  });

  it('a mechanic reads the lists too', async () => {
    const mechanic = await api.addStaff(a, 'mechanic');
    const upcoming = await list(mechanic, `by-client/${carA.clientId}`);
    expect(upcoming.body.total).toBe(4);
  });

  it('a client and a vehicle without bookings have empty lists', async () => {
    const fresh = await car(api, a, 'Nowicka');
    expect((await list(a, `by-client/${fresh.clientId}`)).body).toMatchObject({ items: [], total: 0 });
    expect((await list(a, `by-vehicle/${fresh.vehicleId}?when=past`)).body).toMatchObject({ items: [], total: 0 });
  });

  it.each([
    ['an unknown when', `by-client/{client}?when=soon`, 'when'],
    ['a limit over 100', `by-client/{client}?limit=101`, 'limit'],
    ['page 0', `by-vehicle/{vehicle}?page=0`, 'page'],
    ['an unknown parameter', `by-client/{client}?status=cancelled`, 'status'],
  ])('refuses %s with a 400 naming it', async (_name, path, field) => {
    const response = await api.request<{ errors?: { field: string }[] }>(
      'GET',
      `/api/v1/appointments/${path.replace('{client}', carA.clientId).replace('{vehicle}', carA.vehicleId)}`,
      { token: a.accessToken },
    );
    expect(response.status).toBe(400);
    expect(response.body.errors?.map((error) => error.field)).toContain(field);
  });

  it('an id that is not a UUID is a 400, a missing one a 404', async () => {
    expect((await list(a, 'by-client/not-a-uuid')).status).toBe(400);
    expect((await list(a, `by-client/${randomUUID()}`)).status).toBe(404);
    expect((await list(a, `by-vehicle/${randomUUID()}`)).status).toBe(404);
  });

  describe('isolation', () => {
    it.each([
      ['client', () => `by-client/${carA.clientId}`],
      ['vehicle', () => `by-vehicle/${carA.vehicleId}`],
      ['client, past', () => `by-client/${carA.clientId}?when=past`],
      ['vehicle, past', () => `by-vehicle/${carA.vehicleId}?when=past`],
    ])("workshop B's owner gets 404 for workshop A's %s list, with nothing of A in it", async (_name, path) => {
      const { response, request } = await sendAttack(api, {
        method: 'GET',
        url: `/api/v1/appointments/${path()}`,
        token: b.accessToken,
        role: 'owner of B',
      });
      expect({ request, status: response.status }).toEqual({ request, status: 404 });
      expectNothingLeaked(response, [ids.soon!, ids.lastMonth!, carA.clientId, 'Alpha', 'Kowalska'], request);
    });

    it("workshop B's mechanic gets 404 for workshop A's client", async () => {
      const mechanicB = await api.addStaff(b, 'mechanic');
      const response = await list(mechanicB, `by-client/${carA.clientId}`);
      expect(response.status).toBe(404);
    });

    it("B's own lists never show A's bookings", async () => {
      const listB = await list(b, `by-client/${carB.clientId}`);
      expect(listB.body.total).toBe(1);
      expect(listB.text).not.toContain('Alpha');
      expect(idsOf(listB.body)).not.toContain(ids.soon);
    });
  });
});
