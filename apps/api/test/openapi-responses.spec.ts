import type { OpenAPIObject } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { contractDocument } from '../src/openapi/contract-document';
import { createOperator, signInOperator } from '../../../test/support/operators';
import { totpCode } from '../../../test/support/totp';
import { TestApi, Workshop } from '../../../test/support/test-api';
import { checkAnswersAgainstDocument, contractFailures } from './answers-against-document';
import { BILLING, completedOrder, issue, setBilling } from './invoice-fixtures';
import { effectiveSchema, operationsOf, Schema } from './openapi-document';
import { ContractCheck, ContractValidator } from './openapi-validator';
import { addLine, addPart, expectStatus, Json, Order, receive } from './repairs-fixtures';
import { carWithClient, orderWithLines, sendEstimate, tokenOf } from './repairs-estimates-fixtures';
import { addService, bookingBody, configure, iso, WEEKDAYS_OPEN, weekdayAt } from './scheduling-fixtures';

/**
 * Real answers of the API, checked against the document's schema of the operation they answer:
 * every request of a tour through the product (the fixtures' requests too) is checked, errors
 * included, and a field the document does not declare fails like a missing one.
 */
describe('the API answers as its OpenAPI document says', () => {
  let api: TestApi;
  let document: OpenAPIObject;
  let checks: ContractCheck[];
  let toured: Toured;

  beforeAll(async () => {
    document = await contractDocument();
    api = await TestApi.start();
    checks = await checkAnswersAgainstDocument(api, document);
    toured = await tour(api);
  });

  afterAll(() => api?.close());

  it('matches the schema of its operation in every answer', () => {
    expect(contractFailures(checks)).toEqual([]);
  });

  it('is checked on the answers the web app leans on first', () => {
    const answered = new Set(checks.map((check) => check.answer));
    const expected = [
      'GET /api/v1/me 200',
      'GET /api/v1/vehicles/{id} 200',
      'GET /api/v1/vehicles 200',
      'GET /api/v1/clients/{id} 200',
      'GET /api/v1/clients 200',
      'GET /api/v1/repair-orders/{id} 200',
      'GET /api/v1/repair-orders/board 200',
      'GET /api/v1/search 200',
      'GET /api/v1/appointments 200',
      'GET /api/v1/invoices/{id} 200',
      'GET /api/v1/vehicles/{id} 404',
      'POST /api/v1/vehicles 400',
    ];
    expect(expected.filter((answer) => !answered.has(answer))).toEqual([]);
    // The tour reaches most of the API; a new route joins it when it is added.
    const operations = new Set(checks.map((check) => check.answer.replace(/ \d+$/, '')));
    expect(operations.size).toBeGreaterThanOrEqual(95);
  });

  it('accepts every sort order it documents, on real data', async () => {
    const sortable = operationsOf(document).flatMap(({ method, path, operation }) => {
      const sort = ((operation.parameters ?? []) as { name: string; schema?: Schema }[]).find(
        (parameter) => parameter.name === 'sort',
      );
      const values = sort?.schema ? effectiveSchema(document, sort.schema).enum : undefined;
      return method === 'get' && Array.isArray(values) ? [{ path, values: values as string[] }] : [];
    });
    expect(sortable.length).toBeGreaterThanOrEqual(7);
    const refused: string[] = [];
    for (const { path, values } of sortable) {
      const url = path.replace('{id}', toured.car.clientId);
      for (const value of values) {
        const token = url.startsWith('/api/v1/ops/') ? toured.operatorToken : toured.owner.accessToken;
        const response = await api.request('GET', `${url}?sort=${value}`, { token });
        if (response.status !== 200) refused.push(`${url}?sort=${value}: ${response.status}`);
      }
    }
    expect(refused).toEqual([]);
  });

  it('keeps a fixed order where it says so: the same page with or without a sort, or a 400 if it refuses one', async () => {
    const fixed = operationsOf(document).flatMap(({ method, path, operation }) => {
      const sort = (
        (operation.parameters ?? []) as { name: string; deprecated?: boolean; description?: string }[]
      ).find((parameter) => parameter.name === 'sort' && parameter.deprecated);
      return method === 'get' && sort ? [{ path, refused: sort.description?.startsWith('Refused') === true }] : [];
    });
    expect(fixed.length).toBeGreaterThanOrEqual(6);
    const differing: string[] = [];
    for (const { path, refused } of fixed) {
      const url = path.replace('{id}', toured.ids[path] ?? '');
      // Operator lists take an operator's token; every other list the owner's.
      const token = path.startsWith('/api/v1/ops/') ? toured.operatorToken : toured.owner.accessToken;
      const plain = await api.request('GET', url, { token });
      const sorted = await api.request('GET', `${url}?sort=-createdAt`, { token });
      if (refused ? sorted.status !== 400 : sorted.status !== 200 || sorted.text !== plain.text) {
        differing.push(`${url}: ${sorted.status}`);
      }
    }
    expect(differing).toEqual([]);
  });

  it('serves the same document at /api/docs-json as the one the web types are generated from', async () => {
    const served = await api.app.inject({ method: 'GET', url: '/api/docs-json' });
    expect(served.statusCode).toBe(200);
    expect(JSON.parse(served.body)).toEqual(JSON.parse(JSON.stringify(document)));
  });
});

