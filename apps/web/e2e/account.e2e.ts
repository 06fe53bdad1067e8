import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import type { Mail } from './support/mailbox';
import { openPage, signIn } from './support/navigation';
import { totpCode } from './support/totp';
import { uniqueEmail, uniqueId, uniquePassword } from './support/unique';

// The account pages as a new owner meets them: sign-up, the mailed links, sign-in with and
// without the second step, the reset code, an invitation. Each screen passes axe and is
// photographed in light and dark.

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The 6-digit code on a line of its own in a password reset mail. */
function resetCodeIn(mail: Mail): string {
  const code = /^\s*(\d{6})\s*$/m.exec(mail.text)?.[1];
  if (!code) throw new Error(`no 6-digit code in the mail "${mail.subject}"`);
  return code;
}

/** The account menu: in the sidebar on a desktop, in the header on a phone. */
async function signOutFromMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Account menu for / }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.waitForURL((url) => url.pathname === '/login');
}

async function fillSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

async function expectHome(page: Page): Promise<void> {
  await page.waitForURL((url) => url.pathname === '/home');
  await expect(page.getByRole('main')).toBeVisible();
}

test('a new owner signs up, verifies the address, turns on 2FA and signs in with a code and a recovery code', async ({
  page,
  mailbox,
  axe,
  shots,
}) => {
  test.setTimeout(150_000);
  const id = uniqueId();
  const owner = { email: uniqueEmail('owner'), password: uniquePassword(), name: 'Łucja Kowalska' };
  const workshopName = `E2E Serwis Łódź ${id}`;

  // Sign-up: the booking address is previewed from the name as the API will derive it.
  await openPage(page, '/signup');
  await expect(page.getByRole('heading', { level: 1, name: 'Create your workshop' })).toBeVisible();
  await page.getByLabel('Workshop name').fill(workshopName);
  await expect(page.getByText(`/book/e2e-serwis-lodz-${id}`)).toBeVisible();
  await page.getByLabel('Your name').fill(owner.name);
  await page.getByLabel('Email', { exact: true }).fill(owner.email);
  await page.getByLabel('Password', { exact: true }).fill('password1234');
  await expect(page.getByText('Strength: weak, too common or easy to guess')).toBeVisible();
  await page.getByLabel('Password', { exact: true }).fill(owner.password);
  await expect(page.getByText('Strength: strong')).toBeVisible();
  await expect(page.getByLabel('Time zone')).toHaveValue('Europe/Warsaw');
  await expect(page.getByLabel('Country')).toHaveValue('PL');
  await page.getByLabel('Workshop language').selectOption('en');
  await axe.check();
  await shots.take('signup');
  await page.getByRole('button', { name: 'Create workshop' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Check your e-mail' })).toBeVisible();
  await expect(page.getByText(owner.email)).toBeVisible();
  await expect(page.getByText(`/book/e2e-serwis-lodz-${id}`)).toBeVisible();
  await axe.check();
  await shots.take('signup-done');

  // The mailed link: verified as the page opens, and the token leaves the address bar.
  const verification = await mailbox.waitFor(owner.email, { withLink: '/verify-email' });
  await page.goto(verification.link('/verify-email'));
  await expect(page.getByRole('heading', { level: 1, name: 'Your e-mail address is confirmed' })).toBeVisible();
  expect(page.url()).not.toContain('token');
  await axe.check();
  await shots.take('verify-email');

  // Sign in and go on to enrol, as the settings page's "turn on" does.
  await openPage(page, '/login?next=%2Fenrol-2fa');
  await fillSignIn(page, owner.email, owner.password);
  await page.waitForURL((url) => url.pathname === '/enrol-2fa');
  await expect(page.getByRole('heading', { level: 1, name: 'Turn on two-step verification' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code to scan with your authenticator app' })).toBeVisible();
  await page.getByText('Cannot scan the code?').click();
  const secret = (await page.getByLabel('Setup key').inputValue()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await axe.check();
  await shots.take('enrol-2fa');
  const otpauthUrl = `otpauth://totp/Pitlane?secret=${secret}`;
  await page.getByLabel('Code from the app').fill(totpCode(otpauthUrl));
  await page.getByRole('button', { name: 'Turn on' }).click();

  // The recovery codes, once: copied, and kept until the owner says they are saved.
  await expect(page.getByRole('heading', { level: 1, name: 'Save your recovery codes' })).toBeVisible();
  const codes = await page
    .getByRole('region', { name: 'Pitlane recovery codes' })
    .getByRole('listitem')
    .allTextContents();
  expect(codes.length).toBeGreaterThanOrEqual(8);
  await page.getByRole('button', { name: 'Copy codes' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(codes.join('\n'));
  await axe.check();
  await shots.take('recovery-codes');
  await page.getByRole('button', { name: 'Continue to Pitlane' }).click();
  await expect(page.getByText('Save the codes and tick this box first.')).toBeVisible();
  await page.getByLabel('I have saved my recovery codes somewhere safe').check();
  await page.getByRole('button', { name: 'Continue to Pitlane' }).click();
  await expectHome(page);

  // Signed out: the sign-in page says so.
  await signOutFromMenu(page);
  await expect(page.getByText('You signed out. See you soon.')).toBeVisible();
  await axe.check();
  await shots.take('login-signed-out');

  // The second step with a code: the enabling code is spent, so the next step's code, pasted
  // with a space as an app shows it.
  await fillSignIn(page, owner.email, owner.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Two-step verification' })).toBeVisible();
  await axe.check();
  await shots.take('login-code');
  const next = totpCode(otpauthUrl, Date.now() + 30_000);
  await page.getByLabel('Authentication code').fill(`${next.slice(0, 3)} ${next.slice(3)}`);
  await expectHome(page);

  // The second step with a recovery code.
  await signOutFromMenu(page);
  await fillSignIn(page, owner.email, owner.password);
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await expect(page.getByLabel('Recovery code')).toBeFocused();
  await axe.check();
  await shots.take('login-recovery-code');
  await page.getByLabel('Recovery code').fill(codes[0]!.toUpperCase());
  await page.getByRole('button', { name: 'Verify' }).click();
  await expectHome(page);

  // A spent recovery code does not work twice; the error is said in place.
  await signOutFromMenu(page);
  await fillSignIn(page, owner.email, owner.password);
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await page.getByLabel('Recovery code').fill(codes[0]!);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('alert')).toContainText('That code did not work');
  await expect(page).toHaveURL(/\/login/);
});

test('a wrong password is said in place, keeping the address', async ({ page, workshop, axe, shots }) => {
  await openPage(page, '/login');
  await axe.check();
  await shots.take('login');
  await fillSignIn(page, workshop.owner.email, `${workshop.owner.password}-wrong`);
  await expect(page.getByRole('alert')).toContainText('The e-mail address or password is not right.');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByLabel('Email', { exact: true })).toHaveValue(workshop.owner.email);
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  await axe.check();
  await shots.take('login-wrong-password');
  await page.getByLabel('Password', { exact: true }).fill(workshop.owner.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expectHome(page);
});

test('a forgotten password is reset with the mailed code', async ({ page, workshop, mailbox, axe, shots }) => {
  const { email } = workshop.owner;
  await openPage(page, '/login');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  await axe.check();
  await shots.take('forgot-password');
  const asked = new Date(Date.now() - 1000);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByRole('button', { name: 'Send code' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Enter the code' })).toBeVisible();
  await expect(page.getByText(`If ${email} has a Pitlane account, a 6-digit code is on its way.`)).toBeVisible();
  await axe.check();
  await shots.take('reset-code');
  const code = resetCodeIn(await mailbox.waitFor(email, { after: asked, subject: 'password reset code' }));

  // A password the policy refuses lands on its field (and spends no try of the code).
  await page.getByLabel('Code from the e-mail').fill(code);
  await page.getByLabel('New password').fill('Password1234!');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByText('This password is too common or too easy to guess.')).toBeVisible();

  // A wrong code is said plainly.
  const wrong = code === '000000' ? '111111' : '000000';
  const newPassword = uniquePassword();
  await page.getByLabel('Code from the e-mail').fill(wrong);
  await page.getByLabel('New password').fill(newPassword);
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByRole('alert')).toContainText('This code is wrong, has expired or was already used.');
  await axe.check();
  await shots.take('reset-code-wrong');

  // The right one, pasted with a space as a mail program may show it.
  await page.getByLabel('Code from the e-mail').fill(`${code.slice(0, 3)} ${code.slice(3)}`);
  await expect(page.getByLabel('Code from the e-mail')).toHaveValue(code);
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your password is changed' })).toBeVisible();
  await axe.check();
  await shots.take('reset-done');
  await page.getByRole('link', { name: 'Sign in' }).click();
  await fillSignIn(page, email, newPassword);
  await expectHome(page);
});

test('an invited mechanic joins from the mailed link with a new account', async ({
  page,
  api,
  workshop,
  mailbox,
  axe,
  shots,
}) => {
  const invitation = await api.invite(workshop.owner.session, { role: 'mechanic', name: 'Marek Nowak' });
  const mail = await mailbox.waitFor(invitation.email, { withLink: '/accept-invitation' });
  await page.goto(mail.link('/accept-invitation'));
  await expect(page.getByRole('heading', { level: 1, name: 'Join your workshop' })).toBeVisible();
  expect(page.url()).not.toContain('token');
  await axe.check();
  await shots.take('accept-invitation');
  await page.getByLabel('Your name').fill('Marek Nowak');
  await page.getByLabel('Password', { exact: true }).fill(uniquePassword());
  await page.getByRole('button', { name: 'Join the workshop' }).click();
  await expectHome(page);
  await expect(page.getByRole('button', { name: 'Account menu for Marek Nowak' })).toBeVisible();
});

test('an invited person with an account is asked for its password', async ({ page, api, workshop, mailbox }) => {
  const other = await api.signUpWorkshop();
  const invitation = await api.invite(workshop.owner.session, { role: 'manager', email: other.owner.email });
  const mail = await mailbox.waitFor(other.owner.email, { withLink: '/accept-invitation' });
  await page.goto(mail.link('/accept-invitation'));
  await page.getByLabel('Yes, I have an account').check();
  await page.getByLabel('Password', { exact: true }).fill(other.owner.password);
  await page.getByRole('button', { name: 'Join the workshop' }).click();
  await expectHome(page);
  expect(invitation.role).toBe('manager');
});

test('a new e-mail address is confirmed from the mailed link', async ({ page, api, workshop, mailbox, axe, shots }) => {
  const newEmail = uniqueEmail('moved');
  await api.request('POST', '/me/email', {
    token: workshop.owner.session,
    body: { newEmail, password: workshop.owner.password },
    expect: 202,
  });
  const mail = await mailbox.waitFor(newEmail, { withLink: '/confirm-email' });
  await page.goto(mail.link('/confirm-email'));
  await expect(page.getByRole('heading', { level: 1, name: 'Your e-mail address is changed' })).toBeVisible();
  await axe.check();
  await shots.take('confirm-email');
  await signIn(page, { email: newEmail, password: workshop.owner.password });
  await expect(page).toHaveURL(/\/home$/);
});

test('a used or broken link says so, never JSON', async ({ page, axe, shots }) => {
  await openPage(page, '/verify-email#token=not-a-real-token');
  await expect(page.getByRole('heading', { level: 1, name: 'This link no longer works' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in to get a new link' })).toBeVisible();
  await axe.check();
  await shots.take('verify-email-dead');
  await openPage(page, '/accept-invitation');
  await expect(page.getByText('This link is incomplete.')).toBeVisible();
  await openPage(page, '/confirm-email?token=not-a-real-token');
  await expect(page.getByRole('heading', { level: 1, name: 'The address could not be changed' })).toBeVisible();
  expect(page.url()).not.toContain('token');
});

test('the account pages speak Polish and Danish', async ({ page, axe, shots }) => {
  await openPage(page, '/login');
  const language = page.getByRole('combobox', { name: 'Language' });
  await language.selectOption('pl');
  await expect(page.getByRole('heading', { level: 1, name: 'Logowanie' })).toBeVisible();
  await page.getByRole('button', { name: 'Zaloguj się', exact: true }).click();
  await expect(page.getByText('Podaj adres e-mail, np. imie@przyklad.pl.')).toBeVisible();
  await axe.check();
  await shots.take('login-pl');
  await page.getByRole('link', { name: 'Załóż konto warsztatu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Załóż konto warsztatu' })).toBeVisible();
  await page.getByLabel('Hasło', { exact: true }).fill('haslo12345678');
  await expect(page.getByText('Siła: słabe, zbyt popularne lub łatwe do odgadnięcia')).toBeVisible();
  await axe.check();
  await shots.take('signup-pl');

  await page.getByRole('combobox', { name: 'Język', exact: true }).selectOption('da');
  await expect(page.getByRole('heading', { level: 1, name: 'Opret dit værksted' })).toBeVisible();
  await expect(page.getByLabel('Land')).toHaveValue('PL');
  await expect(page.getByRole('option', { name: 'Polen' })).toBeAttached();
  await axe.check();
  await shots.take('signup-da');
});

test('a signed-in owner whose link expired gets a new one', async ({ page, workshop, mailbox }) => {
  // The sign-up's mail first: the new link's mail is the one after it.
  const first = await mailbox.waitFor(workshop.owner.email, { withLink: '/verify-email' });
  await openPage(page, '/verify-email#token=spent-or-expired');
  await page.getByRole('link', { name: 'Sign in to get a new link' }).click();
  await fillSignIn(page, workshop.owner.email, workshop.owner.password);
  await page.waitForURL((url) => url.pathname === '/verify-email');
  await page.getByRole('button', { name: 'Send a new link' }).click();
  await expect(page.getByText('A new link is on its way.')).toBeVisible();
  const mail = await mailbox.waitFor(workshop.owner.email, {
    withLink: '/verify-email',
    after: new Date(first.receivedAt.getTime() + 1),
  });
  await page.goto(mail.link('/verify-email'));
  await expect(page.getByRole('heading', { level: 1, name: 'Your e-mail address is confirmed' })).toBeVisible();
});

test('a workshop that requires 2FA sends a new mechanic to enrol before anything else', async ({
  page,
  api,
  workshop,
  mailbox,
  axe,
  shots,
}) => {
  await api.enableMfa(workshop.owner.session);
  await api.request('PATCH', '/settings/security', { token: workshop.owner.session, body: { requireMfa: true } });
  const invitation = await api.invite(workshop.owner.session, { role: 'mechanic' });
  const mail = await mailbox.waitFor(invitation.email, { withLink: '/accept-invitation' });
  await page.goto(mail.link('/accept-invitation'));
  await page.getByLabel('Your name').fill('Piotr Mechanik');
  await page.getByLabel('Password', { exact: true }).fill(uniquePassword());
  await page.getByRole('button', { name: 'Join the workshop' }).click();

  await page.waitForURL((url) => url.pathname === '/enrol-2fa');
  await expect(page.getByRole('heading', { level: 1, name: 'Set up two-step verification' })).toBeVisible();
  await expect(page.getByText('Your workshop requires two-step verification.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await axe.check();
  await shots.take('enrol-2fa-required');
  await page.getByText('Cannot scan the code?').click();
  const secret = (await page.getByLabel('Setup key').inputValue()).replace(/\s/g, '');
  await page
    .getByLabel('Code from the app')
    .fill('000000' === totpCode(`otpauth://totp/P?secret=${secret}`) ? '111111' : '000000');
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByText('That code is not right.')).toBeVisible();
  await page.getByLabel('Code from the app').fill(totpCode(`otpauth://totp/P?secret=${secret}`));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await page.getByLabel('I have saved my recovery codes somewhere safe').check();
  await page.getByRole('button', { name: 'Continue to Pitlane' }).click();
  await expectHome(page);
});
