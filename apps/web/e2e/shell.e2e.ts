import type { Page } from '@playwright/test';
import type { Session } from './support/api-types';
import { expect, test } from './support/fixtures';
import type { Mailbox } from './support/mailbox';
import { openPage } from './support/navigation';
import type { PitlaneApi, Person, TestWorkshop } from './support/pitlane-api';
import {
  accountMenuButton,
  chooseFromAccountMenu,
  openStaffPage,
  signInToShell,
  signOutFromMenu,
} from './support/staff-shell';

// The staff shell around every screen: the sidebar on a desktop, the bottom bar with "More" on a
// phone, what each role is shown, the account menu (workshop switcher, theme, language, sign
// out), a session that survives a reload, and another workshop's record as "not found".

const EVERYONE = ['Home', 'My jobs', 'Calendar', 'Orders', 'Vehicles', 'Clients', 'Parts', 'Settings'];
const MANAGERS = [
  'Home',
  'My jobs',
  'Calendar',
  'Orders',
  'Vehicles',
  'Clients',
  'Parts',
  'Invoices',
  'Reports',
  'Settings',
];
const ON_THE_BAR = ['Home', 'Calendar', 'Orders', 'Vehicles'];
// A mechanic's phone is for the bay: their jobs on the bar, the calendar under "More".
const MECHANIC_ON_THE_PHONE = ['Home', 'My jobs', 'Orders', 'Vehicles', 'Calendar', 'Clients', 'Parts', 'Settings'];

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

/** Every destination the main navigation offers: on a phone, the bar's and then those under "More". */
async function destinations(page: Page, isMobile: boolean): Promise<string[]> {
  const links = await mainNav(page).getByRole('link').allTextContents();
  if (!isMobile) return links;
  await mainNav(page).getByRole('button', { name: 'More' }).click();
  const more = await page.getByRole('menu').getByRole('menuitem').allTextContents();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  return [...links, ...more];
}

