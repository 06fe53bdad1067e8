import { expect, type Page } from '@playwright/test';

/**
 * Waits until the page is still: its main landmark shown, loading skeletons gone and toasts gone
 * (a fading toast is measured half transparent by axe). Before axe checks and screenshots.
 */
export async function settle(page: Page, { loadingTimeout }: { readonly loadingTimeout?: number } = {}): Promise<void> {
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('status', { name: /^Loading/ })).toHaveCount(0, { timeout: loadingTimeout });
  await expect(page.locator('[data-sonner-toast]')).toHaveCount(0, { timeout: 15_000 });
}
