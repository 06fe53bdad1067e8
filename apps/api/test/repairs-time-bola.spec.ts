import { TestApi, TestResponse, Workshop } from '../../../test/support/test-api';
import { expectNothingLeaked, sendAttack, snapshotWorkshop } from './bola-support';
import { addCar, addLine, expectStatus, Json, openOrder } from './repairs-fixtures';

/**
 * Broken object-level authorisation, mechanics and clocks edition: workshop B's staff hold
 * workshop A's order, line, user and time entry ids and throw them at every mechanics, clock and
 * time entry endpoint, in the path and the body. Every attempt answers as if A's objects did not exist,
 * carries nothing of A, and leaves every row of A (and B's own) exactly as it was.
 */

type Role = 'owner' | 'manager' | 'mechanic';
const PROBLEM_JSON = /^application\/problem\+json/;
const A_LINE = 'Victim gearbox overhaul';

interface VictimIds {
  readonly orderId: string;
  readonly lineId: string;
  readonly userId: string;
  readonly runningEntryId: string;
  readonly stoppedEntryId: string;
}

interface OwnIds {
  readonly orderId: string;
  readonly lineId: string;
  readonly mechanicId: string;
}

interface Attack {
  readonly label: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Only owners and managers may use the route: a mechanic may also get 403. */
  readonly ownerOnly: boolean;
  /**
   * not-found: 404. not-assigned: A's user named on B's own order answers exactly as an unknown
   * id would (409 mechanic-not-assigned), which says nothing about A.
   */
  readonly outcome: 'not-found' | 'not-assigned';
  readonly url: (a: VictimIds, b: OwnIds) => string;
  readonly body?: (a: VictimIds, b: OwnIds) => Json;
}

const orders = '/api/v1/repair-orders';

/** A finished stretch of time in the past, as a manager would enter it. */
const manualEntry = (userId: string): Json => ({
  userId,
  startedAt: '2026-01-05T08:00:00Z',
  stoppedAt: '2026-01-05T09:00:00Z',
  reason: 'B was here',
});