test('each role is shown its own destinations, in the sidebar or the bottom bar', async ({
  page,
  api,
  workshop,
  axe,
  shots,
  isMobile,
}) => {
  test.setTimeout(90_000);
  const manager = await api.addStaff(workshop.owner.session, { role: 'manager', name: 'Monika Kierownik' });
  const mechanic = await api.addStaff(workshop.owner.session, { role: 'mechanic', name: 'Marek Mechanik' });

  await signInToShell(page, manager);
  if (isMobile) {
    // The bar holds four destinations and "More" within the thumb's reach; no sidebar.
    await expect(mainNav(page).getByRole('link')).toHaveText(ON_THE_BAR);
    await expect(page.getByRole('complementary')).toBeHidden();
    await mainNav(page).getByRole('button', { name: 'More' }).click();
    await expect(page.getByRole('menu').getByRole('menuitem')).toHaveText([
      'My jobs',
      'Clients',
      'Parts',
      'Invoices',
      'Reports',
      'Settings',
    ]);
    // Radix hides the page from assistive tech behind an open menu: the menu is what is judged.
    await axe.check({ include: '[role="menu"]' });
    await shots.take('more-menu');
    await page.getByRole('menuitem', { name: 'Reports' }).click();
    await expect(page).toHaveURL(/\/reports(\?|$)/);
    await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  } else {
    await expect(page.getByRole('complementary').getByText(workshop.name)).toBeVisible();
    await expect(mainNav(page).getByRole('link')).toHaveText(MANAGERS);
    await mainNav(page).getByRole('link', { name: 'Reports' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  }
  // The page's own destination is marked current (on a phone it sits under "More": none on the bar).
  await expect(mainNav(page).locator('a[aria-current="page"]')).toHaveText(isMobile ? [] : ['Reports']);
  await axe.check();
  await shots.take('manager');

  // Sign out, from the account menu, lands on the sign-in page saying so.
  await signOutFromMenu(page);
  await axe.check();

  await signInToShell(page, mechanic);
  expect(await destinations(page, isMobile)).toEqual(isMobile ? MECHANIC_ON_THE_PHONE : EVERYONE);
  await expect(mainNav(page).getByRole('link', { name: 'Home', exact: true })).toHaveAttribute('aria-current', 'page');
  await axe.check();
  await shots.take('mechanic');
});

/** The owner of `home` made a manager of `other` too, by invitation accepted with their password. */
async function staffOfTwo(api: PitlaneApi, mailbox: Mailbox, home: TestWorkshop, other: TestWorkshop): Promise<Person> {
  const invitation = await api.invite(other.owner.session, { role: 'manager', email: home.owner.email });
  const mail = await mailbox.waitFor(invitation.email, { withLink: '/accept-invitation' });
  const token = new URLSearchParams(new URL(mail.link('/accept-invitation')).hash.slice(1)).get('token');
  // An existing account answers with its own password; its name stays its own.
  const accepted = await api.request<Session>('POST', '/auth/invitations/accept', {
    body: { token, password: home.owner.password, name: home.owner.name },
    expect: 201,
  });
  expect(accepted.workshop.id).toBe(other.id);
  return home.owner;
}

test('a person on the staff of two workshops switches between them from the account menu', async ({
  page,
  api,
  workshop,
  mailbox,
  axe,
  shots,
  isMobile,
}) => {
  const other = await api.signUpWorkshop({ name: `E2E Warsztat Kraków ${Date.now().toString(36)}` });
  const person = await staffOfTwo(api, mailbox, workshop, other);
  await signInToShell(page, person);
  const workshopName = isMobile ? page.getByRole('banner') : page.getByRole('complementary');
  await expect(workshopName).toContainText(workshop.name);

  await accountMenuButton(page).click();
  const menu = page.getByRole('menu');
  await expect(menu.getByText('Switch workshop')).toBeVisible();
  await expect(menu.getByRole('menuitemradio', { name: 'Follow the system' })).toHaveAttribute('aria-checked', 'true');
  await axe.check({ include: '[role="menu"]' });
  await shots.take('account-menu');
  await menu.getByRole('menuitem', { name: other.name }).click();

  // The other workshop, as its manager: its name, the role, nothing of the first one cached.
  await expect(workshopName).toContainText(other.name);
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole('main')).toContainText(other.name);
  if (!isMobile) await expect(accountMenuButton(page)).toContainText('Manager');
  await axe.check();
  await shots.take('switched');

  // ... and back.
  await chooseFromAccountMenu(page, workshop.name);
  await expect(workshopName).toContainText(workshop.name);
  if (!isMobile) await expect(accountMenuButton(page)).toContainText('Owner');
});

test('the account menu sets the theme and the language, and a reload keeps the session', async ({
  page,
  workshop,
  isMobile,
}) => {
  await signInToShell(page, workshop.owner);

  await chooseFromAccountMenu(page, 'Dark');
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await chooseFromAccountMenu(page, 'Polski');
  await expect(page.getByRole('navigation', { name: 'Główne' }).getByRole('link', { name: 'Pojazdy' })).toBeVisible();

  // A reload has no access token in memory: the refresh cookie brings the session (and the
  // person's choices) back, on the page it was on.
  await openPage(page, '/settings/security');
  await expect(page.getByRole('heading', { level: 1, name: 'Bezpieczeństwo' })).toBeVisible();
  await expect(page).toHaveURL(/\/settings\/security$/);
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  const refreshed = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/session/refresh'));
  await page.reload();
  expect((await refreshed).status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Bezpieczeństwo' })).toBeVisible();
  await expect(page.context().cookies()).resolves.toContainEqual(
    expect.objectContaining({ name: 'pitlane_refresh', httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' }),
  );
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toMatch(/eyJ|refresh/i);

  await page.getByRole('button', { name: /^Menu konta: / }).click();
  await page.getByRole('menuitemradio', { name: 'Język warsztatu (English)' }).click();
  await expect(mainNav(page).getByRole('link', { name: isMobile ? 'Vehicles' : 'Settings' })).toBeVisible();
  await chooseFromAccountMenu(page, 'Follow the system');
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
});

test('without a session a staff URL asks to sign in, and comes back to it', async ({ page, workshop }) => {
  await page.goto('/settings/workshop');
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByLabel('Email', { exact: true }).fill(workshop.owner.email);
  await page.getByLabel('Password', { exact: true }).fill(workshop.owner.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/settings/workshop');
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop' })).toBeVisible();
});

test('another workshop’s vehicle is "not found", inside the shell', async ({ page, api, workshop, axe, shots }) => {
  const stranger = await api.signUpWorkshop();
  const theirs = await api.createVehicle(stranger.owner.session, { plate: 'KR 55555' });
  await signInToShell(page, workshop.owner);
  await openStaffPage(page, `/vehicles/${theirs.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  await expect(page.getByText('This page does not exist, or it belongs to another workshop.')).toBeVisible();
  await expect(page.getByText('KR 55555')).toHaveCount(0);
  await expect(page.getByRole('main')).toHaveCount(1);
  await axe.check();
  await shots.take('not-found');
  await page.getByRole('link', { name: 'Go to home' }).click();
  await expect(page).toHaveURL(/\/home$/);
});
