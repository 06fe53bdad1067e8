import { TestApi, Workshop } from '../../../test/support/test-api';
import {
  addService,
  book,
  bookingBody,
  configure,
  manageBooking,
  viewBooking,
  schedulingWorkshop,
  Service,
  weekdayAt,
} from './scheduling-fixtures';

interface Problem {
  readonly type: string;
  readonly status: number;
  readonly errors?: { field: string; message: string }[];
}

interface Settings {
  readonly bays: number;
  readonly bayNames: string[];
  readonly bookingPageEnabled: boolean;
  readonly bookingAccentColor: string;
}

interface PublicWorkshop {
  readonly bookingPageEnabled: boolean;
  readonly accentColor: string;
  readonly services: { id: string }[];
}

const problem = (code: string) => `https://pitlane.dev/problems/${code.replace(/_/g, '-')}`;

describe('schedule settings: bay names, the booking page switch and its colour', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await TestApi.start();
  });

  afterAll(() => api.close());

  const settingsOf = async (workshop: Workshop) =>
    (await api.request<Settings>('GET', '/api/v1/settings/schedule', { token: workshop.accessToken })).body;

  const patch = (workshop: Workshop, body: Record<string, unknown>) =>
    api.request<Settings & Problem>('PATCH', '/api/v1/settings/schedule', { token: workshop.accessToken, body });

  describe('bay names', () => {
    it('a new workshop names its bays "Bay 1", "Bay 2"; its page is on in the brand colour', async () => {
      const fresh = await api.signupWorkshop('Names Garage');
      expect(await settingsOf(fresh)).toMatchObject({
        bays: 2,
        bayNames: ['Bay 1', 'Bay 2'],
        bookingPageEnabled: true,
        bookingAccentColor: '#c2410c',
      });
    });

    it('an owner renames the bays; names are trimmed and kept in bay order', async () => {
      const workshop = await api.signupWorkshop('Rename Garage');
      const renamed = await patch(workshop, { bayNames: ['  Lift A ', 'Alignment pit'] });
      expect(renamed.status).toBe(200);
      expect(renamed.body.bayNames).toEqual(['Lift A', 'Alignment pit']);
      expect((await settingsOf(workshop)).bayNames).toEqual(['Lift A', 'Alignment pit']);
    });

    it('more bays keep the names given and name the new ones; fewer bays drop the last names', async () => {
      const workshop = await api.signupWorkshop('Grow Garage');
      await patch(workshop, { bayNames: ['Lift A', 'Bay 3'] });
      const grown = await patch(workshop, { bays: 4 });
      expect(grown.body.bayNames).toEqual(['Lift A', 'Bay 3', 'Bay 3 (2)', 'Bay 4']);
      const shrunk = await patch(workshop, { bays: 1 });
      expect(shrunk.body.bayNames).toEqual(['Lift A']);
      const both = await patch(workshop, { bays: 3, bayNames: ['One', 'Two', 'Three'] });
      expect(both.body).toMatchObject({ bays: 3, bayNames: ['One', 'Two', 'Three'] });
    });

    it.each([
      ['a name that is blank once trimmed', { bayNames: ['Lift', '   '] }, 'bayNames.1'],
      ['a name over 40 characters', { bayNames: ['x'.repeat(41), 'Lift'] }, 'bayNames.0'],
      ['two names alike but for case', { bayNames: ['Lift', 'LIFT'] }, 'bayNames.1'],
      ['fewer names than bays', { bayNames: ['Only one'] }, 'bayNames'],
      ['names not matching the new number of bays', { bays: 3, bayNames: ['A', 'B'] }, 'bayNames'],
      ['a name that is not text', { bayNames: ['Lift', 7] }, 'bayNames'],
    ])('refuses %s with a 400 naming the field; nothing changes', async (_name, body, field) => {
      const workshop = await api.signupWorkshop('Refuse Garage');
      const before = await settingsOf(workshop);
      const refused = await patch(workshop, body);
      expect(refused.status).toBe(400);
      expect([...new Set(refused.body.errors?.map((error) => error.field))]).toEqual([field]);
      expect(await settingsOf(workshop)).toEqual(before);
    });
  });

  describe('the accent colour', () => {
    it('is stored in lower case', async () => {
      const workshop = await api.signupWorkshop('Colour Garage');
      const changed = await patch(workshop, { bookingAccentColor: '#1D4ED8' });
      expect(changed.status).toBe(200);
      expect(changed.body.bookingAccentColor).toBe('#1d4ed8');
      const page = await api.request<PublicWorkshop>('GET', `/api/v1/public/workshops/${workshop.slug}`);
      expect(page.body.accentColor).toBe('#1d4ed8');
    });

    it('reaches the manage link too, so the customer’s booking is drawn in the same colour', async () => {
      const workshop = await schedulingWorkshop(api, { bookingAccentColor: '#1D4ED8' }, 'Manage Colour Garage');
      const service = await addService(api, workshop);
      const { manageToken } = await book(api, workshop, bookingBody(service, weekdayAt(11)));
      const viewed = await viewBooking<{ workshop: { accentColor: string } }>(api, manageToken);
      expect([viewed.status, viewed.body.workshop.accentColor]).toEqual([200, '#1d4ed8']);
      await configure(api, workshop, { bookingAccentColor: '#15803d' });
      expect(
        (await viewBooking<{ workshop: { accentColor: string } }>(api, manageToken)).body.workshop.accentColor,
      ).toBe('#15803d');
    });

    it.each([['red'], ['#12345'], ['#1234567'], ['#gggggg'], ['1d4ed8'], [null]])(
      'refuses %p with a 400 on bookingAccentColor',
      async (color) => {
        const workshop = await api.signupWorkshop('Bad Colour Garage');
        const refused = await patch(workshop, { bookingAccentColor: color });
        expect(refused.status).toBe(400);
        expect(refused.body.errors?.map((error) => error.field)).toEqual(['bookingAccentColor']);
        expect((await settingsOf(workshop)).bookingAccentColor).toBe('#c2410c');
      },
    );
  });

  describe('who may change them', () => {
    it('a mechanic reads the schedule but may not rename bays, switch the page or recolour it', async () => {
      const workshop = await api.signupWorkshop('Roles Garage');
      const mechanic = await api.addStaff(workshop, 'mechanic');
      expect((await settingsOf(mechanic)).bayNames).toEqual(['Bay 1', 'Bay 2']);
      for (const body of [{ bayNames: ['X', 'Y'] }, { bookingPageEnabled: false }, { bookingAccentColor: '#000000' }]) {
        const refused = await patch(mechanic, body);
        expect(refused.status).toBe(403);
      }
      expect(await settingsOf(workshop)).toMatchObject({
        bayNames: ['Bay 1', 'Bay 2'],
        bookingPageEnabled: true,
        bookingAccentColor: '#c2410c',
      });
    });

    it('a manager may', async () => {
      const workshop = await api.signupWorkshop('Manager Garage');
      const manager = await api.addStaff(workshop, 'manager');
      const changed = await patch(manager, { bayNames: ['Left', 'Right'], bookingPageEnabled: false });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ bayNames: ['Left', 'Right'], bookingPageEnabled: false });
    });
  });

  describe('the booking page switched off', () => {
    let workshop: Workshop;
    let service: Service;
    let manageToken: string;

    beforeAll(async () => {
      workshop = await schedulingWorkshop(api, {}, 'Switch Garage');
      service = await addService(api, workshop);
      manageToken = (await book(api, workshop, bookingBody(service, weekdayAt(10)))).manageToken;
      await configure(api, workshop, { bookingPageEnabled: false });
    });

    const base = () => `/api/v1/public/workshops/${workshop.slug}`;

    it('the public profile still answers, says so and lists no services', async () => {
      const page = await api.request<PublicWorkshop>('GET', base());
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({ bookingPageEnabled: false, accentColor: '#c2410c', services: [] });
    });

    it('availability answers 403 booking-page-disabled', async () => {
      const day = weekdayAt(10).toISODate();
      const refused = await api.request<Problem>(
        'GET',
        `${base()}/availability?from=${day}&to=${day}&serviceIds=${service.id}`,
      );
      expect([refused.status, refused.body.type]).toEqual([403, problem('booking_page_disabled')]);
      expect(refused.headers['content-type']).toContain('application/problem+json');
    });

    it('a new booking answers 403 booking-page-disabled and books nothing', async () => {
      const refused = await api.request<Problem>('POST', `${base()}/bookings`, {
        body: bookingBody(service, weekdayAt(14)),
      });
      expect([refused.status, refused.body.type]).toEqual([403, problem('booking_page_disabled')]);
      const day = weekdayAt(14).toISODate() ?? '';
      const calendar = await api.request<{ lanes: { appointments: unknown[] }[] }>(
        'GET',
        `/api/v1/appointments?from=${day}&to=${day}`,
        { token: workshop.accessToken },
      );
      expect(calendar.body.lanes.flatMap((lane) => lane.appointments)).toHaveLength(1);
    });

    it('an existing manage link still opens and still cancels', async () => {
      const viewed = await viewBooking<{ status: string }>(api, manageToken);
      expect([viewed.status, viewed.body.status]).toEqual([200, 'confirmed']);
      const cancelled = await manageBooking<{ status: string }>(api, manageToken, { action: 'cancel' });
      expect([cancelled.status, cancelled.body.status]).toEqual([200, 'cancelled']);
    });

    it('switched on again, the page lists its services and takes bookings', async () => {
      const other = await schedulingWorkshop(api, { bookingPageEnabled: false }, 'Back On Garage');
      const offered = await addService(api, other);
      await configure(api, other, { bookingPageEnabled: true });
      const page = await api.request<PublicWorkshop>('GET', `/api/v1/public/workshops/${other.slug}`);
      expect(page.body.bookingPageEnabled).toBe(true);
      expect(page.body.services.map((s) => s.id)).toEqual([offered.id]);
      const booked = await api.request('POST', `/api/v1/public/workshops/${other.slug}/bookings`, {
        body: bookingBody(offered, weekdayAt(11)),
      });
      expect(booked.status).toBe(201);
    });

    it("one workshop's switch leaves another's page on", async () => {
      const neighbour = await schedulingWorkshop(api, {}, 'Neighbour Garage');
      const offered = await addService(api, neighbour);
      const page = await api.request<PublicWorkshop>('GET', `/api/v1/public/workshops/${neighbour.slug}`);
      expect(page.body).toMatchObject({ bookingPageEnabled: true, services: [{ id: offered.id }] });
    });
  });
});
