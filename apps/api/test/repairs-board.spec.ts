import { TestApi, TestResponse, Workshop } from '../../../test/support/test-api';
import { addCar, addLine, expectStatus, openOrder } from './repairs-fixtures';
import { carWithClient, orderWithLines, sendEstimate } from './repairs-estimates-fixtures';

/**
 * The repair-order board: one answer with a column per status, its count and cards that carry
 * all a card shows, the moves offered to the caller's role, the filters, and the wall between
 * workshops (B's board never shows A's orders; B cannot move A's order).
 */

interface Card {
  readonly id: string;
  readonly number: number;
  readonly status: string;
  readonly allowedTransitions: string[];
  readonly plate: string | null;
  readonly make: string;
  readonly model: string;
  readonly clientName: string | null;
  readonly promisedAt: string | null;
  readonly mechanics: { userId: string; name: string }[];
  readonly pendingApproval: boolean;
  readonly waitingParts: boolean;
  readonly clockRunning: boolean;
}
interface Board {
  readonly columns: { status: string; count: number; cards: Card[] }[];
  readonly timeZone: string;
}

const orders = '/api/v1/repair-orders';
const LABOUR = { kind: 'labour', description: 'Timing belt', quantity: 2, unitPriceMinor: 15_000, vatRateBp: 2300 };

