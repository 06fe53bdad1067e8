import { randomBytes } from 'node:crypto';
import { europeanVin } from '../../../test/support/garage-fixtures';
import { TestApi, withAdminClient, Workshop } from '../../../test/support/test-api';
import {
  addService,
  book,
  Booked,
  bookingBody,
  configure,
  customer,
  iso,
  BOOKING_CALENDAR_FILE,
  BOOKING_MANAGE,
  BOOKING_VIEW,
  manageBooking,
  viewBooking,
  schedulingWorkshop,
  Service,
  weekdayAt,
} from './scheduling-fixtures';

interface PublicWorkshop {
  readonly name: string;
  readonly services: { id: string; name: string }[];
}

/** Every row `sql` selects, as the admin sees them (all columns, bytes included). */
function rowsOf(sql: string, params: unknown[]): Promise<unknown[]> {
  return withAdminClient(async (client) => (await client.query(sql, params)).rows as unknown[]);
}

/** Workshop `tenantId`'s appointments, their lines, services and schedule settings, in a fixed order. */
async function scheduleOf(tenantId: string): Promise<unknown> {
  return {
    appointments: await rowsOf('select * from appointments where tenant_id = $1 order by id', [tenantId]),
    lines: await rowsOf('select * from appointment_services where tenant_id = $1 order by appointment_id, position', [
      tenantId,
    ]),
    services: await rowsOf('select * from services where tenant_id = $1 order by id', [tenantId]),
    settings: await rowsOf('select * from schedule_settings where tenant_id = $1', [tenantId]),
  };
}

