import type { Browser, Page, TestInfo } from '@playwright/test';
import { requiredEnv, STACK_ENV } from './stack/paths';
import type { StackOperator } from './stack/operator';
import { Axe } from './support/axe';
import { expect, test } from './support/fixtures';
import { openPage } from './support/navigation';
import type { PitlaneApi, TestWorkshop } from './support/pitlane-api';
import { animationsSettled, signInToShell } from './support/staff-shell';
import { totpCode } from './support/totp';

// The operator console (issue 18, item 3) against the real stack: an operator made by
// `scripts/operator create` (stack/operator.ts) signs in with a TOTP code, finds a workshop by
// its slug and suspends it; the owner, in a browser of their own, is refused on the next request
// and the booking page says the workshop takes no bookings; the operator reactivates it, and both
// actions are in the audit log. Desktop only: the console is desktop-first, and the operator's
// TOTP codes are single-use, so a second project signing in within the same 30 s would be
// refused (the phone layout of the same components is covered by the staff app's specs).

const EVERY_DAY = [{ start: '08:00', end: '18:00' }];

function stackOperator(): StackOperator {
  return JSON.parse(requiredEnv(STACK_ENV.operator)) as StackOperator;
}

/** A workshop whose booking page takes bookings, so "not taking bookings" can only be the suspension. */
async function bookableWorkshop(api: PitlaneApi): Promise<TestWorkshop> {
  const workshop = await api.signUpWorkshop();
  const token = workshop.owner.session;
  await api.request('PATCH', '/settings/schedule', {
    token,
    body: {
      openingHours: {
        mon: EVERY_DAY,
        tue: EVERY_DAY,
        wed: EVERY_DAY,
        thu: EVERY_DAY,
        fri: EVERY_DAY,
        sat: EVERY_DAY,
        sun: EVERY_DAY,
      },
      slotMinutes: 60,
      bays: 1,
      bufferMinutes: 0,
      minNoticeMinutes: 180,
      horizonDays: 30,
      cancellationCutoffMinutes: 60,
    },
  });
  await api.request('POST', '/services', {
    token,
    body: { name: 'Oil change', durationMinutes: 60, priceMinor: 25_000, vatRateBp: 2300, bookableOnline: true },
  });
  return workshop;
}

/** The workshop's owner in a browser of their own. */
async function ownerBrowser(browser: Browser, testInfo: TestInfo, baseURL: string) {
  const use = testInfo.project.use;
  const context = await browser.newContext({
    baseURL,
    viewport: use.viewport,
    locale: 'en-GB',
    timezoneId: 'Europe/Warsaw',
  });
  const page = await context.newPage();
  return { context, page, axe: new Axe(page, testInfo) };
}

/** Nothing loading or sliding in any more (a toast's blend fails contrast): before axe and screenshots. */
async function settle(page: Page) {
  await expect(page.getByText('Loading…')).toHaveCount(0);
  await animationsSettled(page);
}

