import type { Locator, Page } from '@playwright/test';
import type { components } from '../src/lib/api/schema.gen';
import { expect, test } from './support/fixtures';
import type { Person, PitlaneApi, TestWorkshop } from './support/pitlane-api';
import { settle } from './support/settle';
import { signInToShell } from './support/staff-shell';
import { uniqueId } from './support/unique';

// The mechanic on a phone (issue 16, item 4) against the real stack, at the desktop and the phone
// size: "My jobs", one-tap clocks (starting another stops the first), the running-clock pill on
// every page, a refused start rolled back, a clock started elsewhere showing up, and the car-ready
// step; axe on each screen and dialog, screenshots light and dark.

type Order = components['schemas']['RepairOrderResponse'];
type MyClock = components['schemas']['MyClockResponse'];
type TimeEntryPage = components['schemas']['TimeEntryPageResponse'];

const PADS = 'Replace front brake pads';
const FLUID = 'Brake fluid change';
const OIL = 'Oil and filter change';
const WIPERS = 'Replace wiper blades';

function job(page: Page, order: Order): Locator {
  return page.getByRole('article', { name: new RegExp(`^Order #${order.number},`) });
}

/**
 * Taps a clock button and waits for the API's answer: the screen changes before it (optimistic),
 * so what the API holds is checked only once it has answered.
 */
async function tapClock(page: Page, button: Locator, action: 'start' | 'stop'): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse((answer) => answer.url().endsWith(`/clock/${action}`)),
    button.click(),
  ]);
  return response.status();
}

function pill(page: Page): Locator {
  return page.getByRole('region', { name: 'Running clock' });
}

/**
 * Three orders assigned to the mechanic (brakes with two labour lines, promised this afternoon;
 * an oil change; wipers), approved; and an order of someone else's that must not show.
 */
async function seed(api: PitlaneApi, workshop: TestWorkshop, mechanic: Person) {
  const token = workshop.owner.session;
  const order = async (make: string, model: string, body: Record<string, unknown>, lines: object[], assign = true) => {
    const vehicle = await api.createVehicle(token, {
      plate: `KR ${uniqueId().slice(-5).toUpperCase()}`,
      make,
      model,
      client: { firstName: 'Anna', lastName: `Nowak ${uniqueId()}`, email: `anna-${uniqueId()}@e2e.pitlane.test` },
    });
    const created = await api.request<Order>('POST', '/repair-orders', {
      token,
      body: { vehicleId: vehicle.id, ...body },
      expect: 201,
    });
    if (assign) {
      await api.request('PUT', `/repair-orders/${created.id}/mechanics/${mechanic.userId}`, { token, expect: 200 });
    }
    for (const line of lines) {
      await api.request('POST', `/repair-orders/${created.id}/lines`, { token, body: line, expect: 201 });
    }
    return api.request<Order>('POST', `/repair-orders/${created.id}/transitions`, {
      token,
      body: { to: 'approved' },
      expect: 200,
    });
  };
  const labour = (description: string, quantity: number, mine = false) => ({
    kind: 'labour',
    description,
    quantity,
    unitPriceMinor: 18_000,
    vatRateBp: 2300,
    ...(mine ? { mechanicUserId: mechanic.userId } : {}),
  });
  const brakes = await order(
    'Skoda',
    'Octavia',
    { complaint: 'Squealing brakes at low speed', promisedAt: new Date(Date.now() + 4 * 3_600_000).toISOString() },
    [labour(PADS, 1.5, true), labour(FLUID, 0.5)],
  );
  const oil = await order('Toyota', 'Corolla', { complaint: 'Service due' }, [labour(OIL, 1)]);
  const wipers = await order('Fiat', 'Panda', { complaint: 'Smears the windscreen' }, [labour(WIPERS, 0.25)]);
  const others = await order('Ford', 'Focus', { complaint: 'Not yours' }, [labour('Clutch', 3)], false);
  return { brakes, oil, wipers, others };
}

async function myClock(api: PitlaneApi, mechanic: Person): Promise<MyClock> {
  return api.request<MyClock>('GET', '/me/clock', { token: mechanic.session, expect: 200 });
}

