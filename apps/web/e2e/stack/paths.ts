import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/web, the folder playwright.config.ts sits in. */
export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const REPO_ROOT = path.resolve(WEB_DIR, '../..');
/** Everything a run leaves behind (gitignored; CI keeps the workspace, so it keeps this too). */
export const ARTIFACTS_DIR = path.join(WEB_DIR, 'e2e-artifacts');
export const SCREENSHOTS_DIR = path.join(ARTIFACTS_DIR, 'screenshots');
/** The API's, the worker's and the database's output of the last run, for when a test fails. */
export const STACK_LOGS_DIR = path.join(ARTIFACTS_DIR, 'stack');

/**
 * What global setup hands the test workers, through the environment they inherit (Playwright
 * starts its workers after global setup, from the runner's process.env).
 */
export const STACK_ENV = {
  /** Chosen by playwright.config.ts so that `use.baseURL` and the stack agree. */
  port: 'PITLANE_E2E_PORT',
  /** The folder the SMTP sink writes every message to, one .eml file each. */
  mailDir: 'PITLANE_E2E_MAIL_DIR',
  /** The stack processes' environment, as JSON, for its CLI (stack/operator.ts makes operators with it). */
  cliEnv: 'PITLANE_E2E_CLI_ENV',
} as const;

export function stackBaseUrl(port: string | number): string {
  // localhost, as `npm start` prints it: the address people open, and a secure context for cookies.
  return `http://localhost:${port}`;
}

export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set: run the e2e through playwright.config.ts, whose global setup starts the stack`,
    );
  }
  return value;
}