test.describe('operator console', () => {
  test.describe.configure({ timeout: 180_000 });

  test('an operator signs in with TOTP, suspends a workshop and reactivates it, both audited', async ({
    page,
    api,
    axe,
    shots,
    browser,
    baseURL,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'desktop-first console; TOTP codes are single-use (see above)');
    const operator = stackOperator();
    const workshop = await bookableWorkshop(api);
    const owner = await ownerBrowser(browser, testInfo, baseURL!);
    const check = async (step: string) => {
      await settle(page);
      await axe.check();
      await shots.take(step);
    };

    await test.step('the owner works in the staff app', async () => {
      await signInToShell(owner.page, workshop.owner);
    });

    await test.step('the operator signs in with e-mail, password and the authenticator code', async () => {
      await openPage(page, '/ops');
      await expect(page.getByRole('heading', { name: 'Operator sign-in' })).toBeVisible();
      await check('sign-in');
      await page.getByLabel('E-mail address').fill(operator.email);
      await page.getByLabel('Password').fill(operator.password);
      // A code works once; a retry within the same 30 s uses the next one (the API accepts one step ahead).
      await page
        .getByLabel('Authenticator code')
        .fill(totpCode(operator.otpauthUri, Date.now() + testInfo.retry * 30_000));
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('heading', { name: 'Workshops', level: 1 })).toBeVisible();
    });

    await test.step('finds the workshop by its slug', async () => {
      await page.getByRole('searchbox', { name: 'Search workshops' }).fill(workshop.slug);
      await expect(page).toHaveURL(new RegExp(`[?&]q=${workshop.slug}`));
      const row = page.getByRole('table', { name: 'Workshops' }).getByRole('row');
      await expect(row).toHaveCount(2);
      await expect(row.nth(1)).toContainText(workshop.slug);
      await expect(row.nth(1)).toContainText('Active');
      await check('tenants');
      await page.getByRole('link', { name: workshop.name }).click();
      await expect(page.getByRole('heading', { name: workshop.name, level: 1 })).toBeVisible();
      await check('tenant');
    });

    await test.step('suspends it with a reason, after confirming', async () => {
      await page.getByRole('button', { name: 'Suspend' }).click();
      const dialog = page.getByRole('dialog', { name: `Suspend ${workshop.name}?` });
      await dialog.getByRole('button', { name: 'Suspend workshop' }).click();
      await expect(dialog.getByText('Write a reason of at least 3 characters.')).toBeVisible();
      await dialog.getByLabel('Reason').fill('Spam bookings reported by customers');
      await axe.check({ include: '[role="dialog"]' });
      await dialog.getByRole('button', { name: 'Suspend workshop' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText(`${workshop.name} is suspended.`)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Reactivate' })).toBeVisible();
      await expect(page.getByText('This workshop is suspended: its staff cannot sign in')).toBeVisible();
      await check('tenant-suspended');
    });

    await test.step('the owner is refused on the next request and sees why', async () => {
      // In the page already open: the next call answers 403 and the app shows the sign-in page saying why.
      await owner.page.getByRole('navigation').getByRole('link', { name: 'Clients' }).first().click();
      await expect(owner.page.getByText('You were signed out because the workshop is suspended.')).toBeVisible();
      // And after a reload: the refresh cookie is refused for the same reason.
      await owner.page.reload();
      await expect(owner.page.getByText('You were signed out because the workshop is suspended.')).toBeVisible();
      await owner.axe.check();
    });

    await test.step('the booking page says the workshop takes no bookings', async () => {
      await openPage(owner.page, `/book/${workshop.slug}`);
      await expect(
        owner.page.getByRole('heading', { name: 'This workshop does not take online bookings right now' }),
      ).toBeVisible();
      await owner.axe.check();
    });

    await test.step('reactivates it with a reason', async () => {
      await page.getByRole('button', { name: 'Reactivate' }).click();
      const dialog = page.getByRole('dialog', { name: `Reactivate ${workshop.name}?` });
      await dialog.getByLabel('Reason').fill('Owner confirmed the spam is stopped');
      await dialog.getByRole('button', { name: 'Reactivate workshop' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText(`${workshop.name} is active again.`)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Suspend' })).toBeVisible();
      const audit = page.getByRole('list', { name: 'What operators did' });
      await expect(audit.getByRole('listitem')).toHaveCount(2);
      await expect(audit.getByRole('listitem').nth(0)).toContainText('Workshop reactivated');
      await expect(audit.getByRole('listitem').nth(0)).toContainText('Owner confirmed the spam is stopped');
      await expect(audit.getByRole('listitem').nth(1)).toContainText('Workshop suspended');
      await expect(audit.getByRole('listitem').nth(1)).toContainText('Spam bookings reported by customers');
    });

    await test.step('the booking page and the staff app work again', async () => {
      await openPage(owner.page, `/book/${workshop.slug}`);
      await expect(owner.page.getByRole('heading', { name: `Book a visit at ${workshop.name}` })).toBeVisible();
      await signInToShell(owner.page, workshop.owner);
    });

    await test.step('both actions are in the operator audit log', async () => {
      await page.getByRole('link', { name: 'Audit log' }).click();
      await expect(page.getByRole('heading', { name: 'Operator audit log', level: 1 })).toBeVisible();
      const entries = page.getByRole('list', { name: 'Operator audit log' }).getByRole('listitem');
      await expect(entries.filter({ hasText: 'Owner confirmed the spam is stopped' })).toContainText(
        'Workshop reactivated',
      );
      await expect(entries.filter({ hasText: 'Spam bookings reported by customers' })).toContainText(
        'Workshop suspended',
      );
      await check('audit');
    });

    await test.step('platform health and growth', async () => {
      await page.getByRole('link', { name: 'Health' }).click();
      await expect(page.getByRole('heading', { name: 'Platform health', level: 1 })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Job queues' })).toContainText('mail');
      await check('health');
      await page.getByRole('link', { name: 'Growth' }).click();
      await expect(page.getByRole('heading', { name: 'Growth', level: 1 })).toBeVisible();
      await expect(page.getByText('Signups per day, last 30 days').first()).toBeVisible();
      await check('growth');
    });

    await owner.context.close();
  });
});