describe('workshops are isolated on the public booking pages', () => {
  let api: TestApi;
  let a: Workshop;
  let b: Workshop;
  let serviceA: Service;
  let hiddenA: Service;
  let serviceB: Service;

  beforeAll(async () => {
    api = await TestApi.start();
    a = await schedulingWorkshop(api, {}, 'Alpha Garage');
    b = await schedulingWorkshop(api, {}, 'Beta Garage');
    serviceA = await addService(api, a, { name: 'Alpha brake check' });
    hiddenA = await addService(api, a, { name: 'Alpha internal job', bookableOnline: false });
    serviceB = await addService(api, b, { name: 'Beta tyre swap' });
  });

  afterAll(() => api.close());

  const base = (workshop: Workshop) => `/api/v1/public/workshops/${workshop.slug}`;

  it("B's page shows only B, and A's page only what A offers online", async () => {
    const pageB = await api.request<PublicWorkshop>('GET', base(b));
    expect(pageB.status).toBe(200);
    expect(pageB.body.services.map((service) => service.id)).toEqual([serviceB.id]);
    expect(JSON.stringify(pageB.body)).not.toContain('Alpha');
    const pageA = await api.request<PublicWorkshop>('GET', base(a));
    expect(pageA.body.services.map((service) => service.id)).toEqual([serviceA.id]);
    expect(JSON.stringify(pageA.body)).not.toContain(hiddenA.name);
  });

  it("A's services do not exist on B's page: availability and booking answer 404", async () => {
    const availability = await api.request(
      'GET',
      `${base(b)}/availability?from=2030-01-07&to=2030-01-08&serviceIds=${serviceA.id}`,
    );
    expect(availability.status).toBe(404);
    const booking = await api.request('POST', `${base(b)}/bookings`, { body: bookingBody(serviceA, weekdayAt(10)) });
    expect(booking.status).toBe(404);
    const hidden = await api.request('POST', `${base(a)}/bookings`, { body: bookingBody(hiddenA, weekdayAt(10)) });
    expect(hidden.status).toBe(404);
  });

  it("A's bookings do not take B's slots", async () => {
    const start = weekdayAt(9, 6);
    await book(api, a, bookingBody(serviceA, start));
    await book(api, a, bookingBody(serviceA, start));
    const day = start.toISODate();
    const slotsB = await api.request<{ slots: { start: string }[] }>(
      'GET',
      `${base(b)}/availability?from=${day}&to=${day}&serviceIds=${serviceB.id}`,
    );
    expect(slotsB.body.slots.map((slot) => slot.start)).toContain(iso(start));
    const slotsA = await api.request<{ slots: { start: string }[] }>(
      'GET',
      `${base(a)}/availability?from=${day}&to=${day}&serviceIds=${serviceA.id}`,
    );
    expect(slotsA.body.slots.map((slot) => slot.start)).not.toContain(iso(start));
  });

  it("a manage token of A's booking opens nothing once its workshop part says B, or once it is altered", async () => {
    const booked = await book(api, a, bookingBody(serviceA, weekdayAt(14, 6)));
    const [body = '', signature = ''] = booked.manageToken.split('.');
    const raw = Buffer.from(body, 'base64url');
    const asB = Buffer.concat([Buffer.from(b.tenantId.replace(/-/g, ''), 'hex'), raw.subarray(16)]).toString(
      'base64url',
    );
    const flip = (text: string, at: number) => text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    const forged = [
      `${asB}.${signature}`, // B's workshop, A's secret and signature
      flip(booked.manageToken, 0), // one character of the workshop part
      flip(booked.manageToken, 40), // one character of the secret
      flip(booked.manageToken, booked.manageToken.length - 2), // one character of the signature
      booked.manageToken.slice(0, -1), // truncated
      body, // no signature
      `${booked.manageToken}.x`,
      'x'.repeat(43),
    ];
    const foreign = await book(api, b, bookingBody(serviceB, weekdayAt(14, 6)));
    for (const token of forged) {
      for (const [path, payload] of [
        [BOOKING_VIEW, {}],
        [BOOKING_CALENDAR_FILE, {}],
        [BOOKING_MANAGE, { action: 'cancel' }],
        [BOOKING_MANAGE, { action: 'reschedule', startsAt: iso(weekdayAt(15, 6)) }],
      ] as const) {
        const response = await api.request<{ type: string }>('POST', path, { body: { token, ...payload } });
        expect({ token, path, status: response.status, type: response.body.type }).toEqual({
          token,
          path,
          status: 404,
          type: 'https://pitlane.dev/problems/booking-not-found',
        });
      }
    }
    // A real token of B's booking opens B's booking only, never A's.
    const other = await viewBooking<{ id: string }>(api, foreign.manageToken);
    expect(other.body.id).toBe(foreign.id);
    const still = await viewBooking<{ status: string; startsAt: string }>(api, booked.manageToken);
    expect(still.body).toMatchObject({ status: 'confirmed', startsAt: iso(weekdayAt(14, 6)) });
    expect(api.logLines.join('\n')).not.toContain(booked.manageToken);
  });

  it('a revoked token (its hash no longer stored) answers the same 404 as a missing one', async () => {
    const booked = await book(api, a, bookingBody(serviceA, weekdayAt(16, 6)));
    await withAdminClient((client) =>
      client.query('update appointments set manage_token_hash = null where id = $1', [booked.id]),
    );
    const revoked = await viewBooking<{ type: string }>(api, booked.manageToken);
    expect({ status: revoked.status, type: revoked.body.type }).toEqual({
      status: 404,
      type: 'https://pitlane.dev/problems/booking-not-found',
    });
  });

  describe("B's staff get 404 for each of A's appointments and services, and A's rows stay byte-identical", () => {
    let booked: Booked;
    let before: unknown;

    beforeAll(async () => {
      booked = await book(api, a, bookingBody(serviceA, weekdayAt(11, 6)));
      before = await scheduleOf(a.tenantId);
    });

    const appointment = () => `/api/v1/appointments/${booked.id}`;
    it.each<[string, 'GET' | 'POST' | 'PATCH', () => string, () => unknown]>([
      ['GET an appointment', 'GET', appointment, () => undefined],
      ['cancel it', 'POST', () => `${appointment()}/cancel`, () => undefined],
      ['move it', 'POST', () => `${appointment()}/move`, () => ({ startsAt: iso(weekdayAt(12, 6)) })],
      ['move it to a bay', 'POST', () => `${appointment()}/move`, () => ({ startsAt: iso(weekdayAt(12, 6)), bay: 1 })],
      ['check it in', 'POST', () => `${appointment()}/status`, () => ({ status: 'checked_in' })],
      ['cancel it by status', 'POST', () => `${appointment()}/status`, () => ({ status: 'cancelled' })],
      ['rename a service', 'PATCH', () => `/api/v1/services/${serviceA.id}`, () => ({ name: 'Stolen' })],
      ['deactivate a service', 'PATCH', () => `/api/v1/services/${serviceA.id}`, () => ({ active: false })],
      [
        'offer a hidden service online',
        'PATCH',
        () => `/api/v1/services/${hiddenA.id}`,
        () => ({ bookableOnline: true }),
      ],
    ])('%s: 404', async (_name, method, path, body) => {
      const payload = body();
      const response = await api.request(method, path(), {
        token: b.accessToken,
        ...(payload ? { body: payload } : {}),
      });
      expect(response.status).toBe(404);
      expect(response.text).not.toContain('Alpha');
      expect(await scheduleOf(a.tenantId)).toEqual(before);
    });

    it("B's calendar and catalog list none of A's", async () => {
      const day = weekdayAt(11, 6).toISODate();
      const calendar = await api.request('GET', `/api/v1/appointments?from=${day}&to=${day}`, { token: b.accessToken });
      expect(calendar.status).toBe(200);
      expect(calendar.text).not.toContain(booked.id);
      const services = await api.request('GET', '/api/v1/services', { token: b.accessToken });
      expect(services.text).not.toContain(serviceA.id);
    });
  });

  it("B's staff booking names A's client, vehicle or service: 404 (or 400), nothing written anywhere", async () => {
    const booked = await book(api, a, bookingBody(serviceA, weekdayAt(13, 6)));
    const [appointment] = (await rowsOf(
      'select client_id, vehicle_id from appointments where tenant_id = $1 and id = $2',
      [a.tenantId, booked.id],
    )) as { client_id: string; vehicle_id: string }[];
    const beforeA = await scheduleOf(a.tenantId);
    const beforeB = await scheduleOf(b.tenantId);
    const start = iso(weekdayAt(13, 7));
    const clientB = await api.request<{ id: string }>('POST', '/api/v1/clients', {
      token: b.accessToken,
      body: { firstName: 'Beta', lastName: 'Client', phone: '+48601999111' },
    });
    for (const body of [
      { clientId: appointment?.client_id, serviceIds: [serviceB.id], startsAt: start },
      { clientId: clientB.body.id, vehicleId: appointment?.vehicle_id, serviceIds: [serviceB.id], startsAt: start },
      { clientId: clientB.body.id, serviceIds: [serviceA.id], startsAt: start },
    ]) {
      const response = await api.request('POST', '/api/v1/appointments', { token: b.accessToken, body });
      expect([400, 404]).toContain(response.status);
      expect(response.text).not.toContain('Alpha');
    }
    expect(await scheduleOf(a.tenantId)).toEqual(beforeA);
    expect(await scheduleOf(b.tenantId)).toEqual(beforeB);
  });

  it("B's settings and catalog writes change B only: A's settings and services stay byte-identical", async () => {
    await configure(api, a, { closedDates: ['2031-01-02'], bufferMinutes: 5 });
    const before = await scheduleOf(a.tenantId);
    await configure(api, b, { closedDates: ['2031-03-04'], bays: 3 });
    const created = await api.request<{ id: string }>('POST', '/api/v1/services', {
      token: b.accessToken,
      body: { name: 'Beta wash', durationMinutes: 30, priceMinor: 1000, vatRateBp: 2300 },
    });
    expect(created.status).toBe(201);
    const renamed = await api.request('PATCH', `/api/v1/services/${serviceB.id}`, {
      token: b.accessToken,
      body: { description: 'Beta only' },
    });
    expect(renamed.status).toBe(200);
    const settingsB = await api.request<{ closedDates: string[]; bays: number }>('GET', '/api/v1/settings/schedule', {
      token: b.accessToken,
    });
    expect(settingsB.body).toMatchObject({ closedDates: ['2031-03-04'], bays: 3 });
    expect(settingsB.text).not.toContain('2031-01-02');
    expect(await scheduleOf(a.tenantId)).toEqual(before);
    // and the other way round: A's settings page shows A's
    const settingsA = await api.request('GET', '/api/v1/settings/schedule', { token: a.accessToken });
    expect(settingsA.text).toContain('2031-01-02');
    expect(settingsA.text).not.toContain('2031-03-04');
  });
});