function lineId(order: Order, description: string): string {
  const line = order.lines.find((one) => one.description === description);
  if (!line) throw new Error(`no line ${description}`);
  return line.id;
}

test.describe('my jobs', () => {
  test.describe.configure({ timeout: 300_000 });

  test('a mechanic clocks work from the jobs list, sees the pill everywhere and marks the car ready', async ({
    page,
    api,
    workshop,
    axe,
    shots,
  }) => {
    const mechanic = await api.addStaff(workshop.owner.session, { role: 'mechanic', name: 'Marek Mechanik' });
    const { brakes, oil, wipers, others } = await seed(api, workshop, mechanic);
    await signInToShell(page, mechanic);
    const nav = page.getByRole('navigation', { name: 'Main' });

    await test.step('"My jobs" is one tap away and lists only the jobs assigned to the mechanic', async () => {
      // On a phone it is on the bottom bar itself, not under "More".
      await nav.getByRole('link', { name: 'My jobs' }).click();
      await expect(page).toHaveURL(/\/jobs$/);
      await expect(page.getByRole('heading', { level: 1, name: 'My jobs' })).toBeVisible();
      await expect(page.getByRole('article')).toHaveCount(3);
      // The soonest promise first.
      await expect(page.getByRole('article').first()).toHaveAccessibleName(`Order #${brakes.number}, Skoda Octavia`);
      await expect(job(page, others)).toHaveCount(0);
      const card = job(page, brakes);
      await expect(card.getByText('Squealing brakes at low speed')).toBeVisible();
      await expect(card.getByText(/^Promised /)).toBeVisible();
      await expect(card.getByText('Approved', { exact: true })).toBeVisible();
      await expect(card.getByText(PADS)).toBeVisible();
      await expect(card.getByText('Yours')).toBeVisible();
      await expect(card.getByRole('link', { name: `Open order #${brakes.number}` })).toHaveAttribute(
        'href',
        `/orders/${brakes.id}`,
      );
      await expect(pill(page)).toHaveCount(0);
      // Big enough for a thumb in a glove.
      const start = await card.getByRole('button', { name: `Start the clock on ${PADS}` }).boundingBox();
      expect(start?.height ?? 0).toBeGreaterThanOrEqual(44);
      await settle(page);
      await axe.check();
      await shots.take('jobs');
    });

    await test.step('one tap starts the clock: the line and the pill show it running at once', async () => {
      const clicked = tapClock(
        page,
        job(page, brakes).getByRole('button', { name: `Start the clock on ${PADS}` }),
        'start',
      );
      // Shown at once, before the API has answered.
      await expect(job(page, brakes).getByRole('button', { name: `Stop the clock on ${PADS}` })).toBeVisible();
      await expect(pill(page)).toBeVisible();
      expect(await clicked).toBe(200);
      await expect(pill(page).getByRole('link')).toHaveAccessibleName(
        new RegExp(`^Running clock: order #${brakes.number}, ${PADS}, 0 h 0 min`),
      );
      // Starting approved work put the order in progress, which the card says once it is read again.
      await expect(job(page, brakes).getByText('In progress', { exact: true })).toBeVisible();
      expect((await myClock(api, mechanic)).running?.lineId).toBe(lineId(brakes, PADS));
    });

    await test.step('the pill is on another page, its time ticking', async () => {
      await nav.getByRole('link', { name: 'Vehicles' }).click();
      await expect(page).toHaveURL(/\/vehicles/);
      await expect(pill(page)).toBeVisible();
      const reading = pill(page).getByText(/^\d+:\d{2}$/);
      const first = await reading.textContent();
      await expect(reading).not.toHaveText(first ?? '', { timeout: 5_000 });
      await settle(page);
      await axe.check();
      await shots.take('pill-on-vehicles');
    });

    await test.step('tapping the pill opens the job', async () => {
      await pill(page).getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/jobs#job-${brakes.id}$`));
      await expect(job(page, brakes).getByRole('button', { name: `Stop the clock on ${PADS}` })).toBeVisible();
    });

    await test.step('starting another line stops the first, on screen and in the API', async () => {
      expect(
        await tapClock(page, job(page, oil).getByRole('button', { name: `Start the clock on ${OIL}` }), 'start'),
      ).toBe(200);
      await expect(job(page, oil).getByRole('button', { name: `Stop the clock on ${OIL}` })).toBeVisible();
      await expect(job(page, brakes).getByRole('button', { name: `Start the clock on ${PADS}` })).toBeVisible();
      await expect(page.getByRole('button', { name: /^Stop the clock on / })).toHaveCount(1);
      await expect(pill(page).getByRole('link')).toHaveAccessibleName(new RegExp(`order #${oil.number}, ${OIL}`));
      expect((await myClock(api, mechanic)).running?.lineId).toBe(lineId(oil, OIL));
      const entries = await api.request<TimeEntryPage>('GET', `/repair-orders/${brakes.id}/time-entries`, {
        token: mechanic.session,
        expect: 200,
      });
      expect(entries.items.map((entry) => entry.stoppedBy)).toEqual(['switch']);
      await settle(page);
      await axe.check();
      await shots.take('clock-running');
    });

    await test.step('the pill stops the clock', async () => {
      expect(await tapClock(page, pill(page).getByRole('button', { name: 'Stop the clock' }), 'stop')).toBe(200);
      await expect(pill(page)).toHaveCount(0);
      await expect(job(page, oil).getByRole('button', { name: `Start the clock on ${OIL}` })).toBeVisible();
      expect((await myClock(api, mechanic)).running).toBeNull();
    });

    await test.step('a start the API refuses is rolled back and explained', async () => {
      // The desk cancels the wipers job while the phone still shows it.
      await api.request('POST', `/repair-orders/${wipers.id}/transitions`, {
        token: workshop.owner.session,
        body: { to: 'cancelled' },
        expect: 200,
      });
      const refused = await tapClock(
        page,
        job(page, wipers).getByRole('button', { name: `Start the clock on ${WIPERS}` }),
        'start',
      );
      expect(refused).toBe(409);
      await expect(page.getByText(/only while the repair order is in progress/)).toBeVisible();
      await expect(pill(page)).toHaveCount(0);
      expect((await myClock(api, mechanic)).running).toBeNull();
      // Read again, the cancelled job has left the list.
      await expect(job(page, wipers)).toHaveCount(0);
    });

    await test.step('a clock started on another device shows up here', async () => {
      await api.request('POST', `/repair-orders/${brakes.id}/lines/${lineId(brakes, FLUID)}/clock/start`, {
        token: mechanic.session,
        expect: 200,
      });
      // Polling picks it up without a reload.
      await expect(pill(page).getByRole('link')).toHaveAccessibleName(new RegExp(`order #${brakes.number}, ${FLUID}`), {
        timeout: 30_000,
      });
      await expect(job(page, brakes).getByRole('button', { name: `Stop the clock on ${FLUID}` })).toBeVisible();
    });

    await test.step('the car-ready step, confirmed once, finishes the job and stops its clock', async () => {
      await job(page, brakes).getByRole('button', { name: 'Car ready' }).click();
      const dialog = page.getByRole('dialog', { name: 'Mark the car ready?' });
      await expect(dialog).toBeVisible();
      // The dialog hides the page behind it: only toasts need to be gone.
      await expect(page.locator('[data-sonner-toast]')).toHaveCount(0, { timeout: 15_000 });
      await axe.check({ include: '[role="dialog"]' });
      await shots.take('car-ready');
      await dialog.getByRole('button', { name: 'Car ready' }).click();
      await expect(dialog).toBeHidden();
      await expect(job(page, brakes)).toHaveCount(0);
      await expect(pill(page)).toHaveCount(0);
      const ready = page.getByRole('region', { name: 'Ready today' });
      await expect(ready.getByRole('link', { name: new RegExp(`Order #${brakes.number}`) })).toBeVisible();
      // The oil change is what is left to do.
      await expect(page.getByRole('article')).toHaveCount(1);
      await expect(job(page, oil)).toBeVisible();
      const after = await api.request<Order>('GET', `/repair-orders/${brakes.id}`, {
        token: mechanic.session,
        expect: 200,
      });
      expect(after.status).toBe('completed');
      expect((await myClock(api, mechanic)).running).toBeNull();
      await settle(page);
      await axe.check();
      await shots.take('done');
    });
  });
});
