import type { Page } from '@playwright/test';
import type { components } from '../src/lib/api/schema.gen';
import { expect, test } from './support/fixtures';
import { animationsSettled, openStaffPage, shotsFromTop, signInToShell } from './support/staff-shell';

// Settings → Schedule, Services and Booking page as an owner edits them and a mechanic reads
// them, and the bookings card of the client and vehicle pages. What the browser saves is checked
// through the API; every screen passes axe and is photographed in light and dark.

type ScheduleSettings = components['schemas']['ScheduleSettingsResponse'];
type PublicWorkshop = components['schemas']['PublicWorkshopResponse'];
type Service = components['schemas']['ServiceOfferingResponse'];

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Settings from the main navigation: the sidebar on a desktop, "More" in the bottom bar on a phone. */
async function openSettings(page: Page, isMobile: boolean): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  if (isMobile) {
    await nav.getByRole('button', { name: 'More' }).click();
    await page.getByRole('menuitem', { name: 'Settings' }).click();
  } else {
    await nav.getByRole('link', { name: 'Settings' }).click();
  }
  await page.waitForURL('**/settings/personal');
}

async function openSection(page: Page, isMobile: boolean, section: string): Promise<void> {
  if (!/\/settings\//.test(page.url())) await openSettings(page, isMobile);
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: section, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
}

function card(page: Page, heading: string) {
  return page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: heading }) });
}

/** Warsaw's offset on `day` ("+01:00" in winter, "+02:00" in summer). */
function warsawOffset(day: string): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Warsaw', timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${day}T12:00:00Z`))
    .find((part) => part.type === 'timeZoneName')?.value;
  return name?.replace('GMT', '') || '+00:00';
}

/** The next Tuesday to Thursday at least `daysAhead` days from now, as a Warsaw date "YYYY-MM-DD". */
function weekdayAhead(daysAhead: number): string {
  const day = new Date(Date.now() + daysAhead * 86_400_000);
  while (![2, 3, 4].includes(day.getUTCDay())) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

test('an owner sets two ranges on Monday, closes a date and renames a bay', async ({
  page,
  api,
  workshop,
  axe,
  shots,
  isMobile,
}) => {
  test.setTimeout(120_000);
  await signInToShell(page, workshop.owner);
  await openSection(page, isMobile, 'Schedule');
  await expect(page.getByText('Opening hours, bookings and reminders run in Europe/Warsaw.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Change it on the workshop profile' })).toHaveAttribute(
    'href',
    '/settings/workshop',
  );
  await axe.check();
  await shotsFromTop(page, shots, 'schedule');

  // Monday: 08:00–12:00 and 13:00–17:00.
  const monday = page.getByRole('group', { name: 'Monday' });
  await monday.getByRole('button', { name: 'Add hours' }).click();
  await monday.getByLabel('Closes, range 1').fill('12:00');
  await monday.getByLabel('Opens, range 2').fill('11:00');
  await monday.getByLabel('Closes, range 2').fill('17:00');
  // An overlap is said under the day before anything is sent.
  await expect(monday).toContainText('Ranges on one day must not overlap.');
  await monday.getByLabel('Opens, range 2').fill('13:00');
  await expect(monday).not.toContainText('overlap');
  // Saturday mornings too, then closed again: the checkbox is the day's switch.
  const saturday = page.getByRole('group', { name: 'Saturday' });
  await saturday.getByRole('checkbox', { name: 'Open' }).check();
  await expect(saturday.getByLabel('Opens, range 1')).toHaveValue('08:00');
  await saturday.getByRole('checkbox', { name: 'Open' }).uncheck();
  await expect(saturday).toContainText('Closed');

  const closedDay = `${new Date().getFullYear() + 1}-12-24`;
  await page.getByLabel('Date to close').fill(closedDay);
  await page.getByRole('button', { name: 'Add date' }).click();
  const dates = page.getByRole('list', { name: 'Closed dates' });
  await expect(dates.getByRole('listitem')).toHaveCount(1);
  await expect(dates).toContainText('24 December');

  await page.getByLabel('Name of bay 1').fill('Lift A');
  await page.getByLabel('Number of bays').fill('3');
  await expect(page.getByLabel('Name of bay 3')).toHaveValue('Bay 3');
  // A number field ignores the scroll wheel: it is text with a numeric keyboard.
  await page.getByLabel('Slot length (minutes)').hover();
  await page.mouse.wheel(0, 200);
  await expect(page.getByLabel('Slot length (minutes)')).toHaveValue('30');
  await page.getByRole('textbox', { name: 'Cancellation cut-off' }).fill('2');
  await page.getByRole('combobox', { name: 'Unit of Cancellation cut-off' }).selectOption('days');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const saved = await api.request<ScheduleSettings>('GET', '/settings/schedule', { token: workshop.owner.session });
  expect(saved.openingHours.mon).toEqual([
    { start: '08:00', end: '12:00' },
    { start: '13:00', end: '17:00' },
  ]);
  expect(saved.openingHours.sat).toEqual([]);
  expect(saved.closedDates).toEqual([closedDay]);
  expect(saved.bays).toBe(3);
  expect(saved.bayNames).toEqual(['Lift A', 'Bay 2', 'Bay 3']);
  expect(saved.cancellationCutoffMinutes).toBe(2880);

  // A name two bays share is refused on the field, in words.
  await page.getByLabel('Name of bay 2').fill('lift a');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByLabel('Name of bay 2')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Give each bay its own name of 1 to 40 characters.')).toBeVisible();
  await animationsSettled(page);
  await axe.check();
  await shotsFromTop(page, shots, 'schedule-edited');

  // After a reload the page shows what was saved.
  await page.reload();
  await expect(page.getByRole('group', { name: 'Monday' }).getByLabel('Opens, range 2')).toHaveValue('13:00');
  await expect(page.getByLabel('Name of bay 1')).toHaveValue('Lift A');
  await expect(page.getByRole('textbox', { name: 'Cancellation cut-off' })).toHaveValue('2');
});