describe("a public booking never attaches to an existing client's or vehicle's record", () => {
  let api: TestApi;
  let a: Workshop;
  let service: Service;

  beforeAll(async () => {
    api = await TestApi.start();
    a = await schedulingWorkshop(api, {}, 'Contact Garage');
    service = await addService(api, a, { name: 'Oil change' });
  });

  afterAll(() => api.close());

  async function existingCustomer(): Promise<{
    clientId: string;
    vehicleId: string;
    email: string;
    phone: string;
    plate: string;
    vin: string;
  }> {
    const suffix = randomBytes(3).toString('hex');
    const email = `real-owner-${suffix}@example.test`;
    const phone = `+48 602 ${String(parseInt(suffix, 16) % 1_000_000).padStart(6, '0')}`;
    const plate = `KR ${suffix.toUpperCase()}`;
    const vin = europeanVin();
    const client = await api.request<{ id: string }>('POST', '/api/v1/clients', {
      token: a.accessToken,
      body: { firstName: 'Real', lastName: 'Owner', email, phone },
    });
    expect(client.status).toBe(201);
    const vehicle = await api.request<{ id: string }>('POST', '/api/v1/vehicles', {
      token: a.accessToken,
      body: { clientId: client.body.id, vin, plate, make: 'Volvo', model: 'V70' },
    });
    expect(vehicle.status).toBe(201);
    return { clientId: client.body.id, vehicleId: vehicle.body.id, email, phone, plate, vin };
  }

  const recordsOf = async (clientId: string, vehicleId: string) => ({
    client: await rowsOf('select * from clients where tenant_id = $1 and id = $2', [a.tenantId, clientId]),
    vehicle: await rowsOf('select * from vehicles where tenant_id = $1 and id = $2', [a.tenantId, vehicleId]),
    vehicles: await rowsOf('select id from vehicles where tenant_id = $1 and client_id = $2 order by id', [
      a.tenantId,
      clientId,
    ]),
    appointments: await rowsOf('select id from appointments where tenant_id = $1 and client_id = $2', [
      a.tenantId,
      clientId,
    ]),
  });

  async function bookedRows(id: string) {
    const [appointment] = (await rowsOf(
      'select client_id, vehicle_id from appointments where tenant_id = $1 and id = $2',
      [a.tenantId, id],
    )) as { client_id: string; vehicle_id: string }[];
    const [client] = (await rowsOf('select email, phone, first_name from clients where tenant_id = $1 and id = $2', [
      a.tenantId,
      appointment?.client_id,
    ])) as { email: string; phone: string; first_name: string }[];
    const [vehicle] = (await rowsOf(
      'select client_id, plate, vin_index from vehicles where tenant_id = $1 and id = $2',
      [a.tenantId, appointment?.vehicle_id],
    )) as { client_id: string; plate: string; vin_index: Buffer | null }[];
    const mails = (await rowsOf(
      'select recipient_email from mail_messages where tenant_id = $1 and idempotency_key = $2',
      [a.tenantId, `appointment_confirmation:${id}`],
    )) as { recipient_email: string }[];
    return { appointment, client, vehicle, mails: mails.map((mail) => mail.recipient_email) };
  }

  it("booking with an existing client's phone and an existing car's plate and VIN: new client and vehicle, the mail to the typed address", async () => {
    const existing = await existingCustomer();
    const before = await recordsOf(existing.clientId, existing.vehicleId);
    const typed = customer({ firstName: 'Mallory', phone: existing.phone });
    const booked = await book(
      api,
      a,
      bookingBody(service, weekdayAt(9, 8), { customer: typed, vehicle: { plate: existing.plate, vin: existing.vin } }),
    );
    expect(JSON.stringify(booked)).not.toContain(existing.clientId);
    expect(JSON.stringify(booked)).not.toContain('Real');

    const rows = await bookedRows(booked.id);
    expect(rows.appointment?.client_id).not.toBe(existing.clientId);
    expect(rows.appointment?.vehicle_id).not.toBe(existing.vehicleId);
    expect(rows.client).toMatchObject({ email: typed.email, first_name: 'Mallory' });
    expect(rows.vehicle).toMatchObject({ client_id: rows.appointment?.client_id, plate: existing.plate });
    expect(rows.mails).toEqual([typed.email]);
    expect(await recordsOf(existing.clientId, existing.vehicleId)).toEqual(before);
  });

  it("booking with an existing client's e-mail (another case) makes a new client too; the real one gets no mail of it", async () => {
    const existing = await existingCustomer();
    const before = await recordsOf(existing.clientId, existing.vehicleId);
    const typed = customer({ email: existing.email.toUpperCase(), firstName: 'Eve' });
    const booked = await book(
      api,
      a,
      bookingBody(service, weekdayAt(10, 8), { customer: typed, vehicle: { plate: existing.plate } }),
    );

    const rows = await bookedRows(booked.id);
    expect(rows.appointment?.client_id).not.toBe(existing.clientId);
    expect(rows.appointment?.vehicle_id).not.toBe(existing.vehicleId);
    expect(rows.client).toMatchObject({ email: typed.email, first_name: 'Eve' });
    expect(rows.mails).toEqual([typed.email]);
    expect(await recordsOf(existing.clientId, existing.vehicleId)).toEqual(before);
  });
});