const ATTACKS: readonly Attack[] = [
  // A's ids in the path
  {
    label: "PUT mechanics: A's order, A's user",
    method: 'PUT',
    ownerOnly: true,
    outcome: 'not-found',
    url: (a) => `${orders}/${a.orderId}/mechanics/${a.userId}`,
  },
  {
    label: "PUT mechanics: A's order, B's own mechanic",
    method: 'PUT',
    ownerOnly: true,
    outcome: 'not-found',
    url: (a, b) => `${orders}/${a.orderId}/mechanics/${b.mechanicId}`,
  },
  {
    label: "PUT mechanics: B's order, A's user",
    method: 'PUT',
    ownerOnly: true,
    outcome: 'not-found',
    url: (a, b) => `${orders}/${b.orderId}/mechanics/${a.userId}`,
  },
  {
    label: "DELETE mechanics: A's order, A's user",
    method: 'DELETE',
    ownerOnly: true,
    outcome: 'not-found',
    url: (a) => `${orders}/${a.orderId}/mechanics/${a.userId}`,
  },
  {
    label: "DELETE mechanics: B's order, A's user",
    method: 'DELETE',
    ownerOnly: true,
    outcome: 'not-found',
    url: (a, b) => `${orders}/${b.orderId}/mechanics/${a.userId}`,
  },
  {
    label: "clock start: A's order and line",
    method: 'POST',
    ownerOnly: false,
    outcome: 'not-found',
    url: (a) => `${orders}/${a.orderId}/lines/${a.lineId}/clock/start`,
  },
  {
    label: "clock stop: A's order and line",
    method: 'POST',
    ownerOnly: false,
    outcome: 'not-found',
    url: (a) => `${orders}/${a.orderId}/lines/${a.lineId}/clock/stop`,
  },
  {
    label: "clock start: B's order, A's line",
    method: 'POST',
    ownerOnly: false,
    outcome: 'not-found',
    url: (a, b) => `${orders}/${b.orderId}/lines/${a.lineId}/clock/start`,
  },
  {
    label: "clock stop: B's order, A's line",
    method: 'POST',
    ownerOnly: false,
    outcome: 'not-found',
    url: (a, b) => `${orders}/${b.orderId}/lines/${a.lineId}/clock/stop`,
  },
  {
    label: "clock start: A's order, B's line",
    method: 'POST',
    ownerOnly: false,
    outcome: 'not-found',
    url: (a, b) => `${orders}/${a.orderId}/lines/${b.lineId}/clock/start`,
  },
  {
    label: "GET time: A's order",
    method: 'GET',
    ownerOnly: false,
    outcome: 'not-found',
    url: (a) => `${orders}/${a.orderId}/time`,
  },
  {
    label: "GET time-entries: A's order",
    method: 'GET',
    ownerOnly: false,
    outcome: 'not-found',
    url: (a) => `${orders}/${a.orderId}/time-entries`,
  },
  {
    label: "PATCH time entry: A's order, A's running entry",
    method: 'PATCH',
    ownerOnly: true,
    outcome: 'not-found',
    url: (a) => `${orders}/${a.orderId}/time-entries/${a.runningEntryId}`,
    body: () => ({ stoppedAt: '2026-01-05T09:00:00Z', startedAt: '2026-01-05T08:00:00Z', reason: 'B was here' }),
  },
  {
    label: "PATCH time entry: B's order, A's entry",
    method: 'PATCH',
    ownerOnly: true,
    outcome: 'not-found',
    url: (a, b) => `${orders}/${b.orderId}/time-entries/${a.stoppedEntryId}`,
    body: () => ({ startedAt: '2026-01-05T08:00:00Z', reason: 'B was here' }),
  },
  {
    label: "DELETE time entry: A's order, A's entry",
    method: 'DELETE',
    ownerOnly: true,
    outcome: 'not-found',
    url: (a) => `${orders}/${a.orderId}/time-entries/${a.stoppedEntryId}`,
    body: () => ({ reason: 'B was here' }),
  },
  {
    label: "DELETE time entry: B's order, A's running entry",
    method: 'DELETE',
    ownerOnly: true,
    outcome: 'not-found',
    url: (a, b) => `${orders}/${b.orderId}/time-entries/${a.runningEntryId}`,
    body: () => ({ reason: 'B was here' }),
  },
  {
    label: "POST manual time entry: A's order, A's line, A's user",
    method: 'POST',
    ownerOnly: true,
    outcome: 'not-found',
    url: (a) => `${orders}/${a.orderId}/lines/${a.lineId}/time-entries`,
    body: (a) => manualEntry(a.userId),
  },
  {
    label: "POST manual time entry: B's order, A's line, B's mechanic",
    method: 'POST',
    ownerOnly: true,
    outcome: 'not-found',
    url: (a, b) => `${orders}/${b.orderId}/lines/${a.lineId}/time-entries`,
    body: (_a, b) => manualEntry(b.mechanicId),
  },
  {
    label: "POST manual time entry: A's order, B's line, B's mechanic",
    method: 'POST',
    ownerOnly: true,
    outcome: 'not-found',
    url: (a, b) => `${orders}/${a.orderId}/lines/${b.lineId}/time-entries`,
    body: (_a, b) => manualEntry(b.mechanicId),
  },
  // A's ids in the body
  {
    label: "POST manual time entry on B's own order and line for A's user",
    method: 'POST',
    ownerOnly: true,
    outcome: 'not-assigned',
    url: (_a, b) => `${orders}/${b.orderId}/lines/${b.lineId}/time-entries`,
    body: (a) => manualEntry(a.userId),
  },
  {
    label: "POST a labour line on B's order naming A's user",
    method: 'POST',
    ownerOnly: false,
    outcome: 'not-assigned',
    url: (_a, b) => `${orders}/${b.orderId}/lines`,
    body: (a) => ({
      kind: 'labour',
      description: 'Mallory labour',
      quantity: 1,
      unitPriceMinor: 1,
      vatRateBp: 0,
      mechanicUserId: a.userId,
    }),
  },
  {
    label: "PATCH B's labour line naming A's user",
    method: 'PATCH',
    ownerOnly: false,
    outcome: 'not-assigned',
    url: (_a, b) => `${orders}/${b.orderId}/lines/${b.lineId}`,
    body: (a) => ({ mechanicUserId: a.userId }),
  },
  {
    label: "DELETE A's clocked line",
    method: 'DELETE',
    ownerOnly: false,
    outcome: 'not-found',
    url: (a) => `${orders}/${a.orderId}/lines/${a.lineId}`,
  },
];

/** Every row of a workshop that the routes under attack could touch. */
function snapshot(tenantId: string): Promise<Record<string, Json[]>> {
  return snapshotWorkshop(tenantId, {
    orders: 'select * from repair_orders where tenant_id = $1 order by id',
    lines: 'select * from repair_order_lines where tenant_id = $1 order by id',
    mechanics: 'select * from repair_order_mechanics where tenant_id = $1 order by order_id, user_id',
    entries: 'select * from time_entries where tenant_id = $1 order by id',
    corrections: 'select * from time_entry_corrections where tenant_id = $1 order by id',
    audit: 'select * from audit_events where tenant_id = $1 order by id',
  });
}

