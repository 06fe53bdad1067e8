import { expect, type Page } from '@playwright/test';
import type { Credentials } from './api-types';

/**
 * Opens `path` and waits for its main landmark. In Chromium, typing right after `goto` races the
 * page's listeners (WEB.md, "Traps seen"): whatever types or presses keys waits for this first.
 */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('main')).toBeVisible();
}

/**
 * Signs in through the login page as a person would (fields and button by their accessible
 * names), and waits until the app has left the login page for the next page's main landmark.
 * For an account with two-step verification, the spec answers the code step itself.
 */
export async function signIn(page: Page, credentials: Credentials): Promise<void> {
  await openPage(page, '/login');
  await page.getByLabel('Email', { exact: true }).fill(credentials.email);
  await page.getByLabel('Password', { exact: true }).fill(credentials.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await expect(page.getByRole('main')).toBeVisible();
}