async function call<T = Json>(
  api: TestApi,
  who: Workshop | undefined,
  method: string,
  url: string,
  body?: unknown,
  status?: number,
): Promise<T> {
  const response = await api.request<T>(method, `/api/v1${url}`, {
    ...(who ? { token: who.accessToken } : {}),
    ...(body === undefined ? {} : { body }),
  });
  if (status !== undefined) expectStatus(response, status);
  return response.body;
}

interface Toured {
  readonly owner: Workshop;
  readonly car: Car;
  /** Path template -> the id of something with a few entries in that list. */
  readonly ids: Record<string, string>;
  /** A live operator session's token, for the /ops lists. */
  readonly operatorToken: string;
}

/** Signs up a workshop and uses most of the API once, as an owner, a mechanic and a customer. */
async function tour(api: TestApi): Promise<Toured> {
  const owner = await api.signupWorkshop('Contract Garage');
  const other = await api.signupWorkshop('Other Contract Garage');
  const mechanic = await api.addStaff(owner, 'mechanic');
  await accountAndStaff(api, owner, mechanic);
  await twoStepSignIn(api);
  const car = await garage(api, owner);
  const scheduled = await scheduling(api, owner, car);
  const ids = { ...scheduled, ...(await repairs(api, owner, mechanic, car)) };
  await reports(api, owner);
  await errors(api, owner, other);
  const operatorToken = await operators(api, other);
  return { owner, car, ids, operatorToken };
}

/**
 * A platform operator signs in (wrong code first), looks at themselves, the audit log, the
 * workshops and the platform, suspends and reactivates a workshop, and signs out.
 */
async function operators(api: TestApi, workshop: Workshop): Promise<string> {
  const operator = await createOperator(api);
  const code = await totpCode(operator.otpauthUri);
  const wrong = code === '000000' ? '111111' : '000000';
  const login = { email: operator.email, password: operator.password };
  await call(api, undefined, 'POST', '/ops/auth/login', { ...login, code: wrong }, 401);
  await call(api, undefined, 'POST', '/ops/auth/login', { ...login, code: 'abc' }, 400);
  const kept = await signInOperator(api, operator);
  const leaving = await signInOperator(api, operator, 1);
  const as = (token: string) => ({ accessToken: token }) as Workshop;
  await call(api, as(kept.accessToken), 'GET', '/ops/me', undefined, 200);
  await call(api, undefined, 'GET', '/ops/me', undefined, 401);
  await call(api, as(kept.accessToken), 'GET', '/ops/audit?limit=5', undefined, 200);
  await call(api, as(kept.accessToken), 'GET', '/ops/audit?tenantId=not-a-uuid', undefined, 400);
  const console = as(kept.accessToken);
  await call(api, console, 'GET', `/ops/tenants?search=${workshop.slug}&sort=-lastActivityAt`, undefined, 200);
  await call(api, console, 'GET', '/ops/tenants?sort=secret', undefined, 400);
  await call(api, console, 'GET', `/ops/tenants/${workshop.tenantId}`, undefined, 200);
  await call(api, console, 'GET', `/ops/tenants/${randomUUID()}`, undefined, 404);
  await call(api, console, 'POST', `/ops/tenants/${workshop.tenantId}/suspend`, { reason: 'Contract' }, 204);
  await call(api, console, 'POST', `/ops/tenants/${workshop.tenantId}/suspend`, { reason: 'Again' }, 409);
  await call(api, console, 'POST', `/ops/tenants/${workshop.tenantId}/reactivate`, { reason: '' }, 400);
  await call(api, console, 'POST', `/ops/tenants/${workshop.tenantId}/reactivate`, { reason: 'Contract' }, 204);
  await call(api, console, 'POST', `/ops/tenants/${workshop.tenantId}/resend-verification`, undefined, 204);
  await call(api, console, 'GET', '/ops/health', undefined, 200);
  await call(api, console, 'GET', '/ops/stats', undefined, 200);
  await call(api, as(leaving.accessToken), 'POST', '/ops/auth/logout', undefined, 204);
  await call(api, as(leaving.accessToken), 'POST', '/ops/auth/logout', undefined, 401);
  return kept.accessToken;
}