describe("mechanics and clocks BOLA: workshop B can neither see nor touch workshop A's assignments and time", () => {
  let api: TestApi;
  let a: VictimIds;
  let b: OwnIds;
  let victim: Workshop;
  let victimMechanic: Workshop;
  let owner: Workshop;
  let manager: Workshop;
  let mechanic: Workshop;
  let victimBefore: Record<string, Json[]>;
  let ownBefore: Record<string, Json[]>;
  let secrets: string[];

  const tokenOf = (role: Role) => ({ owner, manager, mechanic })[role].accessToken;
  const as = (who: Workshop, method: string, url: string, body?: Json) =>
    api.request(method, url, { token: who.accessToken, ...(body ? { body } : {}) });

  beforeAll(async () => {
    api = await TestApi.start();
    victim = await api.signupWorkshop('Victim Clocks');
    victimMechanic = await api.addStaff(victim, 'mechanic');
    const order = await openOrder(api, victim, await addCar(api, victim));
    expectStatus(await as(victim, 'PUT', `${orders}/${order.id}/mechanics/${victimMechanic.userId}`), 200);
    const labour = { kind: 'labour', quantity: 2, unitPriceMinor: 15_000, vatRateBp: 2300 };
    await addLine(api, victim, order.id, { ...labour, description: A_LINE, mechanicUserId: victimMechanic.userId });
    const withLines = await addLine(api, victim, order.id, { ...labour, description: 'Victim second job' });
    const [lineId, secondLineId] = withLines.lines.map((line) => line.id) as [string, string];
    expectStatus(await as(victim, 'POST', `${orders}/${order.id}/transitions`, { to: 'approved' }), 200);
    const first = await as(victimMechanic, 'POST', `${orders}/${order.id}/lines/${secondLineId}/clock/start`);
    expectStatus(first, 200);
    const running = await api.request<{ running: { id: string } }>(
      'POST',
      `${orders}/${order.id}/lines/${lineId}/clock/start`,
      { token: victimMechanic.accessToken },
    );
    expectStatus(running, 200);
    a = {
      orderId: order.id,
      lineId,
      userId: victimMechanic.userId,
      runningEntryId: running.body.running.id,
      stoppedEntryId: (first.body as { running: { id: string } }).running.id,
    };
    secrets = [A_LINE, 'Victim second job', ...Object.values(a)];

    owner = await api.signupWorkshop('Attacker Clocks');
    manager = await api.addStaff(owner, 'manager');
    mechanic = await api.addStaff(owner, 'mechanic');
    const ownOrder = await openOrder(api, owner, await addCar(api, owner));
    expectStatus(await as(owner, 'PUT', `${orders}/${ownOrder.id}/mechanics/${mechanic.userId}`), 200);
    const ownLine = await addLine(api, owner, ownOrder.id, { ...labour, description: 'Own labour' });
    b = { orderId: ownOrder.id, lineId: ownLine.lines[0]!.id, mechanicId: mechanic.userId };

    victimBefore = await snapshot(victim.tenantId);
    ownBefore = await snapshot(owner.tenantId);
  });

  afterAll(() => api.close());

  async function attack(route: Attack, role: Role): Promise<TestResponse> {
    const { response, request } = await sendAttack(api, {
      method: route.method,
      url: route.url(a, b),
      token: tokenOf(role),
      role,
      body: route.body?.(a, b),
    });
    if (route.ownerOnly && role === 'mechanic') {
      expect({ request, refused: [403, 404].includes(response.status) }).toEqual({ request, refused: true });
    } else if (route.outcome === 'not-found') {
      expect({ request, status: response.status }).toEqual({ request, status: 404 });
    } else {
      expect({ request, status: response.status, type: (response.body as { type?: string }).type }).toEqual({
        request,
        status: 409,
        type: 'https://pitlane.dev/problems/mechanic-not-assigned',
      });
    }
    expect(String(response.headers['content-type'])).toMatch(PROBLEM_JSON);
    expectNothingLeaked(response, secrets, request);
    return response;
  }

  it('has something to attack: an assigned mechanic with a stopped and a running clock on an order in progress', () => {
    expect(victimBefore.mechanics).toHaveLength(1);
    expect(victimBefore.entries).toHaveLength(2);
    expect(victimBefore.entries!.filter((entry) => entry.stopped_at === null)).toHaveLength(1);
    expect(victimBefore.orders).toEqual([expect.objectContaining({ status: 'in_progress' })]);
  });

  it.each(ATTACKS)('a mechanic, a manager and the owner of workshop B are refused by $label', async (route) => {
    for (const role of ['mechanic', 'manager', 'owner'] as const) await attack(route, role);
  });

  it("B's clock, B's time report and B's order never show A's people or entries", async () => {
    for (const who of [owner, manager, mechanic]) {
      const clock = await as(who, 'GET', '/api/v1/me/clock');
      expect(clock.status).toBe(200);
      expect(clock.body).toEqual({ running: null });
    }
    for (const url of [
      `${orders}/${b.orderId}/time`,
      `${orders}/${b.orderId}/time-entries`,
      `${orders}/${b.orderId}`,
    ]) {
      const response = await as(owner, 'GET', url);
      expect(response.status).toBe(200);
      const text = JSON.stringify(response.body);
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
  });

  it("leaves every row of workshop A, and B's own order, assignments and time, exactly as they were", async () => {
    expect(await snapshot(victim.tenantId)).toEqual(victimBefore);
    const ownAfter = await snapshot(owner.tenantId);
    expect({ ...ownAfter, audit: [] }).toEqual({ ...ownBefore, audit: [] });
  });
});
