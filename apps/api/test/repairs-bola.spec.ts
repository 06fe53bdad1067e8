import { TestApi, TestResponse, withAdminClient, Workshop } from '../../../test/support/test-api';
import { addCar, addLine, addPart, Car, expectStatus, Json, openOrder, Order, Part, receive } from './repairs-fixtures';
import { addService, iso, schedulingWorkshop, weekdayAt } from './scheduling-fixtures';

/**
 * Broken object-level authorisation, repairs edition: workshop B's staff hold workshop A's
 * repair order, line, part, vehicle, client and appointment ids and throw them at every repairs
 * endpoint, in the path, the body and the query. Every attempt answers as if A's objects did
 * not exist, carries nothing of A, and leaves every row of A exactly as it was.
 */

type Role = 'owner' | 'manager' | 'mechanic';
const PROBLEM_JSON = /^application\/problem\+json/;
const A_COMPLAINT = 'Victim complaint: rattling exhaust';
const A_PART_NUMBER = 'VICTIM-PN-7731';

interface VictimIds {
  readonly orderId: string;
  readonly lineId: string;
  readonly partLineId: string;
  readonly partId: string;
  readonly vehicleId: string;
  readonly clientId: string;
  readonly appointmentId: string;
}

interface OwnIds {
  readonly orderId: string;
  readonly lineId: string;
  readonly partId: string;
  readonly car: Car;
}

/** A route under attack: `url` and `body` build the request from A's ids and B's own. */
interface Attack {
  readonly label: string;
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Only owners and managers may use the route: a mechanic may also get 403. */
  readonly ownerOnly: boolean;
  readonly outcome: 'not-found' | 'empty-page';
  readonly url: (a: VictimIds, b: OwnIds) => string;
  readonly body?: (a: VictimIds, b: OwnIds) => Json;
}

