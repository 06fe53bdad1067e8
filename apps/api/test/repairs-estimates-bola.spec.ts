import { TestApi, TestResponse, withAdminClient, Workshop } from '../../../test/support/test-api';
import { addLine, expectStatus, Json, Order } from './repairs-fixtures';
import {
  carWithClient,
  decideEstimate,
  move,
  orderWithLines,
  sendEstimate,
  tokenOf,
  viewEstimate,
} from './repairs-estimates-fixtures';

/**
 * Broken object-level authorisation, estimates edition: workshop B's staff hold workshop A's
 * order, line ids, version numbers and estimate link, and throw them at every estimate route,
 * staff and public, in the path and the body (these routes take no ids in the query). Every
 * attempt answers as if A's objects did not exist, carries nothing of A, and every row of A
 * stays exactly as it was.
 */

type Role = 'owner' | 'manager' | 'mechanic';
const PROBLEM_JSON = /^application\/problem\+json/;
const A_MESSAGE = 'Victim estimate note: timing belt';
const A_LINE = 'Victim supplement: water pump';

interface VictimIds {
  readonly orderId: string;
  readonly lineIds: readonly string[];
  readonly openLineId: string;
  readonly token: string;
  readonly hash: string;
}

interface OwnIds {
  readonly orderId: string;
  readonly lineIds: readonly string[];
  readonly token: string;
  readonly hash: string;
}

interface Attack {
  readonly label: string;
  readonly method: 'GET' | 'POST';
  readonly ownerOnly: boolean;
  readonly url: (a: VictimIds, b: OwnIds) => string;
  readonly body?: (a: VictimIds, b: OwnIds) => Json;
}

const STAFF_ATTACKS: readonly Attack[] = [
  {
    label: 'GET /repair-orders/:id/estimates',
    method: 'GET',
    ownerOnly: false,
    url: (a) => `/api/v1/repair-orders/${a.orderId}/estimates`,
  },
  {
    label: 'POST /repair-orders/:id/estimates',
    method: 'POST',
    ownerOnly: true,
    url: (a) => `/api/v1/repair-orders/${a.orderId}/estimates`,
    body: () => ({ message: 'B was here' }),
  },
  {
    label: 'POST /repair-orders/:id/estimates/2/approval (the open supplement)',
    method: 'POST',
    ownerOnly: true,
    url: (a) => `/api/v1/repair-orders/${a.orderId}/estimates/2/approval`,
    body: () => ({ decision: 'approve', customerName: 'Mallory' }),
  },
  {
    label: 'POST /repair-orders/:id/estimates/1/approval (decided)',
    method: 'POST',
    ownerOnly: true,
    url: (a) => `/api/v1/repair-orders/${a.orderId}/estimates/1/approval`,
    body: () => ({ decision: 'decline', customerName: 'Mallory' }),
  },
  {
    label: "POST /repair-orders/<B's order>/estimates/1/approval { A's line }",
    method: 'POST',
    ownerOnly: true,
    url: (_a, b) => `/api/v1/repair-orders/${b.orderId}/estimates/1/approval`,
    body: (a, b) => ({
      lines: [...b.lineIds.map((lineId) => ({ lineId, approved: true })), { lineId: a.openLineId, approved: true }],
      customerName: 'Mallory',
    }),
  },
];

async function rowsOf(tenantId: string): Promise<Record<string, Json[]>> {
  return withAdminClient(async (client) => {
    const rows = async (sql: string) => (await client.query<Json>(sql, [tenantId])).rows;
    return {
      orders: await rows('select * from repair_orders where tenant_id = $1 order by id'),
      lines: await rows('select * from repair_order_lines where tenant_id = $1 order by id'),
      versions: await rows('select * from estimate_versions where tenant_id = $1 order by id'),
      approvals: await rows('select * from estimate_approvals where tenant_id = $1 order by id'),
      mails: await rows('select id, idempotency_key, template from mail_messages where tenant_id = $1 order by id'),
      audit: await rows('select * from audit_events where tenant_id = $1 order by id'),
    };
  });
}

