import type { Page } from '@playwright/test';
import { bookableWorkshop } from './support/bookable-workshop';
import { expect, test } from './support/fixtures';
import { openPage } from './support/navigation';
import { secondBrowser } from './support/second-browser';
import { animationsSettled, signInToShell } from './support/staff-shell';
import { totpCode } from './support/totp';

// The operator console (issue 18, item 3) against the real stack, at the desktop and the phone
// size: an operator of this test alone (made by `scripts/operator create`, support/operators.ts:
// a TOTP code is single-use, so the two projects must not share one) signs in with a TOTP code,
// finds a workshop by its slug and suspends it; the owner, in a browser of their own, is refused
// on the next request and the booking page says the workshop takes no bookings; the operator
// reactivates it, and both actions are in the audit log.

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
    operator,
  }, testInfo) => {
    const workshop = await bookableWorkshop(api);
    const owner = await secondBrowser(browser, testInfo, baseURL!);
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
      // A code works once per operator: this test's own (a retry makes a new one).
      await page.getByLabel('Authenticator code').fill(totpCode(operator.otpauthUri));
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('heading', { name: 'Workshops', level: 1 })).toBeVisible();
    });

    await test.step('finds the workshop by its slug', async () => {
      await page.getByRole('searchbox', { name: 'Search workshops' }).fill(workshop.slug);
      await expect(page).toHaveURL(new RegExp(`[?&]q=${workshop.slug}`));
      // A table on a desktop, a card per workshop on a phone (only one of them is displayed).
      const found =
        testInfo.project.name === 'phone'
          ? page.getByRole('list', { name: 'Workshops' }).getByRole('listitem')
          : page
              .getByRole('table', { name: 'Workshops' })
              .getByRole('row')
              .filter({ has: page.getByRole('cell') });
      await expect(found).toHaveCount(1);
      await expect(found.first()).toContainText(workshop.slug);
      await expect(found.first()).toContainText('Active');
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
      // Vehicles: in the sidebar on a desktop and on the bottom bar on a phone.
      await owner.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Vehicles' }).click();
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
      // The log is the platform's: other tests' operators act too; this test's operator is its own.
      const entries = page
        .getByRole('list', { name: 'Operator audit log' })
        .getByRole('listitem')
        .filter({ hasText: operator.email });
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