const ATTACKS: readonly Attack[] = [
  // A's ids in the path
  {
    label: 'GET /repair-orders/:id',
    method: 'GET',
    ownerOnly: false,
    outcome: 'not-found',
    url: (a) => `/api/v1/repair-orders/${a.orderId}`,
  },
  {
    label: 'PATCH /repair-orders/:id',
    method: 'PATCH',
    ownerOnly: true,
    outcome: 'not-found',
    url: (a) => `/api/v1/repair-orders/${a.orderId}`,
    body: () => ({ notes: 'B was here', mileageIn: 1 }),
  },
  {
    label: 'POST /repair-orders/:id/transitions',
    method: 'POST',
    ownerOnly: false,
    outcome: 'not-found',
    url: (a) => `/api/v1/repair-orders/${a.orderId}/transitions`,
    body: () => ({ to: 'completed' }),
  },
  {
    label: 'POST /repair-orders/:id/transitions (cancel)',
    method: 'POST',
    ownerOnly: false,
    outcome: 'not-found',
    url: (a) => `/api/v1/repair-orders/${a.orderId}/transitions`,
    body: () => ({ to: 'cancelled' }),
  },
  {
    label: 'POST /repair-orders/:id/lines',
    method: 'POST',
    ownerOnly: false,
    outcome: 'not-found',
    url: (a) => `/api/v1/repair-orders/${a.orderId}/lines`,
    body: () => ({ kind: 'fee', description: 'Mallory fee', quantity: 1, unitPriceMinor: 1, vatRateBp: 0 }),
  },
  {
    label: 'PATCH /repair-orders/:id/lines/:lineId',
    method: 'PATCH',
    ownerOnly: false,
    outcome: 'not-found',
    url: (a) => `/api/v1/repair-orders/${a.orderId}/lines/${a.lineId}`,
    body: () => ({ unitPriceMinor: 0 }),
  },
  {
    label: 'PATCH /repair-orders/:id/lines/:lineId (part line, quantity)',
    method: 'PATCH',
    ownerOnly: false,
    outcome: 'not-found',
    url: (a) => `/api/v1/repair-orders/${a.orderId}/lines/${a.partLineId}`,
    body: () => ({ quantity: 1 }),
  },
  {
    label: 'DELETE /repair-orders/:id/lines/:lineId',
    method: 'DELETE',
    ownerOnly: false,
    outcome: 'not-found',
    url: (a) => `/api/v1/repair-orders/${a.orderId}/lines/${a.partLineId}`,
  },
  {
    label: "PATCH /repair-orders/<B's order>/lines/<A's line>",
    method: 'PATCH',
    ownerOnly: false,
    outcome: 'not-found',
    url: (a, b) => `/api/v1/repair-orders/${b.orderId}/lines/${a.lineId}`,
    body: () => ({ description: 'moved' }),
  },
  {
    label: "DELETE /repair-orders/<B's order>/lines/<A's line>",
    method: 'DELETE',
    ownerOnly: false,
    outcome: 'not-found',
    url: (a, b) => `/api/v1/repair-orders/${b.orderId}/lines/${a.partLineId}`,
  },
  {
    label: "PATCH /repair-orders/<A's order>/lines/<B's line>",
    method: 'PATCH',
    ownerOnly: false,
    outcome: 'not-found',
    url: (a, b) => `/api/v1/repair-orders/${a.orderId}/lines/${b.lineId}`,
    body: () => ({ description: 'moved' }),
  },
  {
    label: 'GET /parts/:id',
    method: 'GET',
    ownerOnly: false,
    outcome: 'not-found',
    url: (a) => `/api/v1/parts/${a.partId}`,
  },
  {
    label: 'PATCH /parts/:id',
    method: 'PATCH',
    ownerOnly: true,
    outcome: 'not-found',
    url: (a) => `/api/v1/parts/${a.partId}`,
    body: () => ({ priceMinor: 1, active: false }),
  },
  {
    label: 'DELETE /parts/:id',
    method: 'DELETE',
    ownerOnly: true,
    outcome: 'not-found',
    url: (a) => `/api/v1/parts/${a.partId}`,
  },
  {
    label: 'GET /parts/:id/movements',
    method: 'GET',
    ownerOnly: false,
    outcome: 'not-found',
    url: (a) => `/api/v1/parts/${a.partId}/movements`,
  },
  {
    label: 'POST /parts/:id/movements (receive)',
    method: 'POST',
    ownerOnly: true,
    outcome: 'not-found',
    url: (a) => `/api/v1/parts/${a.partId}/movements`,
    body: () => ({ kind: 'receive', quantity: 5 }),
  },
  {
    label: 'POST /parts/:id/movements (adjust)',
    method: 'POST',
    ownerOnly: true,
    outcome: 'not-found',
    url: (a) => `/api/v1/parts/${a.partId}/movements`,
    body: () => ({ kind: 'adjust', quantity: -1, reason: 'theft' }),
  },
  // A's ids in the body
  {
    label: "POST /repair-orders { A's vehicle }",
    method: 'POST',
    ownerOnly: true,
    outcome: 'not-found',
    url: () => '/api/v1/repair-orders',
    body: (a) => ({ vehicleId: a.vehicleId }),
  },
  {
    label: "POST /repair-orders { B's vehicle, A's client }",
    method: 'POST',
    ownerOnly: true,
    outcome: 'not-found',
    url: () => '/api/v1/repair-orders',
    body: (a, b) => ({ vehicleId: b.car.vehicleId, clientId: a.clientId }),
  },
  {
    label: "POST /repair-orders { B's vehicle, A's appointment }",
    method: 'POST',
    ownerOnly: true,
    outcome: 'not-found',
    url: () => '/api/v1/repair-orders',
    body: (a, b) => ({ vehicleId: b.car.vehicleId, appointmentId: a.appointmentId }),
  },
  {
    label: "POST /repair-orders/<B's order>/lines { A's part }",
    method: 'POST',
    ownerOnly: false,
    outcome: 'not-found',
    url: (_a, b) => `/api/v1/repair-orders/${b.orderId}/lines`,
    body: (a) => ({ kind: 'part', partId: a.partId, quantity: 1 }),
  },
  {
    label: "POST /repair-orders/<A's order>/lines { B's part }",
    method: 'POST',
    ownerOnly: false,
    outcome: 'not-found',
    url: (a) => `/api/v1/repair-orders/${a.orderId}/lines`,
    body: (_a, b) => ({ kind: 'part', partId: b.partId, quantity: 1 }),
  },
  // A's ids in the query
  {
    label: 'GET /repair-orders?vehicleId=',
    method: 'GET',
    ownerOnly: false,
    outcome: 'empty-page',
    url: (a) => `/api/v1/repair-orders?vehicleId=${a.vehicleId}`,
  },
  {
    label: 'GET /repair-orders?clientId=',
    method: 'GET',
    ownerOnly: false,
    outcome: 'empty-page',
    url: (a) => `/api/v1/repair-orders?clientId=${a.clientId}&status=in_progress`,
  },
  {
    label: "GET /parts?q=<A's part number>",
    method: 'GET',
    ownerOnly: false,
    outcome: 'empty-page',
    url: () => `/api/v1/parts?q=${A_PART_NUMBER}`,
  },
  {
    label: 'GET /audit-events?entityId=<order>',
    method: 'GET',
    ownerOnly: true,
    outcome: 'empty-page',
    url: (a) => `/api/v1/audit-events?entityId=${a.orderId}`,
  },
  {
    label: 'GET /audit-events?entityId=<part>',
    method: 'GET',
    ownerOnly: true,
    outcome: 'empty-page',
    url: (a) => `/api/v1/audit-events?entityId=${a.partId}`,
  },
];

