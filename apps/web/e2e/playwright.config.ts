import { defineConfig } from '@playwright/test';
import { freePortSync } from './stack/free-port';
import { ARTIFACTS_DIR, STACK_ENV, stackBaseUrl } from './stack/paths';

// End to end against the real stack (global-setup.ts), in the machine's Chromium: nothing may
// download a browser here (WEB.md). `npm run test:e2e` at the root builds and runs it. This file
// sits in e2e/ (not beside vite.config.ts) so that e2e/tsconfig.json, the Node-side project, is
// the one type-checking and linting it.
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

// Chosen once, here, because `use.baseURL` must be known before global setup starts the API on
// it. Workers evaluate this file again and inherit the runner's environment, so they agree.
const port = (process.env[STACK_ENV.port] ??= String(freePortSync()));
const ci = Boolean(process.env.CI);

export default defineConfig({
  testDir: '.',
  // Not `*.spec.ts`: jest's testMatch at the root would pick those up.
  testMatch: '**/*.e2e.ts',
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
  outputDir: `${ARTIFACTS_DIR}/test-results`,
  reporter: ci ? [['list'], ['html', { outputFolder: `${ARTIFACTS_DIR}/report`, open: 'never' }]] : [['list']],
  // Each test makes its own workshop, so tests may run in any order and side by side; two cores,
  // shared with the API, the worker and PostgreSQL, carry two browsers at most.
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? (ci ? 2 : 1)),
  retries: ci ? 1 : 0,
  forbidOnly: ci,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: stackBaseUrl(port),
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    locale: 'en-GB',
    timezoneId: 'Europe/Warsaw',
    launchOptions: {
      executablePath: process.env.E2E_CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-gpu',
      ],
    },
  },
  projects: [
    {
      name: 'desktop',
      use: { browserName: 'chromium', viewport: { width: 1366, height: 900 } },
    },
    {
      name: 'phone',
      use: {
        browserName: 'chromium',
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
});
