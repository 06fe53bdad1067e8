import { AppConfig } from '@pitlane/core';

/** Fixed test secrets: never used outside tests. */
export const TEST_JWT_SECRET = 'test-jwt-secret-that-is-long-enough-0123456789';
export const TEST_MASTER_KEY = Buffer.alloc(32, 7).toString('base64');

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run tests through jest's global setup (npm test)`);
  return value;
}

/** The Redis the suite may use, or undefined when none answered (queue suites then say so). */
export function testRedisUrl(): string | undefined {
  return process.env.PITLANE_TEST_REDIS_URL || undefined;
}

/**
 * True in the isolation suites' second run, where the API and worker connect through a role that
 * bypasses row-level security, to prove the code's own tenant conditions hold alone.
 */
export function bypassingRls(): boolean {
  return process.env.PITLANE_TEST_BYPASS_RLS === '1';
}

export const testDatabase = {
  /**
   * The role the API and worker connect as: the application role (NOSUPERUSER NOBYPASSRLS), or,
   * when `bypassingRls()`, a member of it that bypasses row-level security.
   */
  appUrl: (): string => (bypassingRls() ? required('PITLANE_TEST_BYPASS_URL') : required('PITLANE_TEST_APP_URL')),
  /** Always the application role itself, for tests of the database wall (row-level security). */
  rlsAppUrl: (): string => required('PITLANE_TEST_APP_URL'),
  /** The operator role: SELECT on the aggregate views of OPERATOR_VIEWS and nothing else. */
  operatorUrl: (): string => required('PITLANE_TEST_OPERATOR_URL'),
  /** A superuser on the test database, for arranging what the API cannot (and for catalog checks). */
  adminUrl: (): string => required('PITLANE_TEST_ADMIN_DB_URL'),
};

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return AppConfig.fromEnvironment({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: testDatabase.appUrl(),
    // The API serves the operator read model as npm start does: its own pool as the operator role.
    OPERATOR_DATABASE_URL: testDatabase.operatorUrl(),
    JWT_SECRET: TEST_JWT_SECRET,
    MASTER_KEY: TEST_MASTER_KEY,
    // Every API and worker of a run serves /metrics on a free port of its own.
    METRICS_PORT: '0',
    WORKER_METRICS_PORT: '0',
    // One process: the harness builds the application in-process (api-cluster.spec.ts runs two).
    API_PROCESSES: '1',
    // No web app: a build left in apps/web/dist must not change what the API suites see. The
    // suite of the web app's serving points this at a build of its own.
    WEB_DIST_DIR: 'test/no-web-build',
    ...overrides,
  });
}
