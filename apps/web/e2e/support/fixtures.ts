import { test as base } from '@playwright/test';
import type { StackOperator } from '../stack/operator';
import { requiredEnv, STACK_ENV } from '../stack/paths';
import { Axe } from './axe';
import { Mailbox } from './mailbox';
import { createOperator } from './operators';
import { PitlaneApi, type TestWorkshop } from './pitlane-api';
import { Shots } from './shots';

export interface PitlaneFixtures {
  /** The HTTP API, for arranging what a test needs: workshops, staff, clients, vehicles. */
  api: PitlaneApi;
  /** A new workshop of this test alone, signed up through the API; `workshop.owner` signs in. */
  workshop: TestWorkshop;
  /** `await axe.check()`: no serious or critical accessibility finding on the page as it is. */
  axe: Axe;
  /** `await shots.take('step')`: full-page screenshots, light and dark, in e2e-artifacts. */
  shots: Shots;
  /** A new platform operator of this test alone (e-mail, password, otpauth URI for its codes). */
  operator: StackOperator;
}

export interface PitlaneWorkerFixtures {
  /** The SMTP sink's mail: `await mailbox.waitFor(address, { withLink: '/verify-email' })`. */
  mailbox: Mailbox;
}

/** Every e2e spec imports `test` and `expect` from here (not from @playwright/test). */
export const test = base.extend<PitlaneFixtures, PitlaneWorkerFixtures>({
  mailbox: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
    async ({}, use) => {
      await use(new Mailbox(requiredEnv(STACK_ENV.mailDir)));
    },
    { scope: 'worker' },
  ],
  api: async ({ baseURL, mailbox }, use) => {
    if (!baseURL) throw new Error('baseURL is not set: run the e2e through playwright.config.ts');
    await use(new PitlaneApi(baseURL, mailbox));
  },
  workshop: async ({ api }, use) => {
    await use(await api.signUpWorkshop());
  },
  axe: async ({ page }, use, testInfo) => {
    await use(new Axe(page, testInfo));
  },
  shots: async ({ page }, use, testInfo) => {
    await use(new Shots(page, testInfo));
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
  operator: async ({}, use) => {
    await use(await createOperator());
  },
});

export { expect } from '@playwright/test';
