import { expect, type Page } from '@playwright/test';
import type { Credentials } from './api-types';
import { openPage, signIn } from './navigation';
import type { Shots } from './shots';

/**
 * The account menu's button, in the sidebar on a desktop and in the header on a phone: the staff
 * shell is on screen once it is.
 */
export function accountMenuButton(page: Page) {
  return page.getByRole('button', { name: /^Account menu for / });
}

/**
 * Signs in and waits for the staff shell itself. `signIn` returns once the URL has left /login,
 * but the router changes the URL before the staff layout has loaded, while the sign-in page (and
 * its main landmark) is still on screen: shortcuts pressed then reach no shell.
 */
export async function signInToShell(page: Page, credentials: Credentials): Promise<void> {
  await signIn(page, credentials);
  await expect(accountMenuButton(page)).toBeVisible();
}

/** Opens a staff page by URL and waits for the shell around it (see `signInToShell`). */
export async function openStaffPage(page: Page, path: string): Promise<void> {
  await openPage(page, path);
  await expect(accountMenuButton(page)).toBeVisible();
}

/** Opens the account menu and picks an item (a menuitem or a menuitemradio) by its name. */
export async function chooseFromAccountMenu(page: Page, item: string | RegExp): Promise<void> {
  await accountMenuButton(page).click();
  const menu = page.getByRole('menu');
  await menu
    .getByRole('menuitem', { name: item })
    .or(menu.getByRole('menuitemradio', { name: item }))
    .click();
}

/** Signs out from the account menu, landing on the sign-in page that says so. */
export async function signOutFromMenu(page: Page): Promise<void> {
  await chooseFromAccountMenu(page, 'Sign out');
  await page.waitForURL((url) => url.pathname === '/login');
  await expect(page.getByText('You signed out. See you soon.')).toBeVisible();
}

/**
 * Waits until every finite animation on the page has ended: a toast sliding in is half
 * transparent, and axe would measure the contrast of the blend rather than of the toast.
 */
export async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

/**
 * Screenshots from the top of the page: a full-page shot of a page scrolled down (to a field
 * with an error) draws the sticky header and sidebar where the scroll left them, mid-page.
 */
export async function shotsFromTop(page: Page, shots: Shots, step: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shots.take(step);
}
