import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';
import { freePortSync } from '../../../apps/web/e2e/stack/free-port';
import { STACK_ENV, stackBaseUrl } from '../../../apps/web/e2e/stack/paths';

/**
 * The browser benchmarks' Playwright setup: the e2e's real stack (embedded PostgreSQL, API,
 * worker; apps/web/e2e/global-setup.ts), one worker, the machine's Chromium at 1366×900 (nothing
 * downloads a browser). Each benchmark folder's playwright.config.ts calls this.
 */
export function benchConfig(overrides: { timeoutMinutes: number; use?: PlaywrightTestConfig['use'] }) {
  process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
  // Chosen once: workers evaluate the config again and inherit the runner's environment.
  const port = (process.env[STACK_ENV.port] ??= String(freePortSync()));
  return defineConfig({
    testDir: '.',
    testMatch: '*.bench.ts',
    globalSetup: '../../../apps/web/e2e/global-setup.ts',
    globalTeardown: '../../../apps/web/e2e/global-teardown.ts',
    workers: 1,
    timeout: overrides.timeoutMinutes * 60_000,
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
      ...overrides.use,
    },
  });
}