test('an owner adds a service, turns the booking page off and copies the widget snippet', async ({
  page,
  api,
  workshop,
  axe,
  shots,
  isMobile,
}) => {
  test.setTimeout(180_000);
  await signInToShell(page, workshop.owner);
  await openSection(page, isMobile, 'Services');
  await expect(page.getByText('No services yet')).toBeVisible();
  await axe.check();
  await shotsFromTop(page, shots, 'services-empty');

  await page.getByRole('button', { name: 'Add service' }).click();
  const dialog = page.getByRole('dialog', { name: 'New service' });
  await dialog.getByLabel('Name').fill('Oil change');
  await dialog.getByLabel('Duration (minutes)').fill('45');
  await dialog.getByLabel('Price including VAT (PLN)').fill('249,9x');
  await dialog.getByLabel('VAT rate (%)').fill('23');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Enter a price such as 249,99.')).toBeVisible();
  await dialog.getByLabel('Price including VAT (PLN)').fill('249,99');
  await axe.check();
  await shotsFromTop(page, shots, 'service-dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const list = page.getByRole(isMobile ? 'list' : 'table', { name: 'Services' });
  await expect(list).toContainText('Oil change');
  await expect(list).toContainText('45 minutes');
  await expect(list).toContainText('249.99');
  const [service] = await api.request<Service[]>('GET', '/services', { token: workshop.owner.session });
  expect(service).toMatchObject({ name: 'Oil change', durationMinutes: 45, priceMinor: 24_999, vatRateBp: 2300 });

  // Edit keeps the price as typed money; deactivate takes it off the page.
  await page.getByRole('button', { name: 'Edit Oil change' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit service' }).getByLabel('Price including VAT (PLN)')).toHaveValue(
    '249.99',
  );
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Deactivate Oil change' }).click();
  await expect(list).toContainText('Inactive');
  await page.getByRole('button', { name: 'Activate Oil change' }).click();
  await expect(list).not.toContainText('Inactive');
  await animationsSettled(page);
  await axe.check();
  await shotsFromTop(page, shots, 'services');

  await openSection(page, isMobile, 'Booking page');
  const pageUrl = new URL(`/book/${workshop.slug}`, page.url()).toString();
  await expect(page.getByLabel('Address of your booking page')).toHaveValue(pageUrl);
  const toggle = page.getByRole('switch', { name: 'Customers can book online' });
  await expect(toggle).toBeChecked();
  // The services' toasts may still be sliding out: axe would judge the blend, not the toast.
  await animationsSettled(page);
  await axe.check();
  await shotsFromTop(page, shots, 'booking-page');

  await toggle.click();
  await expect(toggle).not.toBeChecked();
  await expect(page.getByText('The booking page is off: it says so')).toBeVisible();
  const profile = await api.request<PublicWorkshop>('GET', `/public/workshops/${workshop.slug}`);
  expect(profile).toMatchObject({ bookingPageEnabled: false, services: [] });

  await page.getByLabel('Accent colour as #rrggbb').fill('#1d4ed8');
  await card(page, 'Colour').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const recoloured = await api.request<PublicWorkshop>('GET', `/public/workshops/${workshop.slug}`);
  expect(recoloured.accentColor).toBe('#1d4ed8');

  const embed = card(page, 'Widget for your website');
  await expect(embed.getByLabel('Embed snippet')).toHaveValue(new RegExp(`/book/${workshop.slug}\\?embed=1`));
  await embed.getByRole('button', { name: 'Copy snippet' }).click();
  await expect(embed.getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`<iframe src="${pageUrl}?embed=1"`);
  await expect(page.getByTitle('Preview of the booking widget')).toHaveAttribute('src', `${pageUrl}?embed=1`);
  await animationsSettled(page);
  await axe.check();
  await shotsFromTop(page, shots, 'booking-page-off');
});

test('a mechanic reads the schedule and the services but changes nothing', async ({
  page,
  api,
  workshop,
  axe,
  shots,
}) => {
  test.setTimeout(120_000);
  await api.request('POST', '/services', {
    token: workshop.owner.session,
    body: { name: 'Brake check', durationMinutes: 60, priceMinor: 15_000, vatRateBp: 2300 },
    expect: 201,
  });
  const mechanic = await api.addStaff(workshop.owner.session, { role: 'mechanic' });
  await signInToShell(page, mechanic);
  await openStaffPage(page, '/settings/personal');
  const nav = page.getByRole('navigation', { name: 'Settings' });
  await expect(nav.getByRole('link', { name: 'Workshop' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Schedule' })).toHaveCount(0);

  await openStaffPage(page, '/settings/schedule');
  await expect(page.getByText('Only owners and managers change these settings. You can read them.')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Monday' }).getByLabel('Opens, range 1')).toBeDisabled();
  await expect(page.getByLabel('Name of bay 1')).toHaveValue('Bay 1');
  await expect(page.getByLabel('Name of bay 1')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add hours' })).toHaveCount(0);
  await axe.check();
  await shotsFromTop(page, shots, 'schedule-mechanic');

  await openStaffPage(page, '/settings/services');
  await expect(page.getByText('Brake check').filter({ visible: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add service' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit Brake check' })).toHaveCount(0);
  await axe.check();
  await shotsFromTop(page, shots, 'services-mechanic');

  await openStaffPage(page, '/settings/booking-page');
  await expect(page.getByRole('switch', { name: 'Customers can book online' })).toBeDisabled();
  await axe.check();
});

test('the client and vehicle pages list a booking made through the API', async ({
  page,
  api,
  workshop,
  axe,
  shots,
}) => {
  test.setTimeout(120_000);
  const token = workshop.owner.session;
  await api.request('PATCH', '/settings/schedule', { token, body: { bayNames: ['Lift A', 'Lift B'] } });
  const service = await api.request<Service>('POST', '/services', {
    token,
    body: { name: 'Timing belt', durationMinutes: 120, priceMinor: 90_000, vatRateBp: 2300 },
    expect: 201,
  });
  const vehicle = await api.createVehicle(token, { plate: 'WX 4821K' });
  const day = weekdayAhead(5);
  await api.request('POST', '/appointments', {
    token,
    body: {
      clientId: vehicle.clientId,
      vehicleId: vehicle.id,
      serviceIds: [service.id],
      bay: 2,
      startsAt: `${day}T10:00:00${warsawOffset(day)}`,
    },
    expect: 201,
  });
  const emptyClient = await api.createClient(token, { firstName: 'Ewa', lastName: 'Bez Wizyt' });

  await signInToShell(page, workshop.owner);
  await openStaffPage(page, `/clients/${vehicle.clientId}`);
  const appointments = card(page, 'Appointments');
  const upcoming = appointments.getByRole('region', { name: 'Upcoming' });
  await expect(upcoming.getByRole('listitem')).toHaveCount(1);
  await expect(upcoming).toContainText('10:00');
  await expect(upcoming).toContainText('Timing belt · Lift B');
  await expect(upcoming).toContainText('Confirmed');
  await expect(appointments.getByRole('region', { name: 'Past' })).toContainText('No past visits.');
  await axe.check();
  await shotsFromTop(page, shots, 'client-appointments');

  await openStaffPage(page, `/vehicles/${vehicle.id}`);
  await expect(card(page, 'Appointments').getByRole('region', { name: 'Upcoming' })).toContainText(
    'Timing belt · Lift B',
  );
  await axe.check();
  await shotsFromTop(page, shots, 'vehicle-appointments');

  await openStaffPage(page, `/clients/${emptyClient.id}`);
  const empty = card(page, 'Appointments');
  await expect(empty).toContainText('No appointments yet.');
  await expect(empty.getByRole('link', { name: 'Book' })).toHaveAttribute('href', /\/calendar\?date=\d{4}-\d{2}-\d{2}/);
  await axe.check();
  await shotsFromTop(page, shots, 'client-no-appointments');
});
