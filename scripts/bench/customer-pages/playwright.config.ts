import { defineConfig } from '@playwright/test';
import { freePortSync } from '../../../apps/web/e2e/stack/free-port';
import { STACK_ENV, stackBaseUrl } from '../../../apps/web/e2e/stack/paths';

// Lighthouse on the customer pages: the e2e's real stack (embedded PostgreSQL, API, worker) and
// the machine's Chromium. `npm run bench:customer-pages`.
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
  use: { baseURL: stackBaseUrl(port) },
});