async function accountAndStaff(api: TestApi, owner: Workshop, mechanic: Workshop): Promise<void> {
  await call(api, owner, 'GET', '/me', undefined, 200);
  await call(api, mechanic, 'GET', '/me', undefined, 200);
  await call(api, mechanic, 'PATCH', '/me', { name: 'Marek Mechanik', locale: 'pl' }, 200);
  await call(api, mechanic, 'PATCH', '/me', { locale: null }, 200);
  await call(api, mechanic, 'GET', '/settings/workshop', undefined, 200);
  await call(api, owner, 'PATCH', '/settings/workshop', { street: 'ul. Długa 5', phone: null }, 200);
  await call(api, owner, 'PATCH', '/settings/workshop', { timeZone: 'Mars/Olympus' }, 400);
  const login = await call<{ accessToken: string; refreshToken: string }>(
    api,
    undefined,
    'POST',
    '/auth/login',
    { email: owner.email, password: owner.password, workshopId: owner.tenantId },
    200,
  );
  const refreshed = await call<{ accessToken: string; refreshToken: string }>(
    api,
    undefined,
    'POST',
    '/auth/refresh',
    { refreshToken: login.refreshToken },
    200,
  );
  const session = { ...owner, accessToken: refreshed.accessToken };
  await call(api, session, 'POST', '/auth/logout', undefined, 204);
  await call(api, undefined, 'POST', '/auth/password/forgot', { email: owner.email }, 202);
  await call(api, owner, 'POST', '/me/email/verification', undefined, 202);
  const newEmail = `new-${randomUUID()}@example.test`;
  await call(api, owner, 'POST', '/me/email', { newEmail, password: owner.password }, 202);
  await call(api, owner, 'GET', '/staff', undefined, 200);
  await call(api, owner, 'GET', `/staff/${mechanic.userId}`, undefined, 200);
  await call(api, owner, 'PATCH', `/staff/${mechanic.userId}`, { role: 'mechanic' }, 200);
  const invitation = await call<{ id: string }>(
    api,
    owner,
    'POST',
    '/staff',
    { email: `invitee-${randomUUID()}@example.test`, role: 'manager', name: 'Iga Invitee' },
    201,
  );
  await call(api, owner, 'GET', '/staff/invitations', undefined, 200);
  await call(api, owner, 'POST', `/staff/invitations/${invitation.id}/resend`, undefined, 200);
  await call(api, owner, 'DELETE', `/staff/invitations/${invitation.id}`, undefined, 204);
  const leaver = await api.addStaff(owner, 'manager');
  await call(api, owner, 'DELETE', `/staff/${leaver.userId}`, undefined, 204);
  await call(api, owner, 'GET', '/settings/security', undefined, 200);
  await call(api, owner, 'PATCH', '/settings/security', { requireMfa: false }, 200);
}

/** Turns two-step verification on, signs in with it (a recovery code), and turns it off again. */
async function twoStepSignIn(api: TestApi): Promise<void> {
  const person = await api.signupWorkshop('Two Step Garage');
  const setup = await call<{ otpauthUrl: string }>(api, person, 'POST', '/me/mfa/setup', undefined, 200);
  // A code of the previous period is still accepted, and never collides with a step change.
  const enabled = await call<{ recoveryCodes: string[] }>(
    api,
    person,
    'POST',
    '/me/mfa/enable',
    { code: await totpCode(setup.otpauthUrl, -1) },
    200,
  );
  const challenge = await call<{ mfaToken: string }>(
    api,
    undefined,
    'POST',
    '/auth/login',
    { email: person.email, password: person.password, workshopId: person.tenantId },
    200,
  );
  const [first, second] = enabled.recoveryCodes;
  const signedIn = await call<{ accessToken: string }>(
    api,
    undefined,
    'POST',
    '/auth/login/mfa',
    { mfaToken: challenge.mfaToken, code: first },
    200,
  );
  await call(api, { ...person, accessToken: signedIn.accessToken }, 'POST', '/me/mfa/disable', { code: second }, 204);
}