describe('repair-order board', () => {
  let api: TestApi;
  let a: Workshop;
  let aMechanic: Workshop;
  let b: Workshop;
  let promised: string;
  let ids: { draft: string; sent: string; working: string; parts: string };

  const as = (who: Workshop, method: string, url: string, body?: Record<string, unknown>) =>
    api.request(method, url, { token: who.accessToken, ...(body ? { body } : {}) });
  const board = async (who: Workshop, query = ''): Promise<Board> => {
    const response = await api.request<Board>('GET', `${orders}/board${query}`, { token: who.accessToken });
    expectStatus(response, 200);
    return response.body;
  };
  const cards = (answer: Board): Card[] => answer.columns.flatMap((column) => column.cards);
  const column = (answer: Board, status: string) => answer.columns.find((c) => c.status === status)!;
  const transition = (who: Workshop, id: string, to: string) => as(who, 'POST', `${orders}/${id}/transitions`, { to });

  beforeAll(async () => {
    api = await TestApi.start();
    a = await api.signupWorkshop('Board Garage A');
    aMechanic = await api.addStaff(a, 'mechanic');
    b = await api.signupWorkshop('Board Garage B');

    promised = '2026-03-10T15:00:00.000Z';
    const draft = await openOrder(api, a, await carWithClient(api, a), { promisedAt: promised });
    const sent = await orderWithLines(api, a, await carWithClient(api, a));
    await sendEstimate(api, a, sent.id);
    const working = await openOrder(api, a, await addCar(api, a));
    const withLine = await addLine(api, a, working.id, LABOUR);
    expectStatus(await as(a, 'PUT', `${orders}/${working.id}/mechanics/${aMechanic.userId}`), 200);
    expectStatus(await transition(a, working.id, 'approved'), 200);
    expectStatus(
      await as(aMechanic, 'POST', `${orders}/${working.id}/lines/${withLine.lines[0]!.id}/clock/start`),
      200,
    );
    const parts = await openOrder(api, a, await addCar(api, a));
    await addLine(api, a, parts.id, LABOUR);
    expectStatus(await transition(a, parts.id, 'approved'), 200);
    expectStatus(await transition(a, parts.id, 'in_progress'), 200);
    expectStatus(await transition(a, parts.id, 'waiting_parts'), 200);
    ids = { draft: draft.id, sent: sent.id, working: working.id, parts: parts.id };
  });

  afterAll(() => api.close());

  it('answers a column per status in workflow order, with counts matching the cards', async () => {
    const answer = await board(a);
    expect(answer.columns.map((c) => c.status)).toEqual([
      'draft',
      'estimate_sent',
      'approved',
      'in_progress',
      'waiting_parts',
      'completed',
      'invoiced',
      'paid',
      'declined',
      'cancelled',
    ]);
    expect(answer.columns.map((c) => [c.status, c.count, c.cards.length]).filter(([, count]) => count !== 0)).toEqual([
      ['draft', 1, 1],
      ['estimate_sent', 1, 1],
      ['in_progress', 1, 1],
      ['waiting_parts', 1, 1],
    ]);
    expect(answer.timeZone).toEqual(expect.any(String));
  });

  it('carries what a card shows: vehicle, client, promised time, mechanics and the three flags', async () => {
    const byId = new Map(cards(await board(a)).map((card) => [card.id, card]));
    expect(byId.get(ids.draft)).toEqual(
      expect.objectContaining({
        status: 'draft',
        make: 'Skoda',
        model: 'Octavia',
        plate: expect.stringMatching(/^KR /),
        clientName: 'Anna Nowak',
        promisedAt: promised,
        mechanics: [],
        pendingApproval: false,
        waitingParts: false,
        clockRunning: false,
      }),
    );
    expect(byId.get(ids.sent)).toEqual(expect.objectContaining({ status: 'estimate_sent', pendingApproval: true }));
    expect(byId.get(ids.working)).toEqual(
      expect.objectContaining({
        // Starting the clock on an approved order puts it in progress.
        status: 'in_progress',
        clockRunning: true,
        mechanics: [{ userId: aMechanic.userId, name: expect.any(String) }],
        make: 'Volkswagen',
        clientName: 'Jan Kowalski',
      }),
    );
    expect(byId.get(ids.parts)).toEqual(expect.objectContaining({ waitingParts: true, clockRunning: false }));
  });

  it.each([
    ['owner', 'draft', ['estimate_sent', 'approved', 'cancelled']],
    ['owner', 'in_progress', ['waiting_parts', 'completed']],
    ['mechanic', 'draft', []],
    ['mechanic', 'in_progress', ['waiting_parts', 'completed']],
  ] as const)('offers a %s of an order in %s only the moves they may make: %j', async (role, status, allowed) => {
    const answer = await board(role === 'owner' ? a : aMechanic);
    expect(column(answer, status).cards[0]!.allowedTransitions).toEqual(allowed);
  });

  it('never offers invoiced or paid: only invoices get an order there', async () => {
    for (const card of cards(await board(a))) {
      expect(card.allowedTransitions).not.toContain('invoiced');
      expect(card.allowedTransitions).not.toContain('paid');
    }
  });

  it('"mine" and a mechanic id show only the orders that person is assigned to', async () => {
    expect(cards(await board(aMechanic, '?mine=true')).map((card) => card.id)).toEqual([ids.working]);
    expect(cards(await board(a, `?mechanicId=${aMechanic.userId}`)).map((card) => card.id)).toEqual([ids.working]);
    expect(cards(await board(a, '?mine=true'))).toEqual([]);
  });

  it("a date range keeps orders promised on those days, in the workshop's time zone", async () => {
    expect(cards(await board(a, '?from=2026-03-10&to=2026-03-10')).map((card) => card.id)).toEqual([ids.draft]);
    expect(cards(await board(a, '?from=2026-03-11'))).toEqual([]);
    // 23:30 UTC on the 10th is already the 11th in Warsaw (the workshop's zone).
    expectStatus(await as(a, 'PATCH', `${orders}/${ids.draft}`, { promisedAt: '2026-03-10T23:30:00Z' }), 200);
    expect(cards(await board(a, '?from=2026-03-10&to=2026-03-10'))).toEqual([]);
    expect(cards(await board(a, '?from=2026-03-11&to=2026-03-11')).map((card) => card.id)).toEqual([ids.draft]);
    expectStatus(await as(a, 'PATCH', `${orders}/${ids.draft}`, { promisedAt: promised }), 200);
    const today = new Date().toISOString().slice(0, 10);
    const created = cards(await board(a, `?dateField=created&from=2026-01-01&to=${today}`));
    expect(created).toHaveLength(4);
  });

  it('perColumn caps the cards but not the count', async () => {
    const extra = await openOrder(api, a, await addCar(api, a));
    const answer = await board(a, '?perColumn=1');
    expect(column(answer, 'draft')).toEqual(expect.objectContaining({ count: 2, cards: [expect.anything()] }));
    // The latest status change first.
    expect(column(answer, 'draft').cards[0]!.id).toBe(extra.id);
    expectStatus(await transition(a, extra.id, 'cancelled'), 200);
  });

  it.each([
    ['mine', 'yes'],
    ['mechanicId', 'not-a-uuid'],
    ['from', '2026-13-01'],
    ['to', '10.03.2026'],
    ['dateField', 'updated'],
    ['perColumn', '0'],
    ['perColumn', '201'],
  ])('refuses %s=%s with a 400 problem', async (name, value) => {
    const response = await as(a, 'GET', `${orders}/board?${name}=${encodeURIComponent(value)}`);
    expect(response.status).toBe(400);
    expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
  });

  it('refuses a range that ends before it starts, and mine with someone else', async () => {
    expect((await as(a, 'GET', `${orders}/board?from=2026-03-10&to=2026-03-09`)).status).toBe(400);
    expect((await as(aMechanic, 'GET', `${orders}/board?mine=true&mechanicId=${a.userId}`)).status).toBe(400);
  });

  it("workshop B's board never shows A's orders, people or cars, whatever B filters by", async () => {
    const aText = JSON.stringify(await board(a));
    for (const query of [
      '',
      '?perColumn=200',
      `?mechanicId=${aMechanic.userId}`,
      '?dateField=created&from=2000-01-01',
    ]) {
      const answer = await board(b, query);
      expect(answer.columns.every((c) => c.count === 0 && c.cards.length === 0)).toBe(true);
    }
    expect(aText).toContain(ids.working);
  });

  it("B cannot move A's order from the board: 404, and A's order stays where it was", async () => {
    const response = await transition(b, ids.draft, 'approved');
    expect(response.status).toBe(404);
    expect((response.body as { detail?: string }).detail).toBe('No such repair order in this workshop.');
    expect(column(await board(a), 'draft').cards.map((card) => card.id)).toContain(ids.draft);
  });

  it('a refused move answers 409 with the allowed targets, which the board offered', async () => {
    const response = (await transition(a, ids.parts, 'completed')) as TestResponse<{ allowed: string[] }>;
    expect(response.status).toBe(409);
    const card = cards(await board(a)).find((c) => c.id === ids.parts)!;
    expect(response.body.allowed).toEqual(card.allowedTransitions);
  });
});
