import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { embedSnippet } from '../src/features/schedule-settings/utils/embed-snippet';
import type { components } from '../src/lib/api/schema.gen';
import { bookableWorkshop } from './support/bookable-workshop';
import { expect, test } from './support/fixtures';
import { openPage } from './support/navigation';
import type { PitlaneApi, TestWorkshop } from './support/pitlane-api';
import { secondBrowser } from './support/second-browser';
import { uniqueEmail, uniqueId } from './support/unique';

// The customer's booking pages (issue 15, items 1 and 3) on the public entry, against the real
// stack at the desktop and the phone size: book, get the mail, open its link, move, cancel with a
// reason; two customers racing for the last bay; the workshop's language and a switch to Polish;
// the booking page settings (issue 15, items 2 and 5): the accent colour, the embedded widget and
// the page switched off.

type Appointment = components['schemas']['AppointmentResponse'];
type Calendar = components['schemas']['CalendarResponse'];
type PublicWorkshop = components['schemas']['PublicWorkshopResponse'];
type Availability = components['schemas']['AvailabilityResponse'];
type CreatedBooking = components['schemas']['CreatedBookingResponse'];

interface Customer {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly plate: string;
}

function newCustomer(): Customer {
  return { firstName: 'Łukasz', lastName: `Nowak ${uniqueId()}`, email: uniqueEmail('customer'), plate: 'WA 12345' };
}

/** Waits for the page to settle before axe and screenshots: nothing loading any more. */
async function settle(page: Page) {
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
}

/** From the service list to the review step, the first free time, everything typed as a person would. */
async function fillUpToReview(page: Page, customer: Customer, check?: (step: string) => Promise<void>) {
  await page.getByRole('button', { name: /Oil change/ }).click();
  await expect(page.getByRole('heading', { name: 'Pick a day and time' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]service=[0-9a-f-]{36}/);
  await page.getByRole('button', { name: 'First free time' }).click();
  await expect(
    page.getByRole('region', { name: /^Free times on/ }).getByRole('button', { pressed: true }),
  ).toBeVisible();
  await expect(page).toHaveURL(/[?&]day=\d{4}-\d{2}-\d{2}/);
  await check?.('time');
  await page.getByRole('button', { name: /^Continue: / }).click();

  await expect(page.getByRole('heading', { name: 'Your vehicle' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByText('Please correct the highlighted fields.')).toBeVisible();
  await page.getByLabel('Registration plate').fill(customer.plate);
  await page.getByLabel('Make').fill('Volkswagen');
  await page.getByLabel('Model').fill('Golf');
  await page.getByLabel('VIN (optional)').fill('WVWZZZ1JZXW00');
  await expect(page.getByText('13 characters of 17')).toBeVisible();
  await page.getByLabel('VIN (optional)').fill('1M8GDM9A1KP042788');
  await expect(page.getByText(/check digit does not match \(expected X in position 9\)/)).toBeVisible();
  await check?.('vehicle');
  await page.getByLabel('VIN (optional)').fill('WVWZZZ1JZXW000001');
  await expect(page.getByText('Looks like a valid VIN.')).toBeVisible();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'Your contact details' })).toBeVisible();
  await page.getByLabel('First name').fill(customer.firstName);
  await page.getByLabel('Last name').fill(customer.lastName);
  await page.getByLabel('E-mail').fill(customer.email);
  await page.getByLabel('Phone').fill('+48 601 234 567');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByText('A booking needs your consent.')).toBeVisible();
  await page.getByLabel(/processes my data/).check();
  await check?.('contact');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Check and confirm' })).toBeVisible();
}

