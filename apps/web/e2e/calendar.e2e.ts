import type { Locator, Page } from '@playwright/test';
import type { components } from '../src/lib/api/schema.gen';
import { expect, test } from './support/fixtures';
import { openPage, signIn } from './support/navigation';
import type { TestWorkshop } from './support/pitlane-api';
import { uniqueId } from './support/unique';

// The bay calendar (issue 15, item 4) against the real stack, at the desktop and the phone size:
// blocks seeded through the API, moved by keyboard and by drag, a refused move snapping back with
// the API's reason, a booking from an empty slot, check-in and a repair order, and the TV view.

type Calendar = components['schemas']['CalendarResponse'];
type Appointment = components['schemas']['AppointmentResponse'];
type Service = components['schemas']['ServiceOfferingResponse'];

const ZONE = 'Europe/Warsaw';
const OPEN = [{ start: '08:00', end: '17:00' }];

/** A local date in Warsaw `days` from today, moved on to the next Tuesday to Thursday. */
function workday(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000);
  for (;;) {
    const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: ZONE }).format(at);
    if (['Tue', 'Wed', 'Thu'].includes(weekday)) break;
    at.setTime(at.getTime() + 86_400_000);
  }
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(at);
}

/** "2026-12-15" at "09:00" in Warsaw, with its offset (the zone's rules, as the browser knows them). */
function at(date: string, time: string): string {
  const guess = new Date(`${date}T${time}:00Z`);
  const offsetPart = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' })
    .formatToParts(guess)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = offsetPart?.replace('GMT', '') || '+00:00';
  return `${date}T${time}:00${offset}`;
}

interface Seeded {
  readonly date: string;
  readonly service: Service;
  readonly first: { readonly id: string; readonly client: string };
  readonly second: { readonly id: string; readonly client: string };
  readonly walkIn: { readonly client: string };
}

/** Schedule, a service, three clients with cars, two appointments on `date` in bay 1. */
async function seed(api: import('./support/pitlane-api').PitlaneApi, workshop: TestWorkshop): Promise<Seeded> {
  const token = workshop.owner.session;
  await api.request('PATCH', '/settings/schedule', {
    token,
    body: {
      openingHours: { mon: OPEN, tue: OPEN, wed: OPEN, thu: OPEN, fri: OPEN, sat: [], sun: [] },
      slotMinutes: 30,
      bays: 2,
      bufferMinutes: 0,
      minNoticeMinutes: 0,
      horizonDays: 365,
    },
  });
  const service = await api.request<Service>('POST', '/services', {
    token,
    body: { name: 'Brake pads', durationMinutes: 60, priceMinor: 40_000, vatRateBp: 2300 },
    expect: 201,
  });
  const date = workday(8);
  const people = ['Zielińska', 'Kowalczyk', 'Wiśniewska'].map((name) => `${name} ${uniqueId()}`);
  const booked: { id: string; client: string }[] = [];
  for (const [index, lastName] of people.entries()) {
    const vehicle = await api.createVehicle(token, {
      plate: `WX ${4711 + index}K`,
      make: 'Skoda',
      model: 'Octavia',
      client: { firstName: 'Maja', lastName },
    });
    if (index === 2) continue;
    const appointment = await api.request<Appointment>('POST', '/appointments', {
      token,
      body: {
        clientId: vehicle.clientId,
        vehicleId: vehicle.id,
        serviceIds: [service.id],
        startsAt: at(date, index === 0 ? '09:00' : '11:00'),
        bay: 1,
      },
      expect: 201,
    });
    booked.push({ id: appointment.id, client: `Maja ${lastName}` });
  }
  return {
    date,
    service,
    first: booked[0]!,
    second: booked[1]!,
    walkIn: { client: `Maja ${people[2]!}` },
  };
}

async function appointment(api: import('./support/pitlane-api').PitlaneApi, workshop: TestWorkshop, id: string) {
  return api.request<Appointment>('GET', `/appointments/${id}`, { token: workshop.owner.session });
}

/** A block by its client's name (its accessible name starts with its time and bay). */
function block(page: Page, client: string): Locator {
  return page.getByRole('button', { name: new RegExp(`: ${client}, `) });
}

/** Waits for the calendar's lanes, with no loading state and no toast in the way of axe. */
async function settle(page: Page) {
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('status', { name: /^Loading/ })).toHaveCount(0);
  await expect(page.getByRole('group', { name: /^Bay 1, / }).first()).toBeVisible();
}