interface Car {
  readonly vehicleId: string;
  readonly clientId: string;
  readonly plate: string;
}

async function garage(api: TestApi, owner: Workshop): Promise<Car> {
  const car = await carWithClient(api, owner, { email: `anna-${randomUUID()}@example.test` }, 'WVWZZZ1JZXW000001');
  await call(api, owner, 'PATCH', `/vehicles/${car.vehicleId}`, { mileageKm: 120_500, year: 2014 }, 200);
  await call(api, owner, 'GET', `/vehicles/${car.vehicleId}`, undefined, 200);
  await call(api, owner, 'GET', `/vehicles/${car.vehicleId}/vin`, undefined, 200);
  await call(api, owner, 'GET', `/vehicles/${car.vehicleId}/mileage`, undefined, 200);
  await call(api, owner, 'GET', '/vehicles?page=1&limit=5', undefined, 200);
  await call(api, owner, 'GET', '/vehicles/recent', undefined, 200);
  await call(api, owner, 'GET', `/clients/${car.clientId}`, undefined, 200);
  await call(api, owner, 'PATCH', `/clients/${car.clientId}`, { phone: '+48 601 234 567' }, 200);
  await call(api, owner, 'GET', '/clients?sort=lastName', undefined, 200);
  await call(api, owner, 'GET', `/clients/${car.clientId}/vehicles`, undefined, 200);
  await call(api, owner, 'GET', `/clients/${car.clientId}/export`, undefined, 200);
  // A second Anna Nowak without contacts: a duplicate, then merged into the first.
  const twin = await call<{ id: string }>(
    api,
    owner,
    'POST',
    '/clients',
    { firstName: 'Anna', lastName: 'Nowak' },
    201,
  );
  await call(api, owner, 'GET', `/clients/${car.clientId}/duplicates`, undefined, 200);
  await call(api, owner, 'POST', `/clients/${twin.id}/merge`, { intoClientId: car.clientId }, 200);
  const spare = await call<{ id: string }>(
    api,
    owner,
    'POST',
    '/vehicles',
    { make: 'Fiat', model: 'Panda', client: { firstName: 'Piotr', lastName: 'Zieliński' } },
    201,
  );
  await call(api, owner, 'DELETE', `/vehicles/${spare.id}`, undefined, 204);
  const loner = await call<{ id: string }>(api, owner, 'POST', '/clients', { firstName: 'Ola', lastName: 'Sam' }, 201);
  await call(api, owner, 'DELETE', `/clients/${loner.id}`, undefined, 204);
  await call(api, owner, 'GET', `/search?q=${encodeURIComponent(car.plate)}`, undefined, 200);
  await call(api, owner, 'GET', '/search?q=Nowak&types=client&limit=5', undefined, 200);
  return car;
}

