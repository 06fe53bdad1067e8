import { TestApi, TestResponse, Workshop } from '../../../test/support/test-api';
import { expectNothingLeaked, Row, sendAttack, snapshotWorkshop } from './bola-support';
import {
  addCarWithEmail,
  BILLING,
  completedOrder,
  Invoice,
  issue,
  setBilling,
  signupWorkshop,
} from './invoice-fixtures';
import { addCar, expectStatus, Json, Order } from './repairs-fixtures';

/**
 * Broken object-level authorisation, invoices edition: workshop B's staff hold workshop A's
 * invoice, credit note, order and client ids and throw them at every invoice endpoint, in the
 * path, the body and the query. Every attempt answers as if A's objects did not exist (404 or an
 * empty page; 403 first for a mechanic on owner/manager routes), carries nothing of A, and leaves
 * every invoice row of A exactly as it was.
 */

type Role = 'owner' | 'manager' | 'mechanic';
const PROBLEM_JSON = /^application\/problem\+json/;
const A_LEGAL_NAME = 'Victim Billing Sp. z o.o.';

interface VictimIds {
  readonly invoiceId: string;
  readonly creditNoteId: string;
  readonly paidInvoiceId: string;
  readonly completedOrderId: string;
  readonly clientId: string;
  readonly number: string;
}

interface Attack {
  readonly label: string;
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly outcome: 'not-found' | 'empty-page';
  readonly url: (a: VictimIds, own: { orderId: string; invoiceId: string }) => string;
  readonly body?: (a: VictimIds) => Json;
}

const ATTACKS: readonly Attack[] = [
  // A's ids in the path
  { label: 'GET /invoices/:id', method: 'GET', outcome: 'not-found', url: (a) => `/api/v1/invoices/${a.invoiceId}` },
  {
    label: 'GET /invoices/:id (credit note)',
    method: 'GET',
    outcome: 'not-found',
    url: (a) => `/api/v1/invoices/${a.creditNoteId}`,
  },
  {
    label: 'GET /invoices/:id/pdf',
    method: 'GET',
    outcome: 'not-found',
    url: (a) => `/api/v1/invoices/${a.invoiceId}/pdf`,
  },
  {
    label: 'POST /invoices/:id/credit-note',
    method: 'POST',
    outcome: 'not-found',
    url: (a) => `/api/v1/invoices/${a.paidInvoiceId}/credit-note`,
    body: () => ({ reason: 'B was here' }),
  },
  {
    label: 'POST /invoices/:id/payments',
    method: 'POST',
    outcome: 'not-found',
    url: (a) => `/api/v1/invoices/${a.invoiceId}/payments`,
    body: () => ({ method: 'cash', paidOn: '2026-11-02' }),
  },
  {
    label: 'POST /repair-orders/:id/invoice',
    method: 'POST',
    outcome: 'not-found',
    url: (a) => `/api/v1/repair-orders/${a.completedOrderId}/invoice`,
  },
  // A's ids in the query
  {
    label: 'GET /invoices?clientId=',
    method: 'GET',
    outcome: 'empty-page',
    url: (a) => `/api/v1/invoices?clientId=${a.clientId}`,
  },
  {
    label: 'GET /invoices?clientId=&number=&overdue=',
    method: 'GET',
    outcome: 'empty-page',
    url: (a) => `/api/v1/invoices?clientId=${a.clientId}&number=${encodeURIComponent(a.number)}&overdue=false`,
  },
  {
    label: 'GET /invoices?clientId=&status=credited',
    method: 'GET',
    outcome: 'empty-page',
    url: (a) => `/api/v1/invoices?clientId=${a.clientId}&status=credited`,
  },
];

const TABLES = {
  invoices: 'select * from invoices where tenant_id = $1 order by id',
  lines: 'select * from invoice_lines where tenant_id = $1 order by id',
  settings: 'select * from invoice_settings where tenant_id = $1',
  counters: 'select * from invoice_counters where tenant_id = $1 order by year',
  orders: 'select * from repair_orders where tenant_id = $1 order by id',
  mails: 'select id, template, idempotency_key from mail_messages where tenant_id = $1 order by id',
  audit: 'select * from audit_events where tenant_id = $1 order by id',
};

