import type { Browser, BrowserContext, Page, TestInfo } from '@playwright/test';
import { Axe } from './axe';
import { Shots } from './shots';

/** Another person's browser in the same test: its own cookies and storage, its own checks. */
export interface SecondBrowser {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly axe: Axe;
  readonly shots: Shots;
}

/**
 * A second browser (another customer, the workshop's owner beside an operator) of the size and
 * kind of the test's project, in the run's language and zone (or the `timezoneId` given, for a
 * device elsewhere). Close its `context` at the end.
 */
export async function secondBrowser(
  browser: Browser,
  testInfo: TestInfo,
  baseURL: string,
  { timezoneId = 'Europe/Warsaw' }: { readonly timezoneId?: string } = {},
): Promise<SecondBrowser> {
  const use = testInfo.project.use;
  const context = await browser.newContext({
    baseURL,
    viewport: use.viewport,
    deviceScaleFactor: use.deviceScaleFactor,
    isMobile: use.isMobile,
    hasTouch: use.hasTouch,
    locale: 'en-GB',
    timezoneId,
  });
  const page = await context.newPage();
  return { context, page, axe: new Axe(page, testInfo), shots: new Shots(page, testInfo) };
}
