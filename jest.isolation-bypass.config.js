/**
 * The isolation suites' second run (`npm run test:isolation-bypass`): only the suites named
 * `*-bola.spec.ts` or `*-isolation.spec.ts` under apps/api/test, with the API and worker
 * connected through a role that bypasses row-level security (PITLANE_TEST_BYPASS_RLS=1, set by
 * the npm script), so the code's own tenant conditions alone must keep workshops apart. A path
 * given on the command line narrows this set further.
 */
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ['<rootDir>/apps/api/test'],
  testMatch: ['**/*-bola.spec.ts', '**/*-isolation.spec.ts'],
};