async function scheduling(api: TestApi, owner: Workshop, car: Car): Promise<Record<string, string>> {
  await configure(api, owner, {
    openingHours: WEEKDAYS_OPEN,
    slotMinutes: 60,
    bays: 2,
    minNoticeMinutes: 0,
    horizonDays: 365,
    cancellationCutoffMinutes: 0,
  });
  await call(api, owner, 'GET', '/settings/schedule', undefined, 200);
  const service = await addService(api, owner);
  await call(api, owner, 'PATCH', `/services/${service.id}`, { description: 'Oil and filter' }, 200);
  await call(api, owner, 'GET', '/services', undefined, 200);
  const start = weekdayAt(9);
  const appointment = await call<{ id: string }>(
    api,
    owner,
    'POST',
    '/appointments',
    {
      clientId: car.clientId,
      vehicleId: car.vehicleId,
      serviceIds: [service.id],
      startsAt: iso(start),
      notes: 'Keys at desk',
    },
    201,
  );
  await call(api, owner, 'GET', `/appointments/${appointment.id}`, undefined, 200);
  await call(
    api,
    owner,
    'POST',
    `/appointments/${appointment.id}/move`,
    { startsAt: iso(start.plus({ hours: 1 })) },
    200,
  );
  await call(api, owner, 'POST', `/appointments/${appointment.id}/status`, { status: 'checked_in' }, 200);
  // Closed on Sundays: the refusal names the rule in an RFC 9457 extension member.
  const closed = await api.request<{ rule?: string }>('POST', `/api/v1/public/workshops/${owner.slug}/bookings`, {
    body: bookingBody(service, start.set({ weekday: 7 })),
  });
  expect([closed.status, closed.body]).toEqual([400, expect.objectContaining({ rule: 'outside_opening_hours' })]);
  const day = start.toISODate() ?? '';
  await call(api, owner, 'GET', `/appointments?from=${day}&to=${day}`, undefined, 200);

  await call(api, undefined, 'GET', `/public/workshops/${owner.slug}`, undefined, 200);
  await call(
    api,
    undefined,
    'GET',
    `/public/workshops/${owner.slug}/availability?from=${day}&to=${day}&serviceIds=${service.id}`,
    undefined,
    200,
  );
  const booked = await call<{ manageToken: string }>(
    api,
    undefined,
    'POST',
    `/public/workshops/${owner.slug}/bookings`,
    bookingBody(service, start.plus({ hours: 4 })),
    201,
  );
  await call(api, undefined, 'POST', '/public/bookings/view', { token: booked.manageToken }, 200);
  await call(api, undefined, 'POST', '/public/bookings/calendar-file', { token: booked.manageToken }, 200);
  await call(
    api,
    undefined,
    'POST',
    '/public/bookings/manage',
    { token: booked.manageToken, action: 'cancel', reason: 'Plans changed' },
    200,
  );
  const second = await call<{ id: string }>(
    api,
    owner,
    'POST',
    '/appointments',
    { clientId: car.clientId, serviceIds: [service.id], startsAt: iso(start.plus({ days: 7 })) },
    201,
  );
  await call(api, owner, 'POST', `/appointments/${second.id}/cancel`, undefined, 200);
  await call(api, owner, 'GET', `/appointments/by-client/${car.clientId}?when=upcoming`, undefined, 200);
  await call(api, owner, 'GET', `/appointments/by-vehicle/${car.vehicleId}?when=past`, undefined, 200);
  await call(api, owner, 'PATCH', '/settings/schedule', { bayNames: ['Lift', 'Pit'], bookingPageEnabled: false }, 200);
  await call(api, undefined, 'GET', `/public/workshops/${owner.slug}`, undefined, 200);
  await call(
    api,
    undefined,
    'GET',
    `/public/workshops/${owner.slug}/availability?from=${day}&to=${day}&serviceIds=${service.id}`,
    undefined,
    403,
  );
  await call(api, owner, 'PATCH', '/settings/schedule', { bookingPageEnabled: true }, 200);
  return {
    '/api/v1/appointments/by-client/{id}': car.clientId,
    '/api/v1/appointments/by-vehicle/{id}': car.vehicleId,
  };
}