describe("estimates BOLA: workshop B can neither see nor decide workshop A's estimates", () => {
  let api: TestApi;
  let a: VictimIds;
  let b: OwnIds;
  let owner: Workshop;
  let manager: Workshop;
  let mechanic: Workshop;
  let victimTenant: string;
  let victimBefore: Record<string, Json[]>;
  let ownBefore: Record<string, Json[]>;
  let secrets: string[];

  const tokenFor = (role: Role) => ({ owner, manager, mechanic })[role].accessToken;

  beforeAll(async () => {
    api = await TestApi.start();
    // A: version 1 approved by the customer, work in progress, a supplement (version 2) out.
    const victim = await api.signupWorkshop('Victim Estimates');
    victimTenant = victim.tenantId;
    const car = await carWithClient(api, victim);
    const order = await orderWithLines(api, victim, car);
    const v1 = await sendEstimate(api, victim, order.id, { message: A_MESSAGE });
    const v1Token = tokenOf(v1.link!);
    expectStatus(
      await decideEstimate(api, v1Token, { decision: 'approve', signatureName: 'Anna', hash: v1.hash }),
      200,
    );
    expectStatus(await move(api, victim, order.id, 'in_progress'), 200);
    const withExtra: Order = await addLine(api, victim, order.id, {
      kind: 'part',
      description: A_LINE,
      quantity: 1,
      unitPriceMinor: 45_000,
      vatRateBp: 2300,
    });
    const v2 = await sendEstimate(api, victim, order.id);
    a = {
      orderId: order.id,
      lineIds: withExtra.lines.map((line) => line.id),
      openLineId: withExtra.lines[3]!.id,
      token: tokenOf(v2.link!),
      hash: v2.hash,
    };
    secrets = [A_MESSAGE, A_LINE, car.plate, victim.tenantId, a.orderId, a.hash, ...a.lineIds];

    // B: its own estimate out, unanswered.
    owner = await api.signupWorkshop('Attacker Estimates');
    manager = await api.addStaff(owner, 'manager');
    mechanic = await api.addStaff(owner, 'mechanic');
    const ownOrder = await orderWithLines(api, owner, await carWithClient(api, owner));
    const own = await sendEstimate(api, owner, ownOrder.id);
    b = {
      orderId: ownOrder.id,
      lineIds: ownOrder.lines.map((line) => line.id),
      token: tokenOf(own.link!),
      hash: own.hash,
    };

    victimBefore = await rowsOf(victim.tenantId);
    ownBefore = await rowsOf(owner.tenantId);
  });

  afterAll(() => api.close());

  function expectNothingOfA(request: string, response: TestResponse<unknown>): void {
    // `instance` echoes the attacker's own path; nothing else may carry anything of A.
    const { instance: _instance, ...rest } = (response.body ?? {}) as Json;
    const text = JSON.stringify(rest).toLowerCase();
    const leaked = secrets.filter((secret) => text.includes(secret.toLowerCase()));
    expect({ request, leaked }).toEqual({ request, leaked: [] });
  }

  it('has something to attack: two versions (one decided), four lines, one of them open', () => {
    expect(victimBefore.versions).toHaveLength(2);
    expect(victimBefore.approvals).toHaveLength(1);
    expect(victimBefore.lines!.map((line) => line.approval).sort()).toEqual([
      'approved',
      'approved',
      'approved',
      'pending',
    ]);
  });

  it.each(STAFF_ATTACKS)('a mechanic, a manager and the owner of workshop B are refused by $label', async (route) => {
    for (const role of ['mechanic', 'manager', 'owner'] as const) {
      const url = route.url(a, b);
      const response = await api.request(route.method, url, {
        token: tokenFor(role),
        ...(route.body ? { body: route.body(a, b) } : {}),
      });
      const request = `${route.method} ${url} as ${role} -> ${response.status} ${response.text}`;
      const allowed = route.ownerOnly && role === 'mechanic' ? [403, 404] : [404];
      expect({ request, refused: allowed.includes(response.status) }).toEqual({ request, refused: true });
      expect(String(response.headers['content-type'])).toMatch(PROBLEM_JSON);
      expectNothingOfA(request, response);
    }
  });

  it("B's estimate list shows only B's versions", async () => {
    const response = await api.request<{ items: { hash: string }[]; total: number }>(
      'GET',
      `/api/v1/repair-orders/${b.orderId}/estimates`,
      { token: mechanic.accessToken },
    );
    expect(response.status).toBe(200);
    expect(response.body.items.map((item) => item.hash)).toEqual([b.hash]);
    expectNothingOfA('GET own estimates', response);
  });

  it("B's own link opens only B's estimate, and deciding it with A's lines or A's hash is refused", async () => {
    const view = await viewEstimate(api, b.token);
    expect(view.status).toBe(200);
    expect(view.body.snapshot.lines.map((line) => line.id)).toEqual(b.lineIds);
    expectNothingOfA('GET own link', view);

    const withALine = await decideEstimate(api, b.token, {
      lines: [...b.lineIds.map((lineId) => ({ lineId, approved: true })), { lineId: a.openLineId, approved: true }],
      signatureName: 'Mallory',
      hash: b.hash,
    });
    expect(withALine.status).toBe(404);
    expectNothingOfA('POST own link with A line', withALine);
    const withAHash = await decideEstimate(api, b.token, {
      decision: 'approve',
      signatureName: 'Mallory',
      hash: a.hash,
    });
    expect(withAHash.status).toBe(409);
    expectNothingOfA('POST own link with A hash', withAHash);
  });

  it("A's link with B's workshop put in its place, or with B's signature, opens nothing", async () => {
    const [aBody = '', aTag = ''] = a.token.split('.');
    const [bBody = '', bTag = ''] = b.token.split('.');
    const ownerOf = (body: string) => Buffer.from(body, 'base64url').subarray(0, 16);
    const rest = (body: string) => Buffer.from(body, 'base64url').subarray(16);
    const forged = [
      `${Buffer.concat([ownerOf(bBody), rest(aBody)]).toString('base64url')}.${aTag}`,
      `${Buffer.concat([ownerOf(bBody), rest(aBody)]).toString('base64url')}.${bTag}`,
      `${aBody}.${bTag}`,
      `${bBody}.${aTag}`,
    ];
    for (const token of forged) {
      const view = await viewEstimate(api, token);
      const decide = await decideEstimate(api, token, { decision: 'approve', signatureName: 'Mallory', hash: a.hash });
      expect({ token, view: view.status, decide: decide.status }).toEqual({ token, view: 404, decide: 404 });
      expectNothingOfA(`forged ${token}`, view);
      expectNothingOfA(`forged ${token}`, decide);
    }
  });

  it("leaves every row of workshop A, and B's own, exactly as they were", async () => {
    expect(await rowsOf(victimTenant)).toEqual(victimBefore);
    expect(await rowsOf(owner.tenantId)).toEqual(ownBefore);
  });
});
