import { DateTime } from 'luxon';
import { randomBytes } from 'node:crypto';
import { europeanVin } from '../../../test/support/garage-fixtures';
import { TestApi, withAdminClient, Workshop } from '../../../test/support/test-api';
import { addService, configure, iso, schedulingWorkshop, Service, weekdayAt, ZONE } from './scheduling-fixtures';

interface Refusal {
  readonly type: string;
  readonly status: number;
  readonly detail: string;
  readonly reason?: string;
  readonly currentStatus?: string;
  readonly allowed?: string[];
  readonly errors?: { field: string; message: string }[];
}

interface Block {
  readonly id: string;
  readonly status: string;
  readonly bay: number;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly clientName: string;
  readonly vehicle: { plate: string | null; make: string; model: string } | null;
  readonly services: { name: string }[];
}

interface Calendar {
  readonly timeZone: string;
  readonly slotMinutes: number;
  readonly days: { date: string; closed: boolean; open: { start: string; end: string }[] }[];
  readonly lanes: { bay: number; name: string | null; appointments: Block[] }[];
}

interface Booking {
  readonly id: string;
  readonly clientId: string;
  readonly vehicleId: string;
  readonly vin: string;
  readonly lastName: string;
}

let weeksUsed = 0;
/** A Tuesday-to-Thursday at `hour`:00 in Warsaw of a week no other test of this file uses. */
function freshDay(hour: number): DateTime {
  weeksUsed += 1;
  return weekdayAt(hour, 7 * weeksUsed);
}

const problem = (code: string) => `https://pitlane.dev/problems/${code.replace(/_/g, '-')}`;

/** A client with a vehicle (VIN included) and a staff appointment for them at `start`. */
async function bookFor(
  api: TestApi,
  workshop: Workshop,
  service: Service,
  start: DateTime,
  extra: { bay?: number; lastName?: string } = {},
): Promise<Booking> {
  const lastName = extra.lastName ?? `Zielińska-${randomBytes(3).toString('hex')}`;
  const client = await api.request<{ id: string }>('POST', '/api/v1/clients', {
    token: workshop.accessToken,
    body: { firstName: 'Maja', lastName },
  });
  const vin = europeanVin();
  const vehicle = await api.request<{ id: string }>('POST', '/api/v1/vehicles', {
    token: workshop.accessToken,
    body: { clientId: client.body.id, plate: 'WX 4711K', make: 'Skoda', model: 'Octavia', vin },
  });
  if (vehicle.status !== 201) throw new Error(`vehicle: ${vehicle.status} ${vehicle.text}`);
  const created = await api.request<{ id: string }>('POST', '/api/v1/appointments', {
    token: workshop.accessToken,
    body: {
      clientId: client.body.id,
      vehicleId: vehicle.body.id,
      serviceIds: [service.id],
      startsAt: iso(start),
      ...(extra.bay ? { bay: extra.bay } : {}),
    },
  });
  if (created.status !== 201) throw new Error(`appointment: ${created.status} ${created.text}`);
  return { id: created.body.id, clientId: client.body.id, vehicleId: vehicle.body.id, vin, lastName };
}

function calendarOf(api: TestApi, workshop: Workshop, from: DateTime, to = from) {
  return api.request<Calendar>('GET', `/api/v1/appointments?from=${from.toISODate()}&to=${to.toISODate()}`, {
    token: workshop.accessToken,
  });
}

/** The stored span and bay of an appointment, read as the admin (past any API answer). */
async function appointmentRow(id: string): Promise<{ starts_at: Date; ends_at: Date; bay: number }> {
  return withAdminClient(async (client) => {
    const result = await client.query<{ starts_at: Date; ends_at: Date; bay: number }>(
      'select starts_at, ends_at, bay from appointments where id = $1',
      [id],
    );
    const row = result.rows[0];
    if (!row) throw new Error('no such appointment');
    return row;
  });
}

