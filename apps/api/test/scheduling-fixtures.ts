import { DateTime } from 'luxon';
import { randomBytes } from 'node:crypto';
import { TestApi, TestResponse, Workshop } from '../../../test/support/test-api';

export const ZONE = 'Europe/Warsaw';

export interface Service {
  readonly id: string;
  readonly name: string;
  readonly durationMinutes: number;
}

export interface Booked {
  readonly id: string;
  readonly status: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly manageToken: string;
  readonly manageUrl: string;
}

export const WEEKDAYS_OPEN = {
  mon: [{ start: '08:00', end: '17:00' }],
  tue: [{ start: '08:00', end: '17:00' }],
  wed: [{ start: '08:00', end: '17:00' }],
  thu: [{ start: '08:00', end: '17:00' }],
  fri: [{ start: '08:00', end: '17:00' }],
  sat: [],
  sun: [],
};

/** A workshop whose schedule the tests control: no notice, a year's horizon, 60-minute slots. */
export async function schedulingWorkshop(
  api: TestApi,
  settings: Record<string, unknown> = {},
  name = 'Schedule Garage',
): Promise<Workshop> {
  const workshop = await api.signupWorkshop(name);
  await configure(api, workshop, {
    openingHours: WEEKDAYS_OPEN,
    slotMinutes: 60,
    bays: 2,
    bufferMinutes: 0,
    minNoticeMinutes: 0,
    horizonDays: 365,
    cancellationCutoffMinutes: 0,
    reminderLeadMinutes: 1440,
    ...settings,
  });
  return workshop;
}

export async function configure(api: TestApi, workshop: Workshop, settings: Record<string, unknown>): Promise<void> {
  const response = await api.request('PATCH', '/api/v1/settings/schedule', {
    token: workshop.accessToken,
    body: settings,
  });
  if (response.status !== 200) throw new Error(`schedule settings: ${response.status} ${response.text}`);
}

export async function addService(
  api: TestApi,
  workshop: Workshop,
  overrides: Record<string, unknown> = {},
): Promise<Service> {
  const response = await api.request<Service>('POST', '/api/v1/services', {
    token: workshop.accessToken,
    body: { name: 'Oil change', durationMinutes: 60, priceMinor: 25_000, vatRateBp: 2300, ...overrides },
  });
  if (response.status !== 201) throw new Error(`service: ${response.status} ${response.text}`);
  return response.body;
}

/** A weekday `daysAhead` or more days from now, at `hour`:00 in Warsaw (Tuesday to Thursday). */
export function weekdayAt(hour: number, daysAhead = 3, minute = 0): DateTime {
  let day = DateTime.now().setZone(ZONE).startOf('day').plus({ days: daysAhead });
  while (day.weekday < 2 || day.weekday > 4) day = day.plus({ days: 1 });
  return day.set({ hour, minute });
}

export function iso(time: DateTime): string {
  return time.toISO({ suppressMilliseconds: true }) ?? '';
}

export function customer(overrides: Record<string, unknown> = {}) {
  const suffix = randomBytes(4).toString('hex');
  return {
    firstName: 'Łukasz',
    lastName: 'Nowak',
    email: `customer-${suffix}@example.test`,
    phone: `+48 601 ${String(parseInt(suffix.slice(0, 6), 16) % 1_000_000).padStart(6, '0')}`,
    ...overrides,
  };
}

export function bookingBody(service: Service | readonly Service[], startsAt: DateTime | string, overrides = {}) {
  const services = Array.isArray(service) ? service : [service];
  return {
    serviceIds: services.map((s: Service) => s.id),
    startsAt: typeof startsAt === 'string' ? startsAt : iso(startsAt),
    customer: customer(),
    vehicle: { plate: `WA ${randomBytes(3).toString('hex').toUpperCase()}` },
    consent: true,
    ...overrides,
  };
}

export async function book(api: TestApi, workshop: Workshop, body: Record<string, unknown>): Promise<Booked> {
  const response = await api.request<Booked>('POST', `/api/v1/public/workshops/${workshop.slug}/bookings`, { body });
  if (response.status !== 201) throw new Error(`booking: ${response.status} ${response.text}`);
  return response.body;
}

/** The customer's booking routes: each takes the manage token in its body, never in the URL. */
export const BOOKING_VIEW = '/api/v1/public/bookings/view';
export const BOOKING_MANAGE = '/api/v1/public/bookings/manage';
export const BOOKING_CALENDAR_FILE = '/api/v1/public/bookings/calendar-file';

/** `POST /public/bookings/view {token}`: the booking its manage token opens. */
export function viewBooking<T = unknown>(api: TestApi, token: string): Promise<TestResponse<T>> {
  return api.request<T>('POST', BOOKING_VIEW, { body: { token } });
}

/** `POST /public/bookings/manage {token, action, ...}`: cancels or moves the booking. */
export function manageBooking<T = unknown>(
  api: TestApi,
  token: string,
  body: Record<string, unknown>,
): Promise<TestResponse<T>> {
  return api.request<T>('POST', BOOKING_MANAGE, { body: { token, ...body } });
}
