import { BusinessMetrics } from '@pitlane/observability';
import { DateTime } from 'luxon';
import { TestApi, withAdminClient, withAppClient, Workshop } from '../../../test/support/test-api';
import {
  addService,
  book,
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
  ZONE,
} from './scheduling-fixtures';

interface Problem {
  readonly type: string;
  readonly status: number;
  readonly rule?: string;
  readonly alternatives?: { start: string; end: string }[];
  readonly nearestSlots?: { start: string; end: string }[];
  readonly errors?: { field: string; message: string }[];
}

interface Slots {
  readonly timeZone: string;
  readonly slots: { start: string; end: string }[];
}

const problem = (code: string) => `https://pitlane.dev/problems/${code.replace(/_/g, '-')}`;

/** The last Sunday of `month` (3 or 10) in Warsaw, the next one from today. */
function nextLastSunday(month: 3 | 10): DateTime {
  const today = DateTime.now().setZone(ZONE).startOf('day');
  for (let year = today.year; ; year += 1) {
    let day = DateTime.fromObject({ year, month, day: 31 }, { zone: ZONE });
    while (day.weekday !== 7) day = day.minus({ days: 1 });
    if (day > today.plus({ days: 1 })) return day;
  }
}

describe('scheduling', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await TestApi.start();
  });

  afterAll(() => api.close());

  describe('staff: settings, catalog and the calendar', () => {
    let workshop: Workshop;
    let service: Service;

    beforeAll(async () => {
      workshop = await schedulingWorkshop(api);
      service = await addService(api, workshop);
    });

    it('a new workshop has a default schedule in its own time zone; owners change it', async () => {
      const fresh = await api.signupWorkshop('Fresh Garage');
      const read = await api.request<Record<string, unknown>>('GET', '/api/v1/settings/schedule', {
        token: fresh.accessToken,
      });
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ timeZone: 'Europe/Warsaw', bays: 2, reminderLeadMinutes: 1440 });
      const changed = await api.request('PATCH', '/api/v1/settings/schedule', {
        token: fresh.accessToken,
        body: { bays: 3, openingHours: { sat: [{ start: '09:00', end: '13:00' }] }, closedDates: ['2030-12-24'] },
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ bays: 3, closedDates: ['2030-12-24'] });
      expect((changed.body.openingHours as Record<string, unknown>).sat).toEqual([{ start: '09:00', end: '13:00' }]);
      // The schedule runs in the workshop's one zone, which only the workshop profile changes.
      const zone = await api.request<Problem>('PATCH', '/api/v1/settings/schedule', {
        token: fresh.accessToken,
        body: { timeZone: 'Europe/Copenhagen' },
      });
      expect(zone.status).toBe(400);
      expect(zone.body.errors).toEqual([{ field: 'timeZone', message: 'is not an accepted field' }]);
      const overlapping = await api.request<Problem>('PATCH', '/api/v1/settings/schedule', {
        token: fresh.accessToken,
        body: {
          openingHours: {
            mon: [
              { start: '08:00', end: '12:00' },
              { start: '11:00', end: '15:00' },
            ],
          },
        },
      });
      expect(overlapping.status).toBe(400);
    });

    it.each([
      ['30 February', ['2027-02-30']],
      ['29 February of a common year', ['2027-02-29']],
      ['a 13th month beside a real date', ['2026-12-24', '2027-13-01']],
      ['31 April', ['2027-04-31']],
    ])(
      'a closed date that does not exist (%s) is a 400 naming closedDates; nothing is stored',
      async (_name, dates) => {
        const before = await api.request('GET', '/api/v1/settings/schedule', { token: workshop.accessToken });
        const refused = await api.request<Problem>('PATCH', '/api/v1/settings/schedule', {
          token: workshop.accessToken,
          body: { closedDates: dates, bays: 4 },
        });
        expect(refused.status).toBe(400);
        expect(refused.body.errors?.map((error) => error.field)).toEqual(['closedDates']);
        const after = await api.request('GET', '/api/v1/settings/schedule', { token: workshop.accessToken });
        expect(after.text).toBe(before.text);
      },
    );

    it('29 February of a leap year is a closed date like any other', async () => {
      const fresh = await api.signupWorkshop('Leap Garage');
      const leap = await api.request('PATCH', '/api/v1/settings/schedule', {
        token: fresh.accessToken,
        body: { closedDates: ['2028-02-29'] },
      });
      expect(leap.status).toBe(200);
    });

    it.each([
      ['2027-02-30', '2027-03-01', 'from'],
      ['2027-02-27', '2027-02-29', 'to'],
    ])('a calendar or availability range from %s to %s is a 400 naming %s', async (from, to, field) => {
      const calendar = await api.request<Problem>('GET', `/api/v1/appointments?from=${from}&to=${to}`, {
        token: workshop.accessToken,
      });
      expect(calendar.status).toBe(400);
      expect(calendar.body.errors?.map((error) => error.field)).toEqual([field]);
      const availability = await api.request<Problem>(
        'GET',
        `/api/v1/public/workshops/${workshop.slug}/availability?from=${from}&to=${to}&serviceIds=${service.id}`,
      );
      expect(availability.status).toBe(400);
      expect(availability.body.errors?.map((error) => error.field)).toEqual([field]);
    });

    it('a mechanic reads the schedule and the catalog but cannot change them', async () => {
      const mechanic = await api.addStaff(workshop, 'mechanic');
      expect((await api.request('GET', '/api/v1/settings/schedule', { token: mechanic.accessToken })).status).toBe(200);
      expect((await api.request('GET', '/api/v1/services', { token: mechanic.accessToken })).status).toBe(200);
      const patch = await api.request('PATCH', '/api/v1/settings/schedule', {
        token: mechanic.accessToken,
        body: { bays: 5 },
      });
      expect(patch.status).toBe(403);
      const create = await api.request('POST', '/api/v1/services', {
        token: mechanic.accessToken,
        body: { name: 'x', durationMinutes: 30, priceMinor: 1, vatRateBp: 0 },
      });
      expect(create.status).toBe(403);
    });

    it('staff create, move, check in and complete appointments in bay lanes, each in the audit trail', async () => {
      const client = await api.request<{ id: string }>('POST', '/api/v1/clients', {
        token: workshop.accessToken,
        body: { firstName: 'Anna', lastName: 'Kowalska', email: 'anna@example.test' },
      });
      const start = weekdayAt(10, 10);
      const created = await api.request<{ id: string; bay: number; startsAt: string; status: string }>(
        'POST',
        '/api/v1/appointments',
        {
          token: workshop.accessToken,
          body: { clientId: client.body.id, serviceIds: [service.id], startsAt: iso(start) },
        },
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ bay: 1, startsAt: iso(start), status: 'confirmed' });

      const second = await api.request<{ bay: number }>('POST', '/api/v1/appointments', {
        token: workshop.accessToken,
        body: { clientId: client.body.id, serviceIds: [service.id], startsAt: iso(start) },
      });
      expect(second.body.bay).toBe(2);
      const third = await api.request<Problem>('POST', '/api/v1/appointments', {
        token: workshop.accessToken,
        body: { clientId: client.body.id, serviceIds: [service.id], startsAt: iso(start) },
      });
      expect(third.status).toBe(409);
      expect(third.body.type).toBe(problem('slot_taken'));

      const id = created.body.id;
      const moved = await api.request<{ startsAt: string; bay: number }>('POST', `/api/v1/appointments/${id}/move`, {
        token: workshop.accessToken,
        body: { startsAt: iso(start.plus({ hours: 2 })) },
      });
      expect(moved.status).toBe(200);
      expect(moved.body.startsAt).toBe(iso(start.plus({ hours: 2 })));

      const day = start.toISODate() ?? '';
      const calendar = await api.request<{
        lanes: { bay: number; appointments: { id: string; startsAt: string }[] }[];
      }>('GET', `/api/v1/appointments?from=${day}&to=${day}`, { token: workshop.accessToken });
      expect(calendar.status).toBe(200);
      expect(calendar.body.lanes.map((lane) => lane.bay)).toEqual([1, 2]);
      expect(calendar.body.lanes[0]?.appointments.map((a) => a.startsAt)).toEqual([iso(start.plus({ hours: 2 }))]);
      expect(calendar.body.lanes[1]?.appointments).toHaveLength(1);

      for (const status of ['checked_in', 'completed']) {
        const changed = await api.request('POST', `/api/v1/appointments/${id}/status`, {
          token: workshop.accessToken,
          body: { status },
        });
        expect(changed.status).toBe(200);
      }
      const backwards = await api.request<Problem>('POST', `/api/v1/appointments/${id}/status`, {
        token: workshop.accessToken,
        body: { status: 'confirmed' },
      });
      expect(backwards.status).toBe(409);
      expect(backwards.body.type).toBe(problem('invalid_status_transition'));

      const audit = await api.request<{ items: { action: string }[] }>('GET', `/api/v1/audit-events?entityId=${id}`, {
        token: workshop.accessToken,
      });
      expect(audit.body.items.map((event) => event.action).sort()).toEqual([
        'appointment.created',
        'appointment.moved',
        'appointment.status_changed',
        'appointment.status_changed',
      ]);
    });

    it('a staff move into an occupied bay is refused, and cancelled appointments free their bay', async () => {
      const start = weekdayAt(14, 12);
      const one = await book(api, workshop, bookingBody(service, start));
      const two = await book(api, workshop, bookingBody(service, start.plus({ hours: 1 })));
      const twoBay = await api.request<{ bay: number }>('GET', `/api/v1/appointments/${two.id}`, {
        token: workshop.accessToken,
      });
      const oneBay = await api.request<{ bay: number }>('GET', `/api/v1/appointments/${one.id}`, {
        token: workshop.accessToken,
      });
      const into = await api.request<Problem>('POST', `/api/v1/appointments/${two.id}/move`, {
        token: workshop.accessToken,
        body: { startsAt: iso(start.plus({ minutes: 30 })), bay: oneBay.body.bay },
      });
      expect(into.status).toBe(409);
      expect(twoBay.status).toBe(200);
      const cancelled = await api.request('POST', `/api/v1/appointments/${one.id}/cancel`, {
        token: workshop.accessToken,
      });
      expect(cancelled.status).toBe(200);
      const now = await api.request('POST', `/api/v1/appointments/${two.id}/move`, {
        token: workshop.accessToken,
        body: { startsAt: iso(start), bay: oneBay.body.bay },
      });
      expect(now.status).toBe(200);
    });
  });

  describe('the database refuses overlaps even when the service layer is bypassed', () => {
    let workshop: Workshop;
    let service: Service;

    beforeAll(async () => {
      workshop = await schedulingWorkshop(api, { bufferMinutes: 15 });
      service = await addService(api, workshop);
    });

    async function asApp<T>(work: (query: (sql: string, params?: unknown[]) => Promise<T[]>) => Promise<void>) {
      await withAppClient(async (client) => {
        await client.query('begin');
        await client.query(`select set_config('app.tenant_id', $1, true)`, [workshop.tenantId]);
        try {
          await work(async (sql, params) => (await client.query(sql, params)).rows as T[]);
        } finally {
          await client.query('rollback');
        }
      });
    }

    it('an insert as the application role that overlaps a bay (buffer included) fails on the exclusion constraint', async () => {
      const start = weekdayAt(9, 20);
      const booked = await book(api, workshop, bookingBody(service, start));
      const [row] = await withAdminClient(
        async (client) =>
          (await client.query('select client_id, bay, occupied_until from appointments where id = $1', [booked.id]))
            .rows as { client_id: string; bay: number; occupied_until: Date }[],
      );
      expect(row?.occupied_until.toISOString()).toBe(start.plus({ minutes: 75 }).toJSDate().toISOString());
      const insert = `insert into appointments (tenant_id, id, client_id, bay, starts_at, ends_at, occupied_until, status, source)
        values ($1, gen_random_uuid(), $2, $3, $4, $5, $5, $6, 'staff')`;
      // Starts inside the previous job's buffer.
      await asApp(async (query) => {
        await expect(
          query(insert, [
            workshop.tenantId,
            row!.client_id,
            row!.bay,
            start.plus({ minutes: 70 }).toJSDate(),
            start.plus({ minutes: 130 }).toJSDate(),
            'confirmed',
          ]),
        ).rejects.toMatchObject({ code: '23P01', constraint: 'appointments_no_overlap' });
      });
      // The same range on the same bay is allowed only as a cancelled row.
      await asApp(async (query) => {
        await query(insert, [
          workshop.tenantId,
          row!.client_id,
          row!.bay,
          start.toJSDate(),
          start.plus({ minutes: 60 }).toJSDate(),
          'cancelled',
        ]);
      });
      // Right after the buffer it fits.
      await asApp(async (query) => {
        await query(insert, [
          workshop.tenantId,
          row!.client_id,
          row!.bay,
          start.plus({ minutes: 75 }).toJSDate(),
          start.plus({ minutes: 135 }).toJSDate(),
          'confirmed',
        ]);
      });
    });

    it('an update that moves an appointment onto an occupied bay fails the same way', async () => {
      const start = weekdayAt(13, 20);
      const first = await book(api, workshop, bookingBody(service, start));
      const second = await book(api, workshop, bookingBody(service, start.plus({ hours: 2 })));
      const bays = await withAdminClient(
        async (client) =>
          (await client.query('select id, bay from appointments where id = any($1)', [[first.id, second.id]])).rows as {
            id: string;
            bay: number;
          }[],
      );
      const firstBay = bays.find((row) => row.id === first.id)!.bay;
      await asApp(async (query) => {
        await expect(
          query(`update appointments set bay = $1, starts_at = $2, ends_at = $3, occupied_until = $3 where id = $4`, [
            firstBay,
            start.plus({ minutes: 30 }).toJSDate(),
            start.plus({ minutes: 90 }).toJSDate(),
            second.id,
          ]),
        ).rejects.toMatchObject({ code: '23P01' });
      });
    });
  });

  describe('public booking rules, each answered with the rule it breaks', () => {
    let workshop: Workshop;
    let service: Service;
    const url = () => `/api/v1/public/workshops/${workshop.slug}/bookings`;

    beforeAll(async () => {
      workshop = await schedulingWorkshop(api, { slotMinutes: 30, bays: 1 });
      service = await addService(api, workshop);
    });

    async function attempt(startsAt: DateTime | string) {
      return api.request<Problem>('POST', url(), { body: bookingBody(service, startsAt) });
    }

    it('past slots are never offered and cannot be booked', async () => {
      const now = DateTime.now().setZone(ZONE);
      const from = now.minus({ days: 2 }).toISODate();
      const to = now.plus({ days: 1 }).toISODate();
      const slots = await api.request<Slots>(
        'GET',
        `/api/v1/public/workshops/${workshop.slug}/availability?from=${from}&to=${to}&serviceIds=${service.id}`,
      );
      expect(slots.status).toBe(200);
      expect(slots.body.slots.every((slot) => DateTime.fromISO(slot.start) > now)).toBe(true);
      const yesterday = weekdayAt(10, -7);
      const response = await attempt(yesterday);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ type: problem('slot_in_past'), rule: 'past' });
    });

    it('minimum notice', async () => {
      await configure(api, workshop, { minNoticeMinutes: 43_200 });
      const response = await attempt(weekdayAt(10, 7));
      await configure(api, workshop, { minNoticeMinutes: 0 });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ type: problem('minimum_notice'), rule: 'minimum_notice' });
    });

    it('booking horizon', async () => {
      await configure(api, workshop, { horizonDays: 7 });
      const response = await attempt(weekdayAt(10, 14));
      await configure(api, workshop, { horizonDays: 365 });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ type: problem('booking_horizon'), rule: 'booking_horizon' });
    });

    it('closed dates', async () => {
      const day = weekdayAt(10, 15);
      await configure(api, workshop, { closedDates: [day.toISODate()] });
      const response = await attempt(day);
      const slots = await api.request<Slots>(
        'GET',
        `/api/v1/public/workshops/${workshop.slug}/availability?from=${day.toISODate()}&to=${day.toISODate()}&serviceIds=${service.id}`,
      );
      await configure(api, workshop, { closedDates: [] });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ type: problem('closed_date'), rule: 'closed_date' });
      expect(slots.body.slots).toEqual([]);
    });

    it('opening hours and the slot grid', async () => {
      const outside = await attempt(weekdayAt(16, 16, 30)); // a 60-minute job would end at 17:30
      expect(outside.status).toBe(400);
      expect(outside.body).toMatchObject({ type: problem('outside_opening_hours'), rule: 'outside_opening_hours' });
      const misaligned = await attempt(weekdayAt(10, 16, 10));
      expect(misaligned.status).toBe(400);
      expect(misaligned.body).toMatchObject({ type: problem('slot_not_aligned'), rule: 'slot_alignment' });
    });

    it('buffers between jobs', async () => {
      await configure(api, workshop, { bufferMinutes: 30 });
      const start = weekdayAt(10, 17);
      await book(api, workshop, bookingBody(service, start));
      const tooClose = await attempt(start.plus({ hours: 1 }));
      const taken = await attempt(start.plus({ minutes: 30 }));
      const after = await attempt(start.plus({ minutes: 90 }));
      await configure(api, workshop, { bufferMinutes: 0 });
      expect(tooClose.status).toBe(409);
      expect(tooClose.body).toMatchObject({ type: problem('buffer_conflict'), rule: 'buffer' });
      expect(tooClose.body.alternatives?.length).toBeGreaterThan(0);
      expect(taken.status).toBe(409);
      expect(taken.body).toMatchObject({ type: problem('slot_taken'), rule: 'taken' });
      expect(after.status).toBe(201);
    });

    it('a taken time offers the nearest free starts either side of it, by start', async () => {
      const start = weekdayAt(12, 33);
      await book(api, workshop, bookingBody(service, start));
      const taken = await attempt(start);
      expect(taken.status).toBe(409);
      const nearest = (taken.body.nearestSlots ?? []).map((slot) => slot.start);
      // One bay, a 60-minute job on a 30-minute grid: 11:00 and 13:00 are the closest free starts.
      expect(nearest).toEqual(expect.arrayContaining([iso(start.minus({ hours: 1 })), iso(start.plus({ hours: 1 }))]));
      expect(nearest).not.toContain(iso(start));
      expect([...nearest].sort()).toEqual(nearest);
      expect(nearest.length).toBeLessThanOrEqual(5);
    });

    it('the cancellation cut-off', async () => {
      const booked = await book(api, workshop, bookingBody(service, weekdayAt(10, 18)));
      await configure(api, workshop, { cancellationCutoffMinutes: 43_200 });
      const cancel = await manageBooking<Problem>(api, booked.manageToken, { action: 'cancel' });
      const move = await manageBooking<Problem>(api, booked.manageToken, {
        action: 'reschedule',
        startsAt: iso(weekdayAt(11, 18)),
      });
      await configure(api, workshop, { cancellationCutoffMinutes: 0 });
      expect(cancel.status).toBe(409);
      expect(cancel.body).toMatchObject({ type: problem('cancellation_cutoff'), rule: 'cancellation_cutoff' });
      expect(move.status).toBe(409);
      expect(move.body).toMatchObject({ rule: 'cancellation_cutoff' });
      const later = await manageBooking<{ status: string }>(api, booked.manageToken, { action: 'cancel' });
      expect(later.status).toBe(200);
      expect(later.body.status).toBe('cancelled');
    });

    it('every public endpoint rejects unknown fields', async () => {
      const base = `/api/v1/public/workshops/${workshop.slug}`;
      const body = bookingBody(service, weekdayAt(10, 19));
      const booked = await book(api, workshop, body);
      const cases: [string, string, unknown][] = [
        ['GET', `${base}?admin=1`, undefined],
        ['GET', `${base}/availability?from=2030-01-01&to=2030-01-02&serviceIds=${service.id}&bay=1`, undefined],
        ['POST', `${base}/bookings`, { ...bookingBody(service, weekdayAt(11, 19)), bay: 2 }],
        [
          'POST',
          `${base}/bookings`,
          { ...bookingBody(service, weekdayAt(11, 19)), customer: { ...customer(), vip: true } },
        ],
        ['POST', `${base}/bookings`, { ...bookingBody(service, weekdayAt(11, 19)), tenantId: workshop.tenantId }],
        ['POST', `${BOOKING_VIEW}?id=${booked.id}`, { token: booked.manageToken }],
        ['POST', BOOKING_VIEW, { token: booked.manageToken, id: booked.id }],
        ['POST', BOOKING_VIEW, {}],
        ['POST', BOOKING_CALENDAR_FILE, { token: booked.manageToken, format: 'ics' }],
        ['POST', BOOKING_MANAGE, { token: booked.manageToken, action: 'cancel', status: 'cancelled' }],
        ['POST', BOOKING_MANAGE, { action: 'cancel' }],
        ['POST', BOOKING_MANAGE, { token: 42, action: 'cancel' }],
        ['POST', BOOKING_MANAGE, { token: booked.manageToken, action: 'cancel', startsAt: iso(weekdayAt(12, 19)) }],
        ['POST', BOOKING_MANAGE, { token: booked.manageToken, action: 'cancel', reason: 'x'.repeat(501) }],
        ['POST', BOOKING_MANAGE, { token: booked.manageToken, action: 'cancel', reason: 7 }],
        [
          'POST',
          BOOKING_MANAGE,
          { token: booked.manageToken, action: 'reschedule', startsAt: iso(weekdayAt(12, 19)), reason: 'later' },
        ],
        ['POST', BOOKING_MANAGE, { token: booked.manageToken, action: 'reschedule' }],
        ['POST', BOOKING_MANAGE, { token: booked.manageToken, action: 'delete' }],
        ['POST', BOOKING_MANAGE, { token: booked.manageToken }],
        [
          'POST',
          BOOKING_MANAGE,
          { token: booked.manageToken, action: 'reschedule', startsAt: iso(weekdayAt(12, 19)), bay: 1 },
        ],
      ];
      for (const [method, path, payload] of cases) {
        const response = await api.request<Problem>(method, path, payload === undefined ? {} : { body: payload });
        expect({ path, status: response.status }).toEqual({ path, status: 400 });
      }
      const view = await viewBooking<{ status: string }>(api, booked.manageToken);
      expect(view.body.status).toBe('confirmed');
    });

    it('a booking without consent is refused', async () => {
      const response = await api.request<Problem>('POST', url(), {
        body: { ...bookingBody(service, weekdayAt(13, 19)), consent: false },
      });
      expect(response.status).toBe(400);
      expect(response.body.errors?.map((error) => error.field)).toContain('consent');
    });
  });

  describe('time zones and daylight saving (Europe/Warsaw)', () => {
    let workshop: Workshop;
    let service: Service;

    beforeAll(async () => {
      workshop = await schedulingWorkshop(api, {
        horizonDays: 730,
        openingHours: { sun: [{ start: '00:00', end: '24:00' }] },
      });
      service = await addService(api, workshop);
    });

    async function slotsOn(day: DateTime): Promise<string[]> {
      const date = day.toISODate();
      const response = await api.request<Slots>(
        'GET',
        `/api/v1/public/workshops/${workshop.slug}/availability?from=${date}&to=${date}&serviceIds=${service.id}`,
      );
      expect(response.status).toBe(200);
      expect(response.body.timeZone).toBe(ZONE);
      return response.body.slots.map((slot) => slot.start);
    }

    it('the last Sunday of March offers 23 hourly slots: none in the missing hour, none twice', async () => {
      const sunday = nextLastSunday(3);
      const slots = await slotsOn(sunday);
      const date = sunday.toISODate() ?? '';
      expect(slots).toHaveLength(23);
      expect(new Set(slots.map((slot) => DateTime.fromISO(slot).toMillis())).size).toBe(23);
      expect(slots.slice(0, 3)).toEqual([`${date}T00:00:00+01:00`, `${date}T01:00:00+01:00`, `${date}T03:00:00+02:00`]);
      expect(slots.some((slot) => slot.startsWith(`${date}T02:`))).toBe(false);
      // The Monday after opens at 08:00 summer time.
      expect((await slotsOn(sunday.plus({ days: 1 })))[0]).toBe(
        `${sunday.plus({ days: 1 }).toISODate()}T08:00:00+02:00`,
      );
    });

    it('the last Sunday of October offers 25: 02:00 twice, as two instants', async () => {
      const sunday = nextLastSunday(10);
      const slots = await slotsOn(sunday);
      const date = sunday.toISODate() ?? '';
      expect(slots).toHaveLength(25);
      expect(new Set(slots.map((slot) => DateTime.fromISO(slot).toMillis())).size).toBe(25);
      expect(slots.filter((slot) => slot.startsWith(`${date}T02:00`))).toEqual([
        `${date}T02:00:00+02:00`,
        `${date}T02:00:00+01:00`,
      ]);
      expect((await slotsOn(sunday.plus({ days: 1 })))[0]).toBe(
        `${sunday.plus({ days: 1 }).toISODate()}T08:00:00+01:00`,
      );
    });

    it("a customer's time in another offset is read as the same instant in the workshop zone", async () => {
      const monday = nextLastSunday(3).plus({ days: 1 }).set({ hour: 9 });
      // 09:00 in Warsaw (+02:00) is 07:00 UTC and 12:00 in a +05:00 zone.
      const elsewhere = monday.setZone('UTC+5');
      const booked = await book(api, workshop, bookingBody(service, iso(elsewhere)));
      expect(booked.startsAt).toBe(`${monday.toISODate()}T09:00:00+02:00`);
      const availability = await api.request<Slots>(
        'GET',
        `/api/v1/public/workshops/${workshop.slug}/availability?from=${encodeURIComponent(iso(elsewhere))}&to=${monday.toISODate()}&serviceIds=${service.id}`,
      );
      expect(availability.status).toBe(200);
      expect(availability.body.slots[0]?.start).toBe(`${monday.toISODate()}T08:00:00+02:00`);
    });
  });

  describe('public booking keeps the customer as typed and protects the manage token', () => {
    let workshop: Workshop;
    let service: Service;

    beforeAll(async () => {
      workshop = await schedulingWorkshop(api, { bays: 4 });
      service = await addService(api, workshop);
    });

    it('every booking keeps what its customer typed: a client and a vehicle of its own, never a match (staff merge)', async () => {
      const who = customer();
      const first = await book(
        api,
        workshop,
        bookingBody(service, weekdayAt(9, 22), { customer: who, vehicle: { plate: 'WA 4242X', make: 'Škoda' } }),
      );
      const second = await book(
        api,
        workshop,
        bookingBody(service, weekdayAt(11, 22), {
          customer: { ...who, email: who.email.toUpperCase() },
          vehicle: { plate: 'wa-4242x' },
        }),
      );
      const byPhone = await book(
        api,
        workshop,
        bookingBody(service, weekdayAt(13, 22), {
          customer: { ...who, email: 'other-address@example.test' },
          vehicle: { plate: 'WA4242X' },
        }),
      );
      const rows = await withAdminClient(
        async (client) =>
          (
            await client.query(
              `select a.client_id, a.vehicle_id, c.email, v.plate from appointments a
               join clients c on c.tenant_id = a.tenant_id and c.id = a.client_id
               join vehicles v on v.tenant_id = a.tenant_id and v.id = a.vehicle_id
               where a.tenant_id = $1 and a.id = any($2) order by a.starts_at`,
              [workshop.tenantId, [first.id, second.id, byPhone.id]],
            )
          ).rows as { client_id: string; vehicle_id: string; email: string; plate: string }[],
      );
      expect(new Set(rows.map((row) => row.client_id)).size).toBe(3);
      expect(new Set(rows.map((row) => row.vehicle_id)).size).toBe(3);
      expect(rows.map((row) => [row.email, row.plate])).toEqual([
        [who.email, 'WA 4242X'],
        [who.email.toUpperCase(), 'wa-4242x'],
        ['other-address@example.test', 'WA4242X'],
      ]);
      const client = await api.request<{ phone: string; gdprConsentAt: string | null }>(
        'GET',
        `/api/v1/clients/${rows[0]?.client_id}`,
        { token: workshop.accessToken },
      );
      expect(client.body.phone).toMatch(/^\+48601/);
      expect(client.body.gdprConsentAt).not.toBeNull();
    });

    it('a VIN is validated and stored only sealed', async () => {
      const invalid = await api.request<Problem>('POST', `/api/v1/public/workshops/${workshop.slug}/bookings`, {
        body: bookingBody(service, weekdayAt(9, 23), { vehicle: { plate: 'KR 1', vin: 'NOTAVIN' } }),
      });
      expect(invalid.status).toBe(400);
      const vin = 'WVWZZZ1JZXW000777';
      const booked = await book(
        api,
        workshop,
        bookingBody(service, weekdayAt(9, 23), { vehicle: { plate: 'KR 2', vin } }),
      );
      const vehicle = await withAdminClient(
        async (client) =>
          (
            await client.query(
              'select v.* from vehicles v join appointments a on a.vehicle_id = v.id and a.tenant_id = v.tenant_id where a.id = $1',
              [booked.id],
            )
          ).rows[0] as Record<string, unknown>,
      );
      expect(JSON.stringify(vehicle)).not.toContain(vin);
      expect(vehicle.vin_ciphertext).toBeInstanceOf(Buffer);
    });

    it('the manage token is unguessable, stored only as its hash, and never logged', async () => {
      const booked = await book(api, workshop, bookingBody(service, weekdayAt(15, 23)));
      expect(booked.manageToken).toMatch(/^[A-Za-z0-9_-]{64}\.[A-Za-z0-9_-]{22}$/);
      expect(booked.manageUrl).toMatch(new RegExp(`/booking#token=${booked.manageToken.replace('.', '\\.')}$`));
      const dump = await withAdminClient(async (client) =>
        JSON.stringify((await client.query('select * from appointments')).rows),
      );
      expect(dump).not.toContain(booked.manageToken);
      const stored = await withAdminClient(
        async (client) =>
          (await client.query('select manage_token_hash from appointments where id = $1', [booked.id])).rows[0] as {
            manage_token_hash: Buffer;
          },
      );
      expect(stored.manage_token_hash).toHaveLength(32);
      const wrong = await viewBooking<Problem>(
        api,
        booked.manageToken.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
      );
      expect(wrong.status).toBe(404);
      expect((await viewBooking(api, booked.manageToken)).status).toBe(200);
      expect((await manageBooking(api, booked.manageToken, { action: 'reschedule', startsAt: 'soon' })).status).toBe(
        400,
      );
      expect(api.logLines.join('\n')).not.toContain(booked.manageToken);
    });

    it('a customer reschedules to a free slot and the old one frees up', async () => {
      const start = weekdayAt(10, 24);
      const booked = await book(api, workshop, bookingBody(service, start));
      const moved = await manageBooking<{ startsAt: string }>(api, booked.manageToken, {
        action: 'reschedule',
        startsAt: iso(start.plus({ hours: 3 })),
      });
      expect(moved.status).toBe(200);
      expect(moved.body.startsAt).toBe(iso(start.plus({ hours: 3 })));
      const audit = await api.request<{ items: { action: string }[] }>(
        'GET',
        `/api/v1/audit-events?entityId=${booked.id}`,
        { token: workshop.accessToken },
      );
      expect(audit.body.items.map((event) => event.action).sort()).toEqual(['appointment.booked', 'appointment.moved']);
    });

    it('counts bookings by channel and cancellations on the business metrics, without a tenant label', async () => {
      const metrics = api.app.get(BusinessMetrics);
      const total = async (counter: BusinessMetrics['bookingsCreated'] | BusinessMetrics['bookingsCancelled']) => {
        const samples = (await counter.get()).values;
        expect(samples.every((sample) => !('tenant' in sample.labels) && !('tenantId' in sample.labels))).toBe(true);
        return samples.reduce((sum, sample) => sum + sample.value, 0);
      };
      const publicBookings = async () =>
        (await metrics.bookingsCreated.get()).values.find((sample) => sample.labels.channel === 'public')?.value ?? 0;
      const [created, viaPublic, cancelled] = [
        await total(metrics.bookingsCreated),
        await publicBookings(),
        await total(metrics.bookingsCancelled),
      ];
      const booked = await book(api, workshop, bookingBody(service, weekdayAt(11, 26)));
      const cancel = await manageBooking(api, booked.manageToken, { action: 'cancel' });
      expect(cancel.status).toBe(200);
      expect(await total(metrics.bookingsCreated)).toBe(created + 1);
      expect(await publicBookings()).toBe(viaPublic + 1);
      expect(await total(metrics.bookingsCancelled)).toBe(cancelled + 1);
    });

    it('the OpenAPI document describes the scheduling and public booking routes', async () => {
      const docs = await api.request<{ paths: Record<string, unknown> }>('GET', '/api/docs-json');
      expect(Object.keys(docs.body.paths)).toEqual(
        expect.arrayContaining([
          '/api/v1/settings/schedule',
          '/api/v1/services',
          '/api/v1/appointments',
          '/api/v1/appointments/{id}/move',
          '/api/v1/public/workshops/{slug}',
          '/api/v1/public/workshops/{slug}/availability',
          '/api/v1/public/workshops/{slug}/bookings',
          '/api/v1/public/bookings/view',
          '/api/v1/public/bookings/manage',
          '/api/v1/public/bookings/calendar-file',
        ]),
      );
      // No booking route takes a token in its path any more.
      expect(Object.keys(docs.body.paths).filter((path) => /bookings\/\{token\}/.test(path))).toEqual([]);
      const manage = (docs.body.paths['/api/v1/public/bookings/manage'] ?? {}) as Record<string, unknown>;
      expect(Object.keys(manage)).toEqual(['post']);
      expect(JSON.stringify(manage)).toContain('"discriminator"');
      const file = JSON.stringify(docs.body.paths['/api/v1/public/bookings/calendar-file']);
      expect(file).toContain('text/calendar');
    });

    it('the manage routes take the token in the body: no request log line, path or error body holds it', async () => {
      const booked = await book(api, workshop, bookingBody(service, weekdayAt(14, 27)));
      const secret = booked.manageToken.slice(0, 24);
      const view = await viewBooking<{ id: string }>(api, booked.manageToken);
      const bad = await manageBooking<Problem & { instance: string }>(api, booked.manageToken, {
        action: 'reschedule',
        startsAt: 'tomorrow',
      });
      const file = await api.request('POST', BOOKING_CALENDAR_FILE, { body: { token: booked.manageToken } });
      expect([view.status, bad.status, file.status]).toEqual([200, 400, 200]);
      expect(view.body.id).toBe(booked.id);
      expect(bad.body.instance).toBe(BOOKING_MANAGE);
      expect(bad.text).not.toContain(secret);
      const lines = api.logLines.filter((line) => line.includes('/public/bookings/'));
      expect(lines.some((line) => line.includes(BOOKING_VIEW))).toBe(true);
      expect(lines.some((line) => line.includes(BOOKING_CALENDAR_FILE))).toBe(true);
      expect(api.logLines.filter((line) => line.includes(secret))).toEqual([]);
    });

    it('a wrong or missing token is the same 404 on every manage route', async () => {
      const booked = await book(api, workshop, bookingBody(service, weekdayAt(15, 27)));
      const wrong = booked.manageToken.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
      for (const [path, extra] of [
        [BOOKING_VIEW, {}],
        [BOOKING_CALENDAR_FILE, {}],
        [BOOKING_MANAGE, { action: 'cancel', reason: 'no' }],
      ] as const) {
        for (const token of [wrong, 'not-a-token']) {
          const response = await api.request<Problem>('POST', path, { body: { token, ...extra } });
          expect({ path, status: response.status, type: response.body.type }).toEqual({
            path,
            status: 404,
            type: problem('booking_not_found'),
          });
        }
      }
      expect((await viewBooking<{ status: string }>(api, booked.manageToken)).body.status).toBe('confirmed');
    });

    it('a customer cancels with a reason that staff read on the appointment', async () => {
      const booked = await book(api, workshop, bookingBody(service, weekdayAt(9, 28)));
      const cancelled = await manageBooking<{ status: string; changeable: boolean; cancellationReason: string }>(
        api,
        booked.manageToken,
        { action: 'cancel', reason: '  The car is fixed already, thank you.  ' },
      );
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({
        status: 'cancelled',
        changeable: false,
        cancellationReason: 'The car is fixed already, thank you.',
      });
      const staff = await api.request<{ status: string; cancellationReason: string | null }>(
        'GET',
        `/api/v1/appointments/${booked.id}`,
        { token: workshop.accessToken },
      );
      expect(staff.body).toMatchObject({
        status: 'cancelled',
        cancellationReason: 'The car is fixed already, thank you.',
      });
      const again = await manageBooking<Problem>(api, booked.manageToken, { action: 'cancel' });
      expect(again.status).toBe(409);
    });

    it('a cancel without a reason (or only spaces) stores none', async () => {
      const booked = await book(api, workshop, bookingBody(service, weekdayAt(10, 28)));
      const cancelled = await manageBooking<{ cancellationReason: string | null }>(api, booked.manageToken, {
        action: 'cancel',
        reason: '   ',
      });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.cancellationReason).toBeNull();
    });

    it('the calendar file is the booking as iCalendar, a cancellation once cancelled', async () => {
      const start = weekdayAt(11, 28);
      const booked = await book(api, workshop, bookingBody(service, start));
      const file = await api.request('POST', BOOKING_CALENDAR_FILE, { body: { token: booked.manageToken } });
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toMatch(/^text\/calendar/);
      expect(file.headers['content-disposition']).toMatch(/attachment; filename="booking\.ics"/);
      expect(file.text).toContain(`UID:${booked.id}@pitlane`);
      expect(file.text).toContain(`DTSTART:${start.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'")}`);
      expect(file.text).toContain('METHOD:PUBLISH');
      await manageBooking(api, booked.manageToken, { action: 'cancel' });
      const cancelled = await api.request('POST', BOOKING_CALENDAR_FILE, { body: { token: booked.manageToken } });
      expect(cancelled.text).toContain('METHOD:CANCEL');
    });

    it("the booking and the workshop page carry the workshop's language, contact and rules", async () => {
      await api.request('PATCH', '/api/v1/settings/workshop', {
        token: workshop.accessToken,
        body: { phone: '+48 22 610 23 45', street: 'ul. Grochowska 215', postalCode: '04-077', city: 'Warszawa' },
      });
      await configure(api, workshop, { cancellationCutoffMinutes: 1440, minNoticeMinutes: 120 });
      const page = await api.request<Record<string, unknown>>('GET', `/api/v1/public/workshops/${workshop.slug}`);
      const expected = {
        slug: workshop.slug,
        locale: expect.stringMatching(/^(en|pl|da)$/),
        timeZone: ZONE,
        phone: '+48 22 610 23 45',
        address: expect.objectContaining({ street: 'ul. Grochowska 215', postalCode: '04-077', city: 'Warszawa' }),
        cancellationCutoffMinutes: 1440,
        minNoticeMinutes: 120,
      };
      expect(page.body).toMatchObject(expected);
      const booked = await book(api, workshop, bookingBody(service, weekdayAt(12, 28)));
      const view = await viewBooking<Record<string, unknown>>(api, booked.manageToken);
      await configure(api, workshop, { cancellationCutoffMinutes: 0, minNoticeMinutes: 0 });
      expect(view.body).toMatchObject({
        serviceIds: [service.id],
        changeable: true,
        cancellationReason: null,
        workshop: expected,
      });
    });

    it('an unknown workshop is a 404', async () => {
      const response = await api.request<Problem>('GET', '/api/v1/public/workshops/no-such-workshop-here');
      expect(response.status).toBe(404);
      expect(response.body.type).toBe(problem('workshop_not_found'));
    });
  });
});
