import { defineConfig } from '@playwright/test';
import { freePortSync } from '../../../apps/web/e2e/stack/free-port';
import { STACK_ENV, stackBaseUrl } from '../../../apps/web/e2e/stack/paths';

// The board benchmark: the e2e's real stack (embedded PostgreSQL, API, worker) and the
// machine's Chromium, one browser, one workshop with a board of 200 repair orders. `npm run bench:order-board`.
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
const port = (process.env[STACK_ENV.port] ??= String(freePortSync()));

export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  globalSetup: '../../../apps/web/e2e/global-setup.ts',
  globalTeardown: '../../../apps/web/e2e/global-teardown.ts',
  workers: 1,
  timeout: 15 * 60_000,
  reporter: [['list']],
  outputDir: '../../../apps/web/e2e-artifacts/bench-results',
  use: {
    baseURL: stackBaseUrl(port),
    viewport: { width: 1366, height: 900 },
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
});
