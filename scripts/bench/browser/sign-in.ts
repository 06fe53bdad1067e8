import type { Page } from '@playwright/test';

/** Signs in through the login page and waits for the staff shell's own landmark. */
export async function signInAsOwner(page: Page, owner: { email: string; password: string }): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password', { exact: true }).fill(owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The URL changes before the staff shell renders: wait for the shell's own landmark.
  await page.getByRole('navigation', { name: 'Main' }).first().waitFor();
}