test.describe('customer booking pages', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a customer books, gets the mail, opens its link, moves the booking and cancels it with a reason', async ({
    page,
    api,
    mailbox,
    axe,
    shots,
  }) => {
    const workshop = await bookableWorkshop(api);
    const customer = newCustomer();
    const check = async (step: string) => {
      await settle(page);
      await axe.check();
      await shots.take(step);
    };

    await test.step('service: duration and price shown, the zone stated later', async () => {
      await openPage(page, `/book/${workshop.slug}`);
      await expect(page.getByRole('heading', { name: `Book a visit at ${workshop.name}` })).toBeVisible();
      const service = page.getByRole('button', { name: /Oil change/ });
      await expect(service).toContainText('1 hour');
      await expect(service).toContainText(/250[,.]00/);
      await expect(page.getByText('ul. Grochowska 215, 04-077 Warszawa')).toBeVisible();
      await check('service');
    });

    const booked = page.waitForResponse(
      (response) => response.url().endsWith(`/public/workshops/${workshop.slug}/bookings`) && response.status() === 201,
    );
    await test.step('time, vehicle and contact, each checked as typed', async () => {
      await fillUpToReview(page, customer, check);
      await expect(page.getByText(/All times are the workshop's local time: .*\(Europe\/Warsaw\)/)).toBeVisible();
      await check('review');
    });

    await test.step('confirmation: time, services, .ics and the manage link', async () => {
      await page.getByRole('button', { name: 'Confirm booking' }).click();
      await expect(page.getByRole('heading', { name: "You're booked" })).toBeVisible();
      await expect(page.getByText(`to ${customer.email}.`)).toBeVisible();
      await expect(page.getByRole('link', { name: 'See, move or cancel this booking' })).toHaveAttribute(
        'href',
        /^\/booking#token=/,
      );
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Add to calendar (.ics)' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('booking.ics');
      const ics = await readFile(await file.path(), 'utf8');
      expect(ics).toContain('BEGIN:VCALENDAR');
      expect(ics).toContain('Oil change');
      await check('confirmation');
    });
    const appointmentId = ((await (await booked).json()) as { id: string }).id;

    const mail = await mailbox.waitFor(customer.email, { withLink: '/booking' });
    const link = mail.link('/booking');
    // The query holds the mail's language alone; the token stays in the fragment.
    expect(link).toMatch(/\/booking\?lang=en#token=[A-Za-z0-9_.-]+$/);

    await test.step('the mailed link opens the booking and leaves the address bar at once', async () => {
      await openPage(page, link);
      await expect(page.getByRole('heading', { name: 'Your booking' })).toBeVisible();
      expect(page.url()).not.toContain('#');
      expect(page.url()).not.toContain(link.split('#token=')[1]!.slice(0, 20));
      await expect(
        page.getByText(/You can move or cancel this booking online until .* \(1 hour before the start\)\./),
      ).toBeVisible();
      await expect(page.getByText('Confirmed')).toBeVisible();
      await check('manage');
    });

    const movedAt = new Date();
    await test.step('move it with the same day and time picker', async () => {
      await page.getByRole('button', { name: 'Move', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'Move your booking' })).toBeVisible();
      await expect(page.getByText('New times must be at least 3 hours from now.')).toBeVisible();
      await page.getByRole('button', { name: 'First free time' }).click();
      const times = page.getByRole('region', { name: /^Free times on/ }).getByRole('button');
      await times.last().click();
      await check('reschedule');
      await page.getByRole('button', { name: /^Move to / }).click();
      await expect(page.getByText(/^Moved\. Your new time is/)).toBeVisible();
      await check('moved');
    });
    await mailbox.waitFor(customer.email, { after: movedAt });

    await test.step('cancel it with a reason, after a confirm step', async () => {
      await page.getByRole('button', { name: 'Cancel booking' }).click();
      await page.getByLabel('Reason (optional)').fill('The car is fixed already, thank you.');
      await check('cancel');
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await expect(page.getByText(/^Cancel the visit on/)).toBeVisible();
      await expect(
        page.getByText('Your reason for the workshop: “The car is fixed already, thank you.”'),
      ).toBeVisible();
      await check('cancel-confirm');
      await page.getByRole('button', { name: 'Yes, cancel it' }).click();
      await expect(page.getByText('Your booking is cancelled. We sent you an e-mail.')).toBeVisible();
      await expect(page.getByText('This booking is cancelled')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Move', exact: true })).toHaveCount(0);
      await check('cancelled');
    });

    const seen = await api.request<Appointment>('GET', `/appointments/${appointmentId}`, {
      token: workshop.owner.session,
    });
    expect(seen).toMatchObject({ status: 'cancelled', cancellationReason: 'The car is fixed already, thank you.' });
  });

  test('two customers race for the last free bay: one is booked, the other offered the nearest free times', async ({
    page,
    api,
    axe,
    shots,
    browser,
    baseURL,
  }, testInfo) => {
    const workshop = await bookableWorkshop(api, { bays: 1 });
    const other = await secondBrowser(browser, testInfo, baseURL!);
    try {
      const first = newCustomer();
      const second = newCustomer();
      await openPage(page, `/book/${workshop.slug}`);
      await openPage(other.page, `/book/${workshop.slug}`);
      await fillUpToReview(page, first);
      await fillUpToReview(other.page, second);
      const asked = await other.page.getByRole('definition').nth(1).locator('span').first().textContent();

      await page.getByRole('button', { name: 'Confirm booking' }).click();
      await expect(page.getByRole('heading', { name: "You're booked" })).toBeVisible();

      await other.page.getByRole('button', { name: 'Confirm booking' }).click();
      await expect(other.page.getByText('That time was just taken')).toBeVisible();
      const offered = other.page.getByRole('list', { name: 'Nearest free times' }).getByRole('button');
      await expect(offered.first()).toBeVisible();
      expect(await offered.allTextContents()).not.toContain(asked);
      await expect(other.page.getByRole('button', { name: 'Confirm booking' })).toBeDisabled();
      await settle(other.page);
      await other.axe.check();
      await other.shots.take('taken');

      // Everything typed is kept: one tap on a nearest time, and the booking goes through.
      await offered.first().click();
      await expect(other.page.getByText(second.email)).toBeVisible();
      await other.page.getByRole('button', { name: 'Confirm booking' }).click();
      await expect(other.page.getByRole('heading', { name: "You're booked" })).toBeVisible();

      const day = new Date().toISOString().slice(0, 10);
      const calendar = await api.request<Calendar>(
        'GET',
        `/appointments?from=${day}&to=${new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)}`,
        { token: workshop.owner.session },
      );
      expect(calendar.lanes.flatMap((lane) => lane.appointments)).toHaveLength(2);
      await axe.check();
      await shots.take('race-winner');
    } finally {
      await other.context.close();
    }
  });

  test("the page speaks the workshop's language, and switches to Polish", async ({ page, api, axe, shots }) => {
    const workshop = await bookableWorkshop(api, { locale: 'da' });
    await openPage(page, `/book/${workshop.slug}`);
    await expect(page.getByRole('heading', { name: 'Vælg en ydelse' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await page.getByLabel('Sprog').selectOption('pl');
    await expect(page.getByRole('heading', { name: 'Wybierz usługę' })).toBeVisible();
    await expect(page).toHaveURL(/[?&]lang=pl/);
    await page.getByRole('button', { name: /Oil change/ }).click();
    await expect(page.getByRole('heading', { name: 'Wybierz dzień i godzinę' })).toBeVisible();
    await expect(page.getByText(/Wszystkie godziny podano w czasie lokalnym warsztatu/)).toBeVisible();
    await settle(page);
    await axe.check();
    await shots.take('polish');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Wybierz dzień i godzinę' })).toBeVisible();
  });

  test('an unknown workshop and a link of no booking say so', async ({ page, axe, shots }) => {
    await openPage(page, '/book/no-such-workshop-here');
    await expect(page.getByRole('heading', { name: 'Workshop not found' })).toBeVisible();
    await axe.check();
    await shots.take('workshop-not-found');
    await openPage(page, `/booking#token=${'A'.repeat(64)}.${'B'.repeat(22)}`);
    await expect(page.getByRole('heading', { name: 'Booking not found' })).toBeVisible();
    expect(page.url()).not.toContain('AAAA');
    await axe.check();
    await shots.take('booking-not-found');
  });
});

/** Books the workshop's first free time through the public API; answers the manage token. */
async function bookFirstFreeTime(api: PitlaneApi, workshop: TestWorkshop): Promise<string> {
  const profile = await api.request<PublicWorkshop>('GET', `/public/workshops/${workshop.slug}`);
  const serviceId = profile.services[0]!.id;
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const { slots } = await api.request<Availability>(
    'GET',
    `/public/workshops/${workshop.slug}/availability?from=${day(0)}&to=${day(7)}&serviceIds=${serviceId}`,
  );
  const customer = newCustomer();
  const booked = await api.request<CreatedBooking>('POST', `/public/workshops/${workshop.slug}/bookings`, {
    body: {
      serviceIds: [serviceId],
      startsAt: slots[0]!.start,
      customer: {
        firstName: customer.firstName,
        lastName: customer.lastName,
        email: customer.email,
        phone: '+48 601 234 567',
      },
      vehicle: { plate: customer.plate },
      consent: true,
    },
  });
  return booked.manageToken;
}

/** The computed fill and text colour of a control, as `rgb(r, g, b)`. */
async function coloursOf(locator: import('@playwright/test').Locator) {
  return locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return { fill: style.backgroundColor, text: style.color };
  });
}

test.describe("the workshop's booking page settings on the page", () => {
  test.describe.configure({ timeout: 120_000 });

  test('the accent colour fills the primary actions, on the booking and the manage page, with readable text', async ({
    page,
    api,
    axe,
    shots,
  }) => {
    const cases = [
      { accent: '#1d4ed8', fill: 'rgb(29, 78, 216)', text: 'rgb(255, 255, 255)', shot: 'accent-dark' },
      // Too light for white text, and for text drawn in it: black on the fill.
      { accent: '#fde047', fill: 'rgb(253, 224, 71)', text: 'rgb(0, 0, 0)', shot: 'accent-light' },
    ];
    for (const { accent, fill, text, shot } of cases) {
      const workshop = await bookableWorkshop(api);
      await api.request('PATCH', '/settings/schedule', {
        token: workshop.owner.session,
        body: { bookingAccentColor: accent },
      });
      await openPage(page, `/book/${workshop.slug}`);
      await page.getByRole('button', { name: /Oil change/ }).click();
      await page.getByRole('button', { name: 'First free time' }).click();
      const proceed = page.getByRole('button', { name: /^Continue: / });
      await expect(proceed).toBeVisible();
      expect(await coloursOf(proceed)).toEqual({ fill, text });
      const chosenTime = page.getByRole('region', { name: /^Free times on/ }).getByRole('button', { pressed: true });
      expect(await coloursOf(chosenTime)).toEqual({ fill, text });
      await settle(page);
      await axe.check();
      await shots.take(shot);

      // The customer's own booking, from its manage link, is drawn in the same colour.
      await openPage(page, `/booking#token=${await bookFirstFreeTime(api, workshop)}`);
      const move = page.getByRole('button', { name: 'Move', exact: true });
      await expect(move).toBeVisible();
      expect(await coloursOf(move)).toEqual({ fill, text });
      await settle(page);
      await axe.check();
      await shots.take(`${shot}-manage`);
    }
  });

  test('the widget snippet from the settings frames the page without its header, footer or language switch', async ({
    page,
    api,
    axe,
    shots,
    baseURL,
  }) => {
    const workshop = await bookableWorkshop(api);
    const title = `Book a visit at ${workshop.name}`;
    const snippet = embedSnippet(baseURL!, workshop.slug, title);
    expect(snippet).toContain(`/book/${workshop.slug}?embed=1`);

    // A page of the workshop's own site (on this origin here; any https site may frame it).
    await page.goto('/robots.txt');
    await page.evaluate((html) => {
      document.documentElement.lang = 'en';
      document.title = 'Kowalski Auto';
      document.body.innerHTML = `<h1 style="font-family:sans-serif">Kowalski Auto</h1>${html}`;
      document.body.style.background = '#e0f2fe';
    }, snippet);
    const widget = page.frameLocator(`iframe[title="${title}"]`);
    await expect(widget.getByRole('heading', { name: title })).toBeVisible();
    await expect(widget.getByRole('banner')).toHaveCount(0);
    await expect(widget.getByRole('contentinfo')).toHaveCount(0);
    await expect(widget.getByRole('combobox', { name: 'Language' })).toHaveCount(0);
    await expect(widget.getByText('ul. Grochowska 215, 04-077 Warszawa')).toHaveCount(0);
    expect(
      await widget
        .locator('body')
        .evaluate((body) => [
          getComputedStyle(body).backgroundColor,
          getComputedStyle(document.documentElement).backgroundColor,
        ]),
    ).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    // Dark-scheme text would be light on a light site: a dark widget keeps its own background.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect
      .poll(() => widget.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor))
      .not.toBe('rgba(0, 0, 0, 0)');
    await page.emulateMedia({ colorScheme: 'light' });

    // It books inside the frame: the service step leads to the times, the address keeps embed.
    await widget.getByRole('button', { name: /Oil change/ }).click();
    await expect(widget.getByRole('heading', { name: 'Pick a day and time' })).toBeVisible();
    await widget.getByRole('button', { name: 'First free time' }).click();
    await expect(widget.getByRole('button', { name: /^Continue: / })).toBeVisible();
    const frameUrl = page
      .frames()
      .find((frame) => frame.url().includes('/book/'))!
      .url();
    expect(frameUrl).toMatch(/[?&]embed=1/);
    await axe.check();
    await shots.take('embedded');

    // The page itself, outside any frame, keeps its chrome.
    await openPage(page, `/book/${workshop.slug}`);
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible();
  });

  test("a page switched off says so in the workshop's language, with its phone and e-mail", async ({
    page,
    api,
    axe,
    shots,
  }) => {
    const workshop = await bookableWorkshop(api, { locale: 'pl' });
    await api.request('PATCH', '/settings/workshop', {
      token: workshop.owner.session,
      body: { publicEmail: 'serwis@example.pl' },
    });
    await api.request('PATCH', '/settings/schedule', {
      token: workshop.owner.session,
      body: { bookingPageEnabled: false },
    });

    await openPage(page, `/book/${workshop.slug}`);
    await expect(
      page.getByRole('heading', { level: 1, name: `${workshop.name} nie przyjmuje teraz rezerwacji online` }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(page.getByText('Aby umówić wizytę, zadzwoń lub napisz do warsztatu:')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: /\+48 22 610 23 45/ })).toHaveAttribute(
      'href',
      'tel:+48226102345',
    );
    await expect(page.getByRole('link', { name: /serwis@example\.pl/ })).toHaveAttribute(
      'href',
      'mailto:serwis@example.pl',
    );
    await expect(page.getByRole('button', { name: /Oil change/ })).toHaveCount(0);
    await settle(page);
    await axe.check();
    await shots.take('switched-off');
  });
});