async function repairs(api: TestApi, owner: Workshop, mechanic: Workshop, car: Car): Promise<Record<string, string>> {
  await setBilling(api, owner, BILLING);
  await call(api, owner, 'GET', '/settings/invoicing', undefined, 200);
  const part = await addPart(api, owner);
  await receive(api, owner, part.id, 5);
  await call(api, owner, 'PATCH', `/parts/${part.id}`, { location: 'C1' }, 200);
  await call(api, owner, 'GET', `/parts/${part.id}`, undefined, 200);
  await call(api, owner, 'GET', '/parts?q=Brake', undefined, 200);
  await call(api, owner, 'GET', '/parts/low-stock', undefined, 200);
  await call(api, owner, 'GET', `/parts/${part.id}/movements`, undefined, 200);
  const unused = await addPart(api, owner);
  await call(api, owner, 'DELETE', `/parts/${unused.id}`, undefined, 204);

  // An order with an estimate the customer decides on: without an e-mail, staff get its link.
  const walkIn = await carWithClient(api, owner);
  const estimated = await orderWithLines(api, owner, walkIn);
  await call(api, owner, 'PATCH', `/repair-orders/${estimated.id}`, { notes: 'Customer waits' }, 200);
  const sent = await sendEstimate(api, owner, estimated.id, { message: 'Rear discs are worn too.' });
  await call(api, owner, 'GET', `/repair-orders/${estimated.id}/estimates`, undefined, 200);
  const token = tokenOf(sent.link ?? '');
  const shown = await call<{ hash: string }>(api, undefined, 'POST', '/public/estimates/view', { token }, 200);
  await call(
    api,
    undefined,
    'POST',
    '/public/estimates/decide',
    { token, decision: 'approve', signatureName: 'Jan Nowak', hash: shown.hash },
    200,
  );

  // An order worked on by a mechanic, with a part from stock, then invoiced, paid and credited.
  const order = await call<Order>(api, owner, 'POST', '/repair-orders', { vehicleId: car.vehicleId }, 201);
  await call(api, owner, 'PUT', `/repair-orders/${order.id}/mechanics/${mechanic.userId}`, undefined, 200);
  const withLabour = await addLine(api, owner, order.id, {
    kind: 'labour',
    description: 'Brake pads replacement',
    quantity: 1.5,
    unitPriceMinor: 12_000,
    vatRateBp: 2300,
    mechanicUserId: mechanic.userId,
  });
  const labour = withLabour.lines[0]?.id ?? '';
  const withPart = await addLine(api, owner, order.id, { kind: 'part', partId: part.id, quantity: 1 });
  const partLine = withPart.lines[1]?.id ?? '';
  await call(api, owner, 'PATCH', `/repair-orders/${order.id}/lines/${partLine}`, { quantity: 2 }, 200);
  await call(api, owner, 'POST', `/repair-orders/${order.id}/transitions`, { to: 'approved' }, 200);
  await call(api, owner, 'POST', `/repair-orders/${order.id}/transitions`, { to: 'in_progress' }, 200);
  await call(api, mechanic, 'POST', `/repair-orders/${order.id}/lines/${labour}/clock/start`, undefined, 200);
  await call(api, owner, 'GET', '/repair-orders/board', undefined, 200);
  await call(api, mechanic, 'GET', '/repair-orders/board?mine=true&dateField=created&from=2026-01-01', undefined, 200);
  await call(api, mechanic, 'GET', '/me/clock', undefined, 200);
  await call(api, mechanic, 'POST', `/repair-orders/${order.id}/lines/${labour}/clock/stop`, undefined, 200);
  const added = await call<{ id: string }>(
    api,
    owner,
    'POST',
    `/repair-orders/${order.id}/lines/${labour}/time-entries`,
    {
      userId: mechanic.userId,
      startedAt: '2026-01-05T08:00:00Z',
      stoppedAt: '2026-01-05T09:15:00Z',
      reason: 'Forgot to clock',
    },
    201,
  );
  await call(
    api,
    owner,
    'PATCH',
    `/repair-orders/${order.id}/time-entries/${added.id}`,
    { stoppedAt: '2026-01-05T09:00:00Z', reason: 'Lunch' },
    200,
  );
  await call(api, owner, 'GET', `/repair-orders/${order.id}/time`, undefined, 200);
  await call(api, owner, 'GET', `/repair-orders/${order.id}/time-entries`, undefined, 200);
  await call(api, owner, 'DELETE', `/repair-orders/${order.id}/time-entries/${added.id}`, { reason: 'Twice' }, 204);
  await call(api, owner, 'POST', `/repair-orders/${order.id}/transitions`, { to: 'completed' }, 200);
  await call(api, owner, 'GET', `/repair-orders/${order.id}`, undefined, 200);
  await call(api, owner, 'GET', '/repair-orders?status=completed', undefined, 200);
  const invoice = await issue(api, owner, order.id);
  await call(api, owner, 'GET', `/invoices/${invoice.id}`, undefined, 200);
  await call(api, owner, 'GET', `/invoices/${invoice.id}/pdf`, undefined, 200);
  await call(api, owner, 'POST', `/invoices/${invoice.id}/payments`, { method: 'card', paidOn: '2026-01-06' }, 200);
  const credited = await completedOrder(api, owner, car);
  const second = await issue(api, owner, credited.id);
  await call(api, owner, 'POST', `/invoices/${second.id}/credit-note`, { reason: 'Wrong labour rate' }, 201);
  await call(api, owner, 'GET', '/invoices', undefined, 200);

  // Staff record a phone approval; a line is removed and a mechanic unassigned along the way.
  const phoned = await orderWithLines(api, owner, car);
  await sendEstimate(api, owner, phoned.id);
  await call(
    api,
    owner,
    'POST',
    `/repair-orders/${phoned.id}/estimates/1/approval`,
    { decision: 'decline', customerName: 'Anna Nowak', note: 'Too expensive' },
    201,
  );
  const draft = await orderWithLines(api, owner, car);
  await call(api, owner, 'DELETE', `/repair-orders/${draft.id}/lines/${draft.lines[2]?.id ?? ''}`, undefined, 204);
  await call(api, owner, 'PUT', `/repair-orders/${draft.id}/mechanics/${mechanic.userId}`, undefined, 200);
  await call(api, owner, 'DELETE', `/repair-orders/${draft.id}/mechanics/${mechanic.userId}`, undefined, 204);
  return {
    '/api/v1/repair-orders/{id}/estimates': phoned.id,
    '/api/v1/repair-orders/{id}/time-entries': order.id,
    '/api/v1/parts/{id}/movements': part.id,
    '/api/v1/vehicles/{id}/mileage': car.vehicleId,
  };
}