describe('the staff calendar and its moves', () => {
  let api: TestApi;
  let workshop: Workshop;
  let service: Service;

  beforeAll(async () => {
    api = await TestApi.start();
    workshop = await schedulingWorkshop(api, { slotMinutes: 30 });
    service = await addService(api, workshop, { name: 'Brake pads', durationMinutes: 60 });
  });

  afterAll(() => api.close());

  describe('what a day of the calendar carries', () => {
    let day: DateTime;
    let booking: Booking;

    beforeAll(async () => {
      day = freshDay(9);
      booking = await bookFor(api, workshop, service, day);
      await configure(api, workshop, { closedDates: [day.plus({ days: 1 }).toISODate()] });
    });

    it('each lane carries the name the schedule gives its bay', async () => {
      const bays = (await calendarOf(api, workshop, day)).body.lanes.length;
      const names = Array.from({ length: bays }, (_, index) => (index === 0 ? 'Lift' : `Bay ${index + 1}`));
      await configure(api, workshop, { bayNames: names });
      const calendar = await calendarOf(api, workshop, day);
      expect(calendar.body.lanes.map((lane) => lane.name)).toEqual(names);
    });

    it('each block names its client, plate, make, model, services and status, without the VIN', async () => {
      const calendar = await calendarOf(api, workshop, day);
      expect(calendar.status).toBe(200);
      const block = calendar.body.lanes[0]?.appointments[0];
      expect(block).toMatchObject({
        id: booking.id,
        status: 'confirmed',
        clientName: `Maja ${booking.lastName}`,
        vehicle: { plate: 'WX 4711K', make: 'Skoda', model: 'Octavia' },
        services: [expect.objectContaining({ name: 'Brake pads' })],
      });
      expect(calendar.text).not.toContain(booking.vin);
      expect(calendar.text).not.toContain(booking.vin.slice(-6));
    });

    it("each day of the range has its opening hours as instants in the workshop's zone, closed dates marked", async () => {
      const calendar = await calendarOf(api, workshop, day, day.plus({ days: 1 }));
      expect(calendar.body.timeZone).toBe(ZONE);
      expect(calendar.body.slotMinutes).toBe(30);
      expect(calendar.body.days).toEqual([
        {
          date: day.toISODate(),
          closed: false,
          open: [{ start: iso(day.set({ hour: 8 })), end: iso(day.set({ hour: 17 })) }],
        },
        { date: day.plus({ days: 1 }).toISODate(), closed: true, open: [] },
      ]);
    });
  });

  describe('move and resize', () => {
    it('a resize with endsAt changes the duration, and a later move keeps it', async () => {
      const start = freshDay(9);
      const booking = await bookFor(api, workshop, service, start);
      const resized = await api.request<{ startsAt: string; endsAt: string }>(
        'POST',
        `/api/v1/appointments/${booking.id}/move`,
        {
          token: workshop.accessToken,
          body: { startsAt: iso(start), endsAt: iso(start.plus({ minutes: 150 })) },
        },
      );
      expect(resized.status).toBe(200);
      expect(resized.body).toMatchObject({ startsAt: iso(start), endsAt: iso(start.plus({ minutes: 150 })) });
      const moved = await api.request<{ startsAt: string; endsAt: string }>(
        'POST',
        `/api/v1/appointments/${booking.id}/move`,
        { token: workshop.accessToken, body: { startsAt: iso(start.set({ hour: 13 })) } },
      );
      expect(moved.body).toMatchObject({
        startsAt: iso(start.set({ hour: 13 })),
        endsAt: iso(start.set({ hour: 15, minute: 30 })),
      });
      const row = await appointmentRow(booking.id);
      expect(row.ends_at.getTime() - row.starts_at.getTime()).toBe(150 * 60_000);
    });

    it('a resize over the next booking of the bay is refused with bay_taken and stays as it was', async () => {
      const start = freshDay(9);
      const first = await bookFor(api, workshop, service, start, { bay: 1 });
      await bookFor(api, workshop, service, start.plus({ hours: 1 }), { bay: 1 });
      const refused = await api.request<Refusal>('POST', `/api/v1/appointments/${first.id}/move`, {
        token: workshop.accessToken,
        body: { startsAt: iso(start), endsAt: iso(start.plus({ minutes: 90 })), bay: 1 },
      });
      expect(refused.status).toBe(409);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body).toMatchObject({
        type: problem('slot_taken'),
        reason: 'bay_taken',
        detail: 'Another booking holds bay 1 at that time.',
      });
      const row = await appointmentRow(first.id);
      expect(row.ends_at.getTime() - row.starts_at.getTime()).toBe(60 * 60_000);
    });

    it.each<[string, (start: DateTime) => Record<string, string>, string, string]>([
      [
        'a resize past closing',
        (start) => ({ startsAt: iso(start.set({ hour: 16 })), endsAt: iso(start.set({ hour: 17, minute: 30 })) }),
        'outside_opening_hours',
        'The appointment would not fit inside the opening hours.',
      ],
      [
        'a move before opening',
        (start) => ({ startsAt: iso(start.set({ hour: 7 })) }),
        'outside_opening_hours',
        'The appointment would not fit inside the opening hours.',
      ],
      [
        'a move onto a closed date',
        (start) => ({ startsAt: iso(start.plus({ days: 1 }).set({ hour: 10 })) }),
        'closed_date',
        'The workshop is closed on that day.',
      ],
    ])('%s is refused with a 409 that says why', async (_name, body, reason, detail) => {
      const start = freshDay(10);
      await configure(api, workshop, { closedDates: [start.plus({ days: 1 }).toISODate()] });
      const booking = await bookFor(api, workshop, service, start);
      const before = await appointmentRow(booking.id);
      const refused = await api.request<Refusal>('POST', `/api/v1/appointments/${booking.id}/move`, {
        token: workshop.accessToken,
        body: body(start),
      });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ type: problem('move_outside_opening_hours'), reason, detail });
      expect(await appointmentRow(booking.id)).toEqual(before);
    });

    it.each([
      ['an end before the start', -30],
      ['an end equal to the start', 0],
      ['an end more than a day later', 25 * 60],
    ])('%s is a 400 on endsAt', async (_name, minutes) => {
      const start = freshDay(10);
      const booking = await bookFor(api, workshop, service, start);
      const refused = await api.request<Refusal>('POST', `/api/v1/appointments/${booking.id}/move`, {
        token: workshop.accessToken,
        body: { startsAt: iso(start), endsAt: iso(start.plus({ minutes })) },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.map((error) => error.field)).toEqual(['endsAt']);
    });

    it('a checked-in appointment cannot be moved: not_movable, said in words', async () => {
      const start = freshDay(14);
      const booking = await bookFor(api, workshop, service, start);
      await api.request('POST', `/api/v1/appointments/${booking.id}/status`, {
        token: workshop.accessToken,
        body: { status: 'checked_in' },
      });
      const refused = await api.request<Refusal>('POST', `/api/v1/appointments/${booking.id}/move`, {
        token: workshop.accessToken,
        body: { startsAt: iso(start.plus({ hours: 1 })) },
      });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({
        reason: 'not_movable',
        currentStatus: 'checked_in',
        detail: 'An appointment that is checked in cannot be moved.',
      });
    });

    it.each<[string, string[], string, string]>([
      [
        'completed → confirmed',
        ['checked_in', 'completed'],
        'confirmed',
        'An appointment that is completed cannot change any more.',
      ],
      ['no show → checked in', ['no_show'], 'checked_in', 'An appointment that is a no-show cannot change any more.'],
      ['checked in → no show', ['checked_in'], 'no_show', 'An appointment that is checked in cannot become a no-show.'],
    ])('a refused status change (%s) says why, with the statuses allowed', async (_name, path, to, detail) => {
      const booking = await bookFor(api, workshop, service, freshDay(15));
      for (const status of path) {
        const step = await api.request('POST', `/api/v1/appointments/${booking.id}/status`, {
          token: workshop.accessToken,
          body: { status },
        });
        expect(step.status).toBe(200);
      }
      const refused = await api.request<Refusal>('POST', `/api/v1/appointments/${booking.id}/status`, {
        token: workshop.accessToken,
        body: { status: to },
      });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({
        type: problem('invalid_status_transition'),
        reason: 'invalid_status_transition',
        currentStatus: path[path.length - 1],
        detail,
      });
      expect(Array.isArray(refused.body.allowed)).toBe(true);
    });
  });

  describe('workshops are isolated in the calendar', () => {
    let other: Workshop;
    let booking: Booking;
    let day: DateTime;

    beforeAll(async () => {
      other = await schedulingWorkshop(api, {}, 'Other Garage');
      const otherService = await addService(api, other, { name: 'Other tyres' });
      day = freshDay(9);
      booking = await bookFor(api, workshop, service, day, { lastName: 'Secretowska' });
      await bookFor(api, other, otherService, day, { lastName: 'Ownowska' });
    });

    it.each([
      ['move it', () => ({ startsAt: iso(day.set({ hour: 12 })) })],
      ['resize it', () => ({ startsAt: iso(day), endsAt: iso(day.plus({ hours: 3 })) })],
      ['move it to a bay', () => ({ startsAt: iso(day), bay: 2 })],
    ])('workshop B cannot %s (an appointment of workshop A): 404, nothing changed', async (_name, body) => {
      const before = await appointmentRow(booking.id);
      const attempt = await api.request('POST', `/api/v1/appointments/${booking.id}/move`, {
        token: other.accessToken,
        body: body(),
      });
      expect(attempt.status).toBe(404);
      expect(attempt.text).not.toContain('Secretowska');
      expect(await appointmentRow(booking.id)).toEqual(before);
    });

    it("B's calendar of the same day shows B's own client and never the names of A's", async () => {
      const calendar = await calendarOf(api, other, day);
      expect(calendar.status).toBe(200);
      expect(calendar.text).toContain('Ownowska');
      expect(calendar.text).not.toContain('Secretowska');
      expect(calendar.text).not.toContain(booking.id);
      expect(calendar.text).not.toContain(booking.clientId);
    });
  });
});