test.describe('the bay calendar', () => {
  // One long story per test; a loaded CI machine needs the room.
  test.describe.configure({ timeout: 300_000 });

  test('an advisor runs the day: moves by keys and drag, a refused move snaps back, books, checks in', async ({
    page,
    api,
    workshop,
    axe,
    shots,
    isMobile,
  }) => {
    const seeded = await seed(api, workshop);
    await signIn(page, workshop.owner);

    await test.step('the day shows both blocks with client, plate, service and status', async () => {
      await openPage(page, `/calendar?date=${seeded.date}`);
      await settle(page);
      for (const booked of [seeded.first, seeded.second]) {
        const shown = block(page, booked.client);
        await expect(shown).toBeVisible();
        await expect(shown).toContainText('WX 471');
        await expect(shown).toContainText('Brake pads');
        await expect(shown).toContainText('Confirmed');
      }
      await expect(block(page, seeded.first.client)).toHaveAccessibleName(/^09:00–10:00, Bay 1: /);
      await axe.check();
      await shots.take('day');
    });

    await test.step('arrow keys move a block by a slot; Enter saves it, and a reload shows it there', async () => {
      const first = block(page, seeded.first.client);
      await first.focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(page.getByRole('status').filter({ hasText: /10:00–11:00, Bay 1\. Enter to save/ })).toHaveCount(1);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: /^Moved: / })).toHaveCount(1);
      expect((await appointment(api, workshop, seeded.first.id)).startsAt).toBe(at(seeded.date, '10:00'));
      await page.reload();
      await settle(page);
      await expect(block(page, seeded.first.client)).toHaveAccessibleName(/^10:00–11:00, Bay 1: /);
    });

    await test.step('a move onto a taken slot is refused: it snaps back and says why', async () => {
      const first = block(page, seeded.first.client);
      await first.focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const refusal = page.getByRole('alert').filter({ hasText: 'The move was refused' });
      await expect(refusal).toContainText('Another booking holds that bay at that time.');
      await expect(first).toHaveAccessibleName(/^10:00–11:00, Bay 1: /);
      expect((await appointment(api, workshop, seeded.first.id)).startsAt).toBe(at(seeded.date, '10:00'));
      await axe.check();
      await shots.take('refused');
      await refusal.getByRole('button', { name: 'Close' }).click();
    });

    await test.step('Shift with an arrow key makes a block longer (a resize), and shorter again', async () => {
      const second = block(page, seeded.second.client);
      await second.focus();
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Enter');
      await expect(second).toHaveAccessibleName(/^11:00–12:30, Bay 1: /);
      await expect
        .poll(async () => (await appointment(api, workshop, seeded.second.id)).endsAt)
        .toBe(at(seeded.date, '12:30'));
      await second.focus();
      await page.keyboard.press('Shift+ArrowUp');
      await page.keyboard.press('Enter');
      await expect(second).toHaveAccessibleName(/^11:00–12:00, Bay 1: /);
      await expect
        .poll(async () => (await appointment(api, workshop, seeded.second.id)).endsAt)
        .toBe(at(seeded.date, '12:00'));
    });

    if (!isMobile) {
      await test.step('a block dragged to another bay and time lands there (snapped to the slot)', async () => {
        const second = block(page, seeded.second.client);
        // Both ends in the middle of the window: the drag itself should not scroll the page.
        await page.evaluate(() => window.scrollTo(0, 400));
        const from = await second.boundingBox();
        const target = await page.getByRole('button', { name: new RegExp(`^Book Bay 2, .* 13:00$`) }).boundingBox();
        if (!from || !target) throw new Error('no box to drag between');
        await page.mouse.move(from.x + from.width / 2, from.y + 12);
        await page.mouse.down();
        await page.mouse.move(from.x + from.width / 2 + 20, from.y + 30, { steps: 5 });
        await page.mouse.move(target.x + target.width / 2, target.y + 12 + 6, { steps: 15 });
        await page.mouse.up();
        await expect(page.getByRole('status').filter({ hasText: /^Moved: / })).toHaveCount(1);
        await expect
          .poll(async () => {
            const moved = await appointment(api, workshop, seeded.second.id);
            return `${moved.bay} ${moved.startsAt}`;
          })
          .toBe(`2 ${at(seeded.date, '13:00')}`);
        await page.reload();
        await settle(page);
        await expect(block(page, seeded.second.client)).toHaveAccessibleName(/^13:00–14:00, Bay 2: /);
      });
    }

    await test.step('an empty slot books a client found by search, with a service', async () => {
      await page.getByRole('button', { name: new RegExp(`^Book Bay 1, .* 15:00$`) }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await dialog.getByLabel('Client or vehicle').fill(seeded.walkIn.client.split(' ')[1]!);
      await dialog
        .getByRole('button', { name: new RegExp(seeded.walkIn.client) })
        .first()
        .click();
      // The client's only car is the one booked, whichever hit (client or car) was picked.
      await expect(dialog.getByLabel('Vehicle')).toHaveValue(/[0-9a-f-]{36}/);
      await dialog.getByLabel(/^Brake pads/).check();
      await axe.check();
      await shots.take('book');
      await dialog.getByRole('button', { name: 'Book', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(block(page, seeded.walkIn.client)).toHaveAccessibleName(/^15:00–16:00, Bay 1: /);
      const day = await api.request<Calendar>('GET', `/appointments?from=${seeded.date}&to=${seeded.date}`, {
        token: workshop.owner.session,
      });
      const walkIn = day.lanes[0]!.appointments.find((booked) => booked.clientName === seeded.walkIn.client);
      expect(walkIn?.vehicle?.plate).toBe('WX 4713K');
    });

    await test.step('a block checks in and opens a repair order, whose number it shows', async () => {
      await block(page, seeded.first.client).click();
      const dialog = page.getByRole('dialog', { name: seeded.first.client });
      await expect(dialog).toBeVisible();
      await axe.check();
      await shots.take('appointment');
      await dialog.getByRole('button', { name: 'Check in' }).click();
      await expect(dialog.getByText('Checked in', { exact: true })).toBeVisible();
      await dialog.getByRole('button', { name: 'Open a repair order' }).click();
      await expect(dialog.getByText('Repair order 1 opened.')).toBeVisible();
      await expect(dialog.getByRole('link', { name: 'Go to order 1' })).toHaveAttribute(
        'href',
        /^\/orders\/[0-9a-f-]{36}$/,
      );
      await shots.take('order-opened');
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(block(page, seeded.first.client)).toContainText('Checked in');
    });

    await test.step('the week view shows the same blocks in its day column', async () => {
      await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Week' }).click();
      await expect(page).toHaveURL(/view=week/);
      await settle(page);
      await expect(block(page, seeded.first.client)).toBeVisible();
      await axe.check();
      await shots.take('week');
    });
  });

  test('the TV view shows today in large type, with nothing to press', async ({ page, api, workshop, axe, shots }) => {
    const token = workshop.owner.session;
    const service = await api.request<Service>('POST', '/services', {
      token,
      body: { name: 'Tyre swap', durationMinutes: 60, priceMinor: 12_000, vatRateBp: 2300 },
      expect: 201,
    });
    const vehicle = await api.createVehicle(token, { plate: 'KR 12345', make: 'Toyota', model: 'Corolla' });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());
    await api.request('POST', '/appointments', {
      token,
      body: {
        clientId: vehicle.clientId,
        vehicleId: vehicle.id,
        serviceIds: [service.id],
        startsAt: at(today, '12:00'),
      },
      expect: 201,
    });
    await signIn(page, workshop.owner);
    await openPage(page, '/calendar/tv');
    await expect(page.getByRole('heading', { name: 'Today in the workshop' })).toBeVisible();
    const lanes = page.getByRole('region', { name: 'Calendar' });
    await expect(lanes).toContainText('KR 12345');
    await expect(lanes).toContainText('Tyre swap');
    await expect(lanes).toContainText('Confirmed');
    // An hour's block holds all of it at wall-screen size: nothing clipped below its edge.
    const block = lanes.locator('[data-appointment-id]').first();
    expect(await block.evaluate((element) => element.scrollHeight - element.clientHeight)).toBeLessThanOrEqual(1);
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await axe.check();
    await shots.take('tv');
  });

  test('a week across the spring clock change shows each booking at its own local time', async ({
    page,
    api,
    workshop,
    axe,
  }) => {
    const token = workshop.owner.session;
    const service = await api.request<Service>('POST', '/services', {
      token,
      body: { name: 'Inspection', durationMinutes: 60, priceMinor: 15_000, vatRateBp: 2300 },
      expect: 201,
    });
    // Warsaw leaves +01:00 for +02:00 on Sunday 28 March 2027: 09:00 local on both sides of it.
    const before = await api.createVehicle(token, {
      plate: 'WA 10001',
      client: { firstName: 'Ewa', lastName: `Przed ${uniqueId()}` },
    });
    const after = await api.createVehicle(token, {
      plate: 'WA 10002',
      client: { firstName: 'Ewa', lastName: `Po ${uniqueId()}` },
    });
    for (const [vehicle, startsAt] of [
      [before, '2027-03-26T09:00:00+01:00'],
      [after, '2027-03-28T09:00:00+02:00'],
    ] as const) {
      await api.request('POST', '/appointments', {
        token,
        body: { clientId: vehicle.clientId, vehicleId: vehicle.id, serviceIds: [service.id], startsAt, bay: 1 },
        expect: 201,
      });
    }
    await signIn(page, workshop.owner);
    await openPage(page, '/calendar?view=week&date=2027-03-24');
    await settle(page);
    await expect(page.getByRole('button', { name: /^09:00–10:00, Bay 1: Ewa Przed / })).toBeVisible();
    await expect(page.getByRole('button', { name: /^09:00–10:00, Bay 1: Ewa Po / })).toBeVisible();
    await axe.check();
  });
});