async function reports(api: TestApi, owner: Workshop): Promise<void> {
  const range = 'from=2026-01-01&to=2026-12-31';
  await call(api, owner, 'GET', `/reports/revenue?${range}`, undefined, 200);
  await call(api, owner, 'GET', `/reports/revenue-series?${range}&granularity=month`, undefined, 200);
  await call(api, owner, 'GET', `/reports/mechanic-hours?${range}`, undefined, 200);
  await call(api, owner, 'GET', `/reports/top-clients?${range}&limit=5`, undefined, 200);
  await call(api, owner, 'GET', `/reports/top-services?${range}`, undefined, 200);
  await call(api, owner, 'GET', '/reports/open-orders', undefined, 200);
  await call(api, owner, 'GET', '/audit-events?limit=50', undefined, 200);
  await call(api, owner, 'GET', '/mail-log', undefined, 200);
  expectStatus(await api.request('GET', '/health/live'), 200);
  // Ready, or degraded without a search backend: either way an answer the document describes.
  await api.request('GET', '/health/ready');
}

async function errors(api: TestApi, owner: Workshop, other: Workshop): Promise<void> {
  await call(api, owner, 'GET', `/vehicles/${randomUUID()}`, undefined, 404);
  await call(api, owner, 'POST', '/vehicles', { make: '', model: 42 }, 400);
  await call(api, undefined, 'GET', '/me', undefined, 401);
  await call(api, other, 'GET', `/clients?page=0`, undefined, 400);
  await call(api, undefined, 'POST', '/auth/login', { email: owner.email, password: 'wrong-password-1' }, 401);
}

describe('the contract check of answers', () => {
  let validator: ContractValidator;
  const vehicle = {
    id: randomUUID(),
    clientId: null,
    vinTail: null,
    vinCheckDigit: null,
    plate: 'WA 12345',
    make: 'Volkswagen',
    model: 'Golf',
    year: 2014,
    engine: null,
    fuelType: 'diesel',
    mileageKm: 154_000,
    createdAt: '2026-03-30T08:00:00.000Z',
    updatedAt: '2026-03-30T08:00:00.000Z',
  };
  const checkVehicle = (body: unknown) =>
    validator.check('GET', `/api/v1/vehicles/${vehicle.id}`, 200, 'application/json; charset=utf-8', body).problems;

  beforeAll(async () => {
    validator = new ContractValidator(await contractDocument());
  });

  it('passes an answer that is what the document says', () => {
    expect(checkVehicle(vehicle)).toEqual([]);
  });

  it('fails a field the document does not declare, a missing one, a fraction, null where none is allowed and an unknown enum value', () => {
    expect(checkVehicle({ ...vehicle, colour: 'red' })).not.toEqual([]);
    const { make: _make, ...withoutMake } = vehicle;
    expect(checkVehicle(withoutMake)).not.toEqual([]);
    expect(checkVehicle({ ...vehicle, mileageKm: 1.5 })).not.toEqual([]);
    expect(checkVehicle({ ...vehicle, model: null })).not.toEqual([]);
    expect(checkVehicle({ ...vehicle, fuelType: 'steam' })).not.toEqual([]);
  });

  it('fails a status the operation does not document, and a route the document does not have', () => {
    expect(validator.check('GET', `/api/v1/vehicles/${vehicle.id}`, 418, undefined, undefined).problems).not.toEqual(
      [],
    );
    expect(validator.check('GET', '/api/v1/garages', 200, 'application/json', {}).problems).not.toEqual([]);
  });
});