describe("a suspended workshop's booking links answer that it is not taking requests", () => {
  let api: TestApi;
  /** Suspended after its first booking: its slug is in the API's cache as active. */
  let paused: Workshop;
  /** Suspended before any public page named it. */
  let fresh: Workshop;
  let pausedService: Service;
  let freshService: Service;
  let booked: Booked;
  let before: unknown;

  const setStatus = (workshop: Workshop, status: 'active' | 'suspended') =>
    withAdminClient((client) =>
      client.query('update tenants set status = $2 where id = $1', [workshop.tenantId, status]),
    );
  /** Both workshops' schedules, clients, vehicles and mail, as the admin sees them. */
  const everything = async () => ({
    schedules: [await scheduleOf(paused.tenantId), await scheduleOf(fresh.tenantId)],
    clients: await rowsOf('select * from clients where tenant_id = any($1) order by id', [
      [paused.tenantId, fresh.tenantId],
    ]),
    vehicles: await rowsOf('select * from vehicles where tenant_id = any($1) order by id', [
      [paused.tenantId, fresh.tenantId],
    ]),
    mail: await rowsOf('select id from mail_messages where tenant_id = any($1) order by id', [
      [paused.tenantId, fresh.tenantId],
    ]),
  });

  beforeAll(async () => {
    api = await TestApi.start();
    paused = await schedulingWorkshop(api, {}, 'Paused Garage');
    pausedService = await addService(api, paused, { name: 'Paused service' });
    booked = await book(api, paused, bookingBody(pausedService, weekdayAt(9, 9)));
    fresh = await schedulingWorkshop(api, {}, 'Fresh Paused Garage');
    freshService = await addService(api, fresh, { name: 'Fresh service' });
    await setStatus(paused, 'suspended');
    await setStatus(fresh, 'suspended');
    before = await everything();
  });

  afterAll(() => api.close());

  const day = () => weekdayAt(9, 10).toISODate();
  const page = (workshop: () => Workshop) => () => `/api/v1/public/workshops/${workshop().slug}`;
  const routes: [string, 'GET' | 'POST', () => string, () => unknown][] = [
    ['the page (slug cached as active)', 'GET', page(() => paused), () => undefined],
    ['the page (never looked up)', 'GET', page(() => fresh), () => undefined],
    [
      'availability (slug cached as active)',
      'GET',
      () => `${page(() => paused)()}/availability?from=${day()}&to=${day()}&serviceIds=${pausedService.id}`,
      () => undefined,
    ],
    [
      'availability (never looked up)',
      'GET',
      () => `${page(() => fresh)()}/availability?from=${day()}&to=${day()}&serviceIds=${freshService.id}`,
      () => undefined,
    ],
    [
      'a booking (slug cached as active)',
      'POST',
      () => `${page(() => paused)()}/bookings`,
      () => bookingBody(pausedService, weekdayAt(11, 10)),
    ],
    [
      'a booking (never looked up)',
      'POST',
      () => `${page(() => fresh)()}/bookings`,
      () => bookingBody(freshService, weekdayAt(11, 10)),
    ],
    ['viewing a booking by its manage link', 'POST', () => BOOKING_VIEW, () => ({ token: booked.manageToken })],
    ['downloading its calendar file', 'POST', () => BOOKING_CALENDAR_FILE, () => ({ token: booked.manageToken })],
    [
      'cancelling by the manage link',
      'POST',
      () => BOOKING_MANAGE,
      () => ({ token: booked.manageToken, action: 'cancel', reason: 'Sick' }),
    ],
    [
      'rescheduling by the manage link',
      'POST',
      () => BOOKING_MANAGE,
      () => ({ token: booked.manageToken, action: 'reschedule', startsAt: iso(weekdayAt(12, 10)) }),
    ],
  ];

  it.each(routes)(
    '%s answers 403 workshop-not-accepting-requests and changes nothing',
    async (_name, method, path, body) => {
      const payload = body();
      const response = await api.request<{ type: string; detail: string }>(
        method,
        path(),
        payload ? { body: payload } : {},
      );
      expect({ status: response.status, type: response.body.type }).toEqual({
        status: 403,
        type: 'https://pitlane.dev/problems/workshop-not-accepting-requests',
      });
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.detail).toMatch(/not taking requests/);
      expect(response.text).not.toContain(booked.id);
      expect(await everything()).toEqual(before);
    },
  );

  it('once reactivated, the manage link opens the booking again', async () => {
    await setStatus(paused, 'active');
    const view = await viewBooking<{ id: string; status: string }>(api, booked.manageToken);
    expect({ status: view.status, id: view.body.id, booking: view.body.status }).toEqual({
      status: 200,
      id: booked.id,
      booking: 'confirmed',
    });
  });
});

describe('the public booking routes are rate limited per client address', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await TestApi.start({ RATE_LIMIT_IP_PER_MINUTE: '3' });
  });

  afterAll(() => api.close());

  it('answers 429 with Retry-After once an address has used its attempts, on every public route', async () => {
    const workshop = await schedulingWorkshop(api, {}, 'Limited Garage');
    const base = `/api/v1/public/workshops/${workshop.slug}`;
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) statuses.push((await api.request('GET', base)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await api.request('GET', base);
    expect(limited.headers['retry-after']).toBeDefined();
    const bookings: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      bookings.push((await manageBooking(api, 'x'.repeat(43), { action: 'cancel' })).status);
    }
    expect(bookings).toEqual([404, 404, 404, 429]);
  });
});
