import { TestApi, withAdminClient, Workshop } from '../../../test/support/test-api';
import {
  addService,
  book,
  bookingBody,
  iso,
  manageUrl,
  schedulingWorkshop,
  Service,
  weekdayAt,
} from './scheduling-fixtures';

interface PublicWorkshop {
  readonly name: string;
  readonly services: { id: string; name: string }[];
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
      for (const [method, payload] of [
        ['GET', undefined],
        ['POST', { action: 'cancel' }],
        ['POST', { action: 'reschedule', startsAt: iso(weekdayAt(15, 6)) }],
      ] as const) {
        const response = await api.request<{ type: string }>(
          method,
          manageUrl(token),
          payload ? { body: payload } : {},
        );
        expect({ token, method, status: response.status, type: response.body.type }).toEqual({
          token,
          method,
          status: 404,
          type: 'https://pitlane.dev/problems/booking-not-found',
        });
      }
    }
    // A real token of B's booking opens B's booking only, never A's.
    const other = await api.request<{ id: string }>('GET', manageUrl(foreign.manageToken));
    expect(other.body.id).toBe(foreign.id);
    const still = await api.request<{ status: string; startsAt: string }>('GET', manageUrl(booked.manageToken));
    expect(still.body).toMatchObject({ status: 'confirmed', startsAt: iso(weekdayAt(14, 6)) });
    expect(api.logLines.join('\n')).not.toContain(booked.manageToken);
  });

  it('a revoked token (its hash no longer stored) answers the same 404 as a missing one', async () => {
    const booked = await book(api, a, bookingBody(serviceA, weekdayAt(16, 6)));
    await withAdminClient((client) =>
      client.query('update appointments set manage_token_hash = null where id = $1', [booked.id]),
    );
    const revoked = await api.request<{ type: string }>('GET', manageUrl(booked.manageToken));
    expect({ status: revoked.status, type: revoked.body.type }).toEqual({
      status: 404,
      type: 'https://pitlane.dev/problems/booking-not-found',
    });
  });

  it("B's staff see none of A's appointments and get 404 for them", async () => {
    const booked = await book(api, a, bookingBody(serviceA, weekdayAt(11, 6)));
    for (const [method, path, body] of [
      ['GET', `/api/v1/appointments/${booked.id}`, undefined],
      ['POST', `/api/v1/appointments/${booked.id}/cancel`, undefined],
      ['POST', `/api/v1/appointments/${booked.id}/move`, { startsAt: iso(weekdayAt(12, 6)) }],
      ['POST', `/api/v1/appointments/${booked.id}/status`, { status: 'checked_in' }],
      ['PATCH', `/api/v1/services/${serviceA.id}`, { name: 'Stolen' }],
    ] as const) {
      const response = await api.request(method, path, { token: b.accessToken, ...(body ? { body } : {}) });
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
    const day = weekdayAt(11, 6).toISODate();
    const calendar = await api.request('GET', `/api/v1/appointments?from=${day}&to=${day}`, { token: b.accessToken });
    expect(calendar.text).not.toContain(booked.id);
    const services = await api.request('GET', '/api/v1/services', { token: b.accessToken });
    expect(services.text).not.toContain(serviceA.id);
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
      bookings.push((await api.request('POST', manageUrl('x'.repeat(43)), { body: { action: 'cancel' } })).status);
    }
    expect(bookings).toEqual([404, 404, 404, 429]);
  });
});
