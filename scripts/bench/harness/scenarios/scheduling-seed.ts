// A workshop to book at, set up through the API as an owner would: 4 bays, a 30-minute grid,
// Monday to Saturday 07:00-19:00 in Europe/Warsaw, one 60-minute service; appointments booked
// through the public booking endpoint on slots its availability offers; the booking bodies and
// slots the load draws from.
import crypto from 'node:crypto';
import { DateTime } from 'luxon';
import { forEachConcurrently } from '../concurrently';

export const ZONE = 'Europe/Warsaw';
export const BAYS = 4;
export const RANGE_DAYS = 14;
const OPEN = [{ start: '07:00', end: '19:00' }];
const SEED_CONCURRENCY = 4;

export interface BookableWorkshop {
  readonly slug: string;
  readonly serviceId: string;
}

interface Answer {
  readonly status: number;
  readonly text: string;
  readonly json: () => Record<string, unknown>;
}

export async function call(baseUrl: string, method: string, route: string, body?: unknown, token?: string) {
  const response = await fetch(`${baseUrl}${route}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const answer: Answer = { status: response.status, text, json: () => JSON.parse(text) as Record<string, unknown> };
  return answer;
}

async function expect(answer: Promise<Answer>, status: number, what: string): Promise<Record<string, unknown>> {
  const { status: got, text, json } = await answer;
  if (got !== status) throw new Error(`${what} answered ${got}: ${text.slice(0, 300)}`);
  return json();
}

export async function setUpWorkshop(baseUrl: string): Promise<BookableWorkshop> {
  const created = await expect(
    call(baseUrl, 'POST', '/api/v1/auth/signup', {
      workshopName: 'Bench Schedule Garage',
      email: 'owner@bench-scheduling.pitlane.test',
      password: `bench-${crypto.randomBytes(12).toString('base64url')}`,
      ownerName: 'Bench Owner',
      timezone: ZONE,
      country: 'PL',
    }),
    201,
    'signup',
  );
  const token = created.accessToken as string;
  const hours = { mon: OPEN, tue: OPEN, wed: OPEN, thu: OPEN, fri: OPEN, sat: OPEN, sun: [] };
  const schedule = { slotMinutes: 30, bays: BAYS, bufferMinutes: 0, minNoticeMinutes: 0, horizonDays: 60 };
  await expect(
    call(baseUrl, 'PATCH', '/api/v1/settings/schedule', { openingHours: hours, ...schedule }, token),
    200,
    'schedule settings',
  );
  const service = await expect(
    call(
      baseUrl,
      'POST',
      '/api/v1/services',
      { name: 'Inspection', durationMinutes: 60, priceMinor: 20_000, vatRateBp: 2300 },
      token,
    ),
    201,
    'service',
  );
  return { slug: (created.workshop as { slug: string }).slug, serviceId: service.id as string };
}

/** The availability path over the next RANGE_DAYS days (what the load asks for, too). */
export function availabilityPath(workshop: BookableWorkshop): string {
  const today = DateTime.now().setZone(ZONE).startOf('day');
  const from = today.plus({ days: 1 }).toISODate();
  const to = today.plus({ days: RANGE_DAYS }).toISODate();
  return `/api/v1/public/workshops/${workshop.slug}/availability?from=${from}&to=${to}&serviceIds=${workshop.serviceId}`;
}

export async function offeredSlots(baseUrl: string, workshop: BookableWorkshop): Promise<string[]> {
  const answer = await expect(call(baseUrl, 'GET', availabilityPath(workshop)), 200, 'availability');
  return (answer.slots as { start: string }[]).map((slot) => slot.start);
}

/** Books `count` appointments on every other offered start, each start used by up to all bays. */
export async function seedAppointments(baseUrl: string, workshop: BookableWorkshop, count: number): Promise<void> {
  const starts = (await offeredSlots(baseUrl, workshop)).filter((_, index) => index % 2 === 0);
  const plan = Array.from({ length: count }, (_, n) => starts[n % starts.length]!);
  let created = 0;
  await forEachConcurrently(plan, SEED_CONCURRENCY, async (start) => {
    const answer = await call(baseUrl, 'POST', bookingsPath(workshop), bookingBody(workshop, start));
    if (answer.status === 201) created += 1;
    else if (answer.status !== 409) throw new Error(`seeding booking answered ${answer.status}: ${answer.text}`);
  });
  if (created < count) throw new Error(`only ${created} of ${count} appointments fit`);
}

export const bookingsPath = (workshop: BookableWorkshop) => `/api/v1/public/workshops/${workshop.slug}/bookings`;

let customerSerial = 0;

/** A booking by a new customer (fresh name, email, phone and plate each time). */
export function bookingBody(workshop: BookableWorkshop, start: string): unknown {
  customerSerial += 1;
  return {
    serviceIds: [workshop.serviceId],
    startsAt: start,
    customer: {
      firstName: 'Bench',
      lastName: `Customer ${customerSerial}`,
      email: `customer-${customerSerial}@bench-scheduling.pitlane.test`,
      phone: `+48 5${String(customerSerial % 100_000_000).padStart(8, '0')}`,
    },
    vehicle: { plate: `WB ${customerSerial}` },
    consent: true,
  };
}

function nextWeekday(day: DateTime): DateTime {
  let candidate = day.startOf('day');
  while (candidate.weekday > 5) candidate = candidate.plus({ days: 1 });
  return candidate;
}

const iso = (slot: DateTime) => slot.toISO({ suppressMilliseconds: true })!;

/** A few hot slots on a weekday nothing else uses, and the starts of the free week after it. */
export function loadSlots(hotSlots: number): { hot: string[]; spread: string[] } {
  const today = DateTime.now().setZone(ZONE).startOf('day');
  const hotDay = nextWeekday(today.plus({ days: RANGE_DAYS + 2 }));
  const hot = Array.from({ length: hotSlots }, (_, n) => iso(hotDay.set({ hour: 9 + n })));
  const spreadStart = nextWeekday(hotDay.plus({ days: 1 }));
  const spread: string[] = [];
  for (let day = spreadStart; day < spreadStart.plus({ days: 7 }); day = day.plus({ days: 1 })) {
    if (day.weekday === 7) continue;
    for (let minutes = 7 * 60; minutes + 60 <= 19 * 60; minutes += 30) {
      spread.push(iso(day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 })));
    }
  }
  return { hot, spread };
}

export const pick = <T>(items: readonly T[]): T => items[crypto.randomInt(items.length)]!;
