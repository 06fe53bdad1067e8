import type { Browser, Page, TestInfo } from '@playwright/test';
import { expect, test } from './support/fixtures';
import {
  accountMenuButton,
  animationsSettled,
  openStaffPage,
  shotsFromTop,
  signInToShell,
} from './support/staff-shell';
import { uniqueEmail, uniquePassword } from './support/unique';

// Settings as an owner and a mechanic meet them: staff and roles (an invitation followed from
// its mail, role changes inside the last-owner rule), what a mechanic may not see, personal
// language and theme, the workshop profile, the security policy and devices, the mail and
// audit logs. Every screen passes axe and is photographed in light and dark.

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

function settingsNav(page: Page) {
  return page.getByRole('navigation', { name: 'Settings' });
}

async function openSection(page: Page, isMobile: boolean, section: string, heading = section): Promise<void> {
  if (!/\/settings\//.test(page.url())) await openSettings(page, isMobile);
  await settingsNav(page).getByRole('link', { name: section, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** A card of a settings page: a section with its heading. */
function card(page: Page, heading: string) {
  return page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: heading }) });
}

/** A second person's browser, at the same size as this test's. */
async function anotherBrowser(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const { baseURL, viewport, isMobile, hasTouch, deviceScaleFactor, locale, timezoneId } = testInfo.project.use;
  const context = await browser.newContext({
    baseURL,
    viewport,
    isMobile,
    hasTouch,
    deviceScaleFactor,
    locale,
    timezoneId,
  });
  return context.newPage();
}