describe("invoices BOLA: workshop B can neither see nor touch workshop A's invoices", () => {
  let api: TestApi;
  let a: VictimIds;
  let own: { orderId: string; invoiceId: string };
  let victim: Workshop;
  let owner: Workshop;
  let manager: Workshop;
  let mechanic: Workshop;
  let victimBefore: Record<string, Row[]>;
  let secrets: string[];

  const tokenOf = (role: Role) => ({ owner, manager, mechanic })[role].accessToken;

  beforeAll(async () => {
    api = await TestApi.start();
    victim = await signupWorkshop(api, 'pl');
    await setBilling(api, victim, { ...BILLING, legalName: A_LEGAL_NAME });
    const car = await addCarWithEmail(api, victim, { firstName: 'Victim', lastName: 'Customer' });
    const invoice = await issue(api, victim, (await completedOrder(api, victim, car)).id);
    const credited = await issue(api, victim, (await completedOrder(api, victim, car)).id);
    const note = await api.request<Invoice>('POST', `/api/v1/invoices/${credited.id}/credit-note`, {
      token: victim.accessToken,
      body: { reason: 'Victim correction' },
    });
    expectStatus(note, 201);
    const paid = await issue(api, victim, (await completedOrder(api, victim, car)).id);
    expectStatus(
      await api.request('POST', `/api/v1/invoices/${paid.id}/payments`, {
        token: victim.accessToken,
        body: { method: 'transfer', paidOn: '2026-11-03' },
      }),
      200,
    );
    const completed: Order = await completedOrder(api, victim, car);
    a = {
      invoiceId: invoice.id,
      creditNoteId: note.body.id,
      paidInvoiceId: paid.id,
      completedOrderId: completed.id,
      clientId: car.clientId,
      number: invoice.number,
    };
    secrets = [
      A_LEGAL_NAME,
      'Victim Customer',
      car.email,
      a.invoiceId,
      a.creditNoteId,
      a.paidInvoiceId,
      a.completedOrderId,
      a.clientId,
    ];

    owner = await signupWorkshop(api, 'pl');
    manager = await api.addStaff(owner, 'manager');
    mechanic = await api.addStaff(owner, 'mechanic');
    await setBilling(api, owner);
    const ownCar = await addCar(api, owner);
    const ownInvoice = await issue(api, owner, (await completedOrder(api, owner, ownCar)).id);
    own = { orderId: ownInvoice.repairOrderId, invoiceId: ownInvoice.id };
    victimBefore = await snapshotWorkshop(victim.tenantId, TABLES);
  });

  afterAll(() => api.close());

  async function attack(route: Attack, role: Role): Promise<TestResponse> {
    const { response, request } = await sendAttack(api, {
      method: route.method,
      url: route.url(a, own),
      token: tokenOf(role),
      role,
      ...(route.body ? { body: route.body(a) } : {}),
    });
    if (role === 'mechanic') {
      // Every invoice route is for owners and managers.
      expect({ request, status: response.status }).toEqual({ request, status: 403 });
      expect(String(response.headers['content-type'])).toMatch(PROBLEM_JSON);
    } else if (route.outcome === 'not-found') {
      expect({ request, status: response.status }).toEqual({ request, status: 404 });
      expect(String(response.headers['content-type'])).toMatch(PROBLEM_JSON);
    } else {
      expect({ request, status: response.status }).toEqual({ request, status: 200 });
      const page = response.body as { items: unknown[]; total: number };
      expect({ request, items: page.items, total: page.total }).toEqual({ request, items: [], total: 0 });
    }
    expectNothingLeaked(response, secrets, request);
    return response;
  }

  it('has something to attack: an unpaid, a credited and a paid invoice, a credit note and a completed order', () => {
    expect(victimBefore.invoices).toHaveLength(4);
    expect(victimBefore.settings).toEqual([expect.objectContaining({ legal_name: A_LEGAL_NAME })]);
  });

  it.each(ATTACKS)('a mechanic, a manager and the owner of workshop B are refused by $label', async (route) => {
    for (const role of ['mechanic', 'manager', 'owner'] as const) await attack(route, role);
  });

  it('an id of A in a body is refused as an unknown field, never looked up', async () => {
    const response = await api.request('POST', `/api/v1/invoices/${own.invoiceId}/credit-note`, {
      token: owner.accessToken,
      body: { reason: 'x', correctsInvoiceId: a.invoiceId },
    });
    expect(response.status).toBe(400);
    const settings = await api.request('PUT', '/api/v1/settings/invoicing', {
      token: owner.accessToken,
      body: { ...BILLING, tenantId: victim.tenantId },
    });
    expect(settings.status).toBe(400);
  });

  it("B's lists and settings never show A's invoices or billing details; B writing its settings leaves A's", async () => {
    const list = await api.request<{ items: { id: string; number: string }[] }>('GET', '/api/v1/invoices?limit=100', {
      token: owner.accessToken,
    });
    expect(list.body.items.map((item) => item.id)).toEqual([own.invoiceId]);
    const settings = await api.request<{ legalName: string }>('GET', '/api/v1/settings/invoicing', {
      token: owner.accessToken,
    });
    expect(settings.body.legalName).toBe(BILLING.legalName);
    await setBilling(api, owner, { ...BILLING, legalName: 'Attacker Ltd' });
    const filtered = await api.request<{ total: number }>(
      'GET',
      `/api/v1/invoices?clientId=${a.clientId}&status=paid`,
      {
        token: manager.accessToken,
      },
    );
    expect(filtered.body.total).toBe(0);
  });

  it("B's number, credited and overdue filters find only B's own invoices, never A's of the same number", async () => {
    for (const query of [
      `number=${encodeURIComponent(a.number)}`,
      'status=credited',
      'overdue=false',
      'overdue=true',
    ]) {
      const list = await api.request<{ items: { id: string; mail: unknown }[] }>(
        'GET',
        `/api/v1/invoices?limit=100&${query}`,
        { token: manager.accessToken },
      );
      expect({ query, status: list.status }).toEqual({ query, status: 200 });
      for (const item of list.body.items) expect({ query, id: item.id }).toEqual({ query, id: own.invoiceId });
      expectNothingLeaked(list, secrets, `GET /invoices?${query}`);
    }
  });

  it('leaves every invoice, line, setting, counter, order, mail and audit row of workshop A exactly as it was', async () => {
    expect(await snapshotWorkshop(victim.tenantId, TABLES)).toEqual(victimBefore);
  });
});