async function snapshot(tenantId: string): Promise<Record<string, Json[]>> {
  return withAdminClient(async (client) => {
    const rows = async (sql: string) => (await client.query<Json>(sql, [tenantId])).rows;
    return {
      orders: await rows('select * from repair_orders where tenant_id = $1 order by id'),
      lines: await rows('select * from repair_order_lines where tenant_id = $1 order by id'),
      parts: await rows('select * from parts where tenant_id = $1 order by id'),
      stock: await rows('select * from part_stock where tenant_id = $1 order by part_id'),
      movements: await rows('select * from stock_movements where tenant_id = $1 order by id'),
      audit: await rows('select * from audit_events where tenant_id = $1 order by id'),
    };
  });
}

describe("repairs BOLA: workshop B can neither see nor touch workshop A's orders, lines and parts", () => {
  let api: TestApi;
  let a: VictimIds;
  let b: OwnIds;
  let victim: Workshop;
  let owner: Workshop;
  let manager: Workshop;
  let mechanic: Workshop;
  let victimBefore: Record<string, Json[]>;
  let ownBefore: Record<string, Json[]>;
  let secrets: string[];

  const tokenOf = (role: Role) => ({ owner, manager, mechanic })[role].accessToken;

  beforeAll(async () => {
    api = await TestApi.start();
    victim = await schedulingWorkshop(api, {}, 'Victim Repairs');
    const car = await addCar(api, victim);
    const service = await addService(api, victim);
    const appointment = await api.request<{ id: string }>('POST', '/api/v1/appointments', {
      token: victim.accessToken,
      body: {
        clientId: car.clientId,
        vehicleId: car.vehicleId,
        serviceIds: [service.id],
        startsAt: iso(weekdayAt(9, 4)),
      },
    });
    expectStatus(appointment, 201);
    const part: Part = await addPart(api, victim, { partNumber: A_PART_NUMBER, name: 'Victim exhaust clamp' });
    await receive(api, victim, part.id, 8);
    const order = await openOrder(api, victim, car, { complaint: A_COMPLAINT, appointmentId: appointment.body.id });
    await addLine(api, victim, order.id, {
      kind: 'labour',
      description: 'Victim labour',
      quantity: 2,
      unitPriceMinor: 15_000,
      vatRateBp: 2300,
    });
    const withPart: Order = await addLine(api, victim, order.id, { kind: 'part', partId: part.id, quantity: 3 });
    const moved = await api.request('POST', `/api/v1/repair-orders/${order.id}/transitions`, {
      token: victim.accessToken,
      body: { to: 'approved' },
    });
    expectStatus(moved, 200);
    const started = await api.request('POST', `/api/v1/repair-orders/${order.id}/transitions`, {
      token: victim.accessToken,
      body: { to: 'in_progress' },
    });
    expectStatus(started, 200);
    a = {
      orderId: order.id,
      lineId: withPart.lines[0]!.id,
      partLineId: withPart.lines[1]!.id,
      partId: part.id,
      vehicleId: car.vehicleId,
      clientId: car.clientId,
      appointmentId: appointment.body.id,
    };
    secrets = [A_COMPLAINT, A_PART_NUMBER, 'Victim exhaust clamp', 'Victim labour', ...Object.values(a)];

    owner = await api.signupWorkshop('Attacker Repairs');
    manager = await api.addStaff(owner, 'manager');
    mechanic = await api.addStaff(owner, 'mechanic');
    const ownCar = await addCar(api, owner);
    const ownPart = await addPart(api, owner, { partNumber: 'B-OWN-1' });
    await receive(api, owner, ownPart.id, 4);
    const ownOrder = await openOrder(api, owner, ownCar);
    const ownLine = await addLine(api, owner, ownOrder.id, {
      kind: 'fee',
      description: 'Own fee',
      quantity: 1,
      unitPriceMinor: 100,
      vatRateBp: 2300,
    });
    b = { orderId: ownOrder.id, lineId: ownLine.lines[0]!.id, partId: ownPart.id, car: ownCar };

    victimBefore = await snapshot(victim.tenantId);
    ownBefore = await snapshot(owner.tenantId);
  });

  afterAll(() => api.close());

  async function attack(route: Attack, role: Role): Promise<TestResponse> {
    const url = route.url(a, b);
    const response = await api.request(route.method, url, {
      token: tokenOf(role),
      ...(route.body ? { body: route.body(a, b) } : {}),
    });
    const request = `${route.method} ${url} as ${role} -> ${response.status} ${response.text}`;
    if (route.ownerOnly && role === 'mechanic') {
      expect({ request, refused: [403, 404].includes(response.status) }).toEqual({ request, refused: true });
      expect(String(response.headers['content-type'])).toMatch(PROBLEM_JSON);
    } else if (route.outcome === 'not-found') {
      expect({ request, status: response.status }).toEqual({ request, status: 404 });
      expect(String(response.headers['content-type'])).toMatch(PROBLEM_JSON);
    } else {
      expect({ request, status: response.status }).toEqual({ request, status: 200 });
      const page = response.body as { items: unknown[]; total: number };
      expect({ request, items: page.items, total: page.total }).toEqual({ request, items: [], total: 0 });
    }
    // `instance` echoes the attacker's own path; nothing else may carry anything of A.
    const { instance: _instance, ...rest } = response.body ?? {};
    const text = JSON.stringify(rest).toLowerCase();
    const leaked = secrets.filter((secret) => text.includes(secret.toLowerCase()));
    expect({ request, leaked }).toEqual({ request, leaked: [] });
    return response;
  }

  it('has something to attack: an order in progress with a labour and a part line, a part with stock', () => {
    expect(victimBefore.orders).toHaveLength(1);
    expect(victimBefore.lines).toHaveLength(2);
    expect(victimBefore.stock).toEqual([expect.objectContaining({ on_hand: 5 })]);
    expect(victimBefore.movements).toHaveLength(2);
  });

  it.each(ATTACKS)('a mechanic, a manager and the owner of workshop B are refused by $label', async (route) => {
    for (const role of ['mechanic', 'manager', 'owner'] as const) await attack(route, role);
  });

  it("B's low-stock list and part list never show A's parts", async () => {
    for (const url of [
      '/api/v1/parts/low-stock?limit=100',
      '/api/v1/parts?limit=100',
      '/api/v1/repair-orders?limit=100',
    ]) {
      const response = await api.request<{ items: { id: string }[] }>('GET', url, { token: owner.accessToken });
      expect(response.status).toBe(200);
      const ids = response.body.items.map((item) => item.id);
      expect(ids).not.toContain(a.partId);
      expect(ids).not.toContain(a.orderId);
    }
  });

  it("leaves every row of workshop A, and B's own order, part and stock, exactly as they were", async () => {
    expect(await snapshot(victim.tenantId)).toEqual(victimBefore);
    const ownAfter = await snapshot(owner.tenantId);
    expect({ ...ownAfter, audit: [] }).toEqual({ ...ownBefore, audit: [] });
  });
});