test('an owner invites a mechanic, who joins from the mail; roles change within the last-owner rule', async ({
  page,
  browser,
  workshop,
  mailbox,
  axe,
  shots,
  isMobile,
}, testInfo) => {
  test.setTimeout(120_000);
  await signInToShell(page, workshop.owner);
  await openSection(page, isMobile, 'Staff and roles');

  // The only owner cannot change their own role, and is told why before trying.
  const members = card(page, 'Staff');
  const ownerRow = members.getByRole('listitem').filter({ hasText: workshop.owner.email });
  await expect(ownerRow).toContainText('Owner');
  await expect(ownerRow).toContainText('You are the only owner.');
  await expect(ownerRow.getByRole('combobox')).toHaveCount(0);
  await expect(card(page, 'Pending invitations')).toContainText('No invitations waiting.');
  await axe.check();
  await shots.take('staff');

  // The invitation dialog: a bad address is said on its field.
  await page.getByRole('button', { name: 'Invite someone' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite someone' });
  await dialog.getByLabel('E-mail').fill('marek.nowak');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog.getByLabel('E-mail')).toHaveAccessibleDescription('Enter a valid e-mail address.');
  await axe.check({ include: '[role="dialog"]' });
  await shots.take('invite-dialog');
  const email = uniqueEmail('mechanic');
  await dialog.getByLabel('E-mail').fill(email);
  await dialog.getByLabel('Name (optional)').fill('Marek Nowak');
  await expect(dialog.getByLabel('Role')).toHaveValue('mechanic');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Invitation sent to ${email}`)).toBeVisible();
  await expect(card(page, 'Pending invitations').getByRole('listitem').filter({ hasText: email })).toContainText(
    'Mechanic',
  );

  // The mechanic follows the mailed link (its token in the fragment) in their own browser.
  const mail = await mailbox.waitFor(email, { withLink: '/accept-invitation' });
  expect(mail.link('/accept-invitation')).toContain('#token=');
  const mechanicPage = await anotherBrowser(browser, testInfo);
  try {
    await mechanicPage.goto(mail.link('/accept-invitation'));
    await expect(mechanicPage.getByRole('heading', { level: 1, name: 'Join your workshop' })).toBeVisible();
    await mechanicPage.getByLabel('Your name').fill('Marek Nowak');
    await mechanicPage.getByLabel('Password', { exact: true }).fill(uniquePassword());
    await mechanicPage.getByRole('button', { name: 'Join the workshop' }).click();
    await expect(accountMenuButton(mechanicPage)).toHaveAccessibleName('Account menu for Marek Nowak');
    await expect(mechanicPage).toHaveURL(/\/home$/);
  } finally {
    await mechanicPage.context().close();
  }

  // The owner sees them on the staff, no longer invited, and makes them a manager.
  await openStaffPage(page, '/settings/staff');
  await expect(card(page, 'Pending invitations')).toContainText('No invitations waiting.');
  const marekRole = page.getByRole('combobox', { name: 'Role of Marek Nowak' });
  await expect(marekRole).toHaveValue('mechanic');
  await marekRole.selectOption('manager');
  await expect(page.getByText('Role changed')).toBeVisible();
  await openStaffPage(page, '/settings/staff');
  await expect(marekRole).toHaveValue('manager');

  // With a second owner, the owner may step down, after saying so.
  await marekRole.selectOption('owner');
  await expect(ownerRow).not.toContainText('You are the only owner.');
  const ownRole = ownerRow.getByRole('combobox', { name: 'Your role' });
  await expect(ownRole).toHaveValue('owner');
  await ownRole.selectOption('manager');
  const stepDown = page.getByRole('dialog', { name: 'Change your role to Manager?' });
  await expect(stepDown).toContainText("You lose an owner's rights in this workshop at once.");
  await axe.check({ include: '[role="dialog"]' });
  await stepDown.getByRole('button', { name: 'Cancel' }).click();
  await expect(ownRole).toHaveValue('owner');

  // Marek back to mechanic: the owner is the only one again, and told so.
  await marekRole.selectOption('mechanic');
  await expect(ownerRow).toContainText('You are the only owner.');
  await expect(marekRole).toHaveValue('mechanic');

  // The mail log lists the invitation, sent.
  await openSection(page, isMobile, 'Mail log');
  const logged = page.getByRole('main').getByRole('listitem').filter({ hasText: email });
  await expect(logged).toContainText('Staff invitation');
  await expect(async () => {
    await page.reload();
    await expect(logged).toContainText('Sent', { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await axe.check();
  await shots.take('mail-log');
});

test('a mechanic sees no owner-only settings and reads the workshop profile', async ({
  page,
  api,
  workshop,
  axe,
  shots,
  isMobile,
}) => {
  const mechanic = await api.addStaff(workshop.owner.session, { role: 'mechanic', name: 'Marek Mechanik' });
  await signInToShell(page, mechanic);
  await openSettings(page, isMobile);
  await expect(settingsNav(page).getByRole('link')).toHaveText(['Personal', 'Workshop', 'Security']);
  await axe.check();
  await shots.take('personal-as-mechanic');

  // Opened by URL, an owner's section says it is not for this role.
  for (const path of ['/settings/staff', '/settings/mail-log', '/settings/audit-log']) {
    await openStaffPage(page, path);
    await expect(page.getByRole('status').filter({ hasText: 'Not available for your role' })).toBeVisible();
  }
  await axe.check();
  await shots.take('staff-as-mechanic');

  // The workshop's profile: read, not edited.
  await openSection(page, isMobile, 'Workshop');
  await expect(page.getByText("Only an owner can change the workshop's profile.")).toBeVisible();
  await expect(page.getByLabel('Workshop name')).toBeDisabled();
  await expect(page.getByLabel('Phone')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
  await axe.check();
  await shots.take('workshop-as-mechanic');

  await openSection(page, isMobile, 'Security');
  await expect(page.getByText("Only an owner can change the workshop's policy.")).toBeVisible();
  await expect(card(page, 'Where you are signed in')).toContainText('This device');
});

test('personal settings: the name, the language and the theme', async ({ page, workshop, axe, shots, isMobile }) => {
  await signInToShell(page, workshop.owner);
  await openSection(page, isMobile, 'Personal');
  await expect(page.getByLabel('Language')).toHaveValue('workshop');
  await axe.check();
  await shots.take('personal');

  // A new name, and Polish: the whole app speaks it at once.
  await page.getByLabel('Name', { exact: true }).fill('Olga Właścicielka');
  await page.getByLabel('Language').selectOption('pl');
  await page.getByRole('button', { name: 'Save' }).click();
  const mainNav = page.getByRole('navigation', { name: 'Główne' });
  await expect(mainNav.getByRole('link', { name: 'Pojazdy' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Osobiste' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Menu konta: Olga Właścicielka' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.getByText('Zapisano', { exact: true })).toBeVisible();
  await animationsSettled(page);
  await axe.check();
  await shots.take('personal-pl');

  // It is the person's: a reload keeps it.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Osobiste' })).toBeVisible();
  await page.getByLabel('Język').selectOption('workshop');
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Vehicles' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The theme overrides the system's, and stays over a reload.
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await page.getByRole('radio', { name: 'Follow the system' }).check();
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
});

test('the workshop profile: saved, a bad phone said in place, and the change in the audit log', async ({
  page,
  workshop,
  axe,
  shots,
  isMobile,
}) => {
  await signInToShell(page, workshop.owner);
  await openSection(page, isMobile, 'Workshop');
  await page.getByLabel('Street').fill('ul. Długa 5');
  await page.getByLabel('Postal code').fill('00-238');
  await page.getByLabel('City').fill('Warszawa');
  await page.getByLabel('Phone').fill('call us');
  await page.getByRole('button', { name: 'Save' }).click();

  // The API refuses the phone: said under it, and nothing typed is lost.
  const phone = page.getByLabel('Phone');
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  // Focused for correction, clear of the phone's sticky header.
  await expect(phone).toBeFocused();
  await expect(phone).toBeInViewport({ ratio: 1 });
  if (isMobile) {
    const header = await page.getByRole('banner').boundingBox();
    const field = await phone.boundingBox();
    expect(field!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
  }
  await expect(phone).toHaveAccessibleDescription('Enter a phone number such as +48 22 123 45 67.');
  await expect(page.getByLabel('Street')).toHaveValue('ul. Długa 5');
  await axe.check();
  await shotsFromTop(page, shots, 'workshop-phone-error');

  await phone.fill('+48 22 123 45 67');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expect(phone).not.toHaveAttribute('aria-invalid');

  await openStaffPage(page, '/settings/workshop');
  await expect(page.getByLabel('Street')).toHaveValue('ul. Długa 5');
  await expect(page.getByLabel('City')).toHaveValue('Warszawa');
  await expect(phone).toHaveValue('+48 22 123 45 67');
  await axe.check();
  await shots.take('workshop');

  // The audit log names the change, who made it and which fields, never the values.
  await openSection(page, isMobile, 'Audit log');
  const change = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Workshop profile changed' });
  await expect(change).toHaveCount(1);
  await expect(change).toContainText(workshop.owner.name);
  await expect(change).toContainText('Fields: city, phone, postal code, street');
  await expect(change).not.toContainText('Długa');
  await axe.check();
  await shots.take('audit-log');
});

test('security: the two-step policy needs the owner’s own first, and the devices list this one', async ({
  page,
  api,
  workshop,
  axe,
  shots,
  isMobile,
}) => {
  await signInToShell(page, workshop.owner);
  await openSection(page, isMobile, 'Security');
  const requireMfa = page.getByLabel('Require two-step verification for all staff');
  await expect(requireMfa).toBeDisabled();
  await expect(page.getByText('Turn on your own two-step verification first')).toBeVisible();
  const devices = card(page, 'Where you are signed in');
  await expect(devices.getByRole('listitem').filter({ hasText: 'This device' })).toHaveCount(1);
  await axe.check();
  await shots.take('security-without-2fa');

  // With their own 2FA on (the enrolment pages have their own spec), the owner requires it.
  await api.enableMfa(workshop.owner.session);
  await openStaffPage(page, '/settings/security');
  await expect(page.getByText('On. Signing in asks for a code from your authenticator app.')).toBeVisible();
  await expect(requireMfa).toBeEnabled();
  await requireMfa.check();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await openStaffPage(page, '/settings/security');
  await expect(requireMfa).toBeChecked();

  // This browser is "This device"; the session the API fixture opened is another one, ended here.
  const thisDevice = devices.getByRole('listitem').filter({ hasText: 'This device' });
  await expect(thisDevice).toHaveCount(1);
  await expect(thisDevice.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  const others = devices.getByRole('listitem').filter({ hasNotText: 'This device' });
  await expect(others).toHaveCount(1);
  await axe.check();
  await shots.take('security');
  await others.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('That device is signed out')).toBeVisible();
  await expect(others).toHaveCount(0);
  await api.request('GET', '/me', { token: workshop.owner.session, expect: 401 });
});
