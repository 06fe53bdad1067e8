/**
 * CI's second backend pass, on embedded PostgreSQL 18 (`npm run test:embedded-subset`): the
 * suites whose outcome can depend on the PostgreSQL version or on the embedded server, not the
 * whole suite again. The first pass (`npm test`, the README's command) runs everything on the
 * machine's PostgreSQL 15; running the rest twice proved nothing new and cost CI minutes that the
 * browser e2e needs. Chosen because they touch what changes between majors or servers:
 * - provisioning, roles and the boot guard's catalog queries (CREATEROLE and pg_auth_members
 *   changed in PostgreSQL 16): libs/core/test, health-database-role, database-role-guard;
 * - every migration, and row-level security as the catalog declares it: libs/core/test;
 * - one isolation suite per domain, the promise that matters most, through the API and the
 *   database's own wall: garage, identity, mail log, repairs, scheduling, search;
 * - extensions the schema relies on: pg_trgm and unaccent ranking (search-postgres),
 *   btree_gist exclusion constraints under concurrent writes (scheduling-concurrency);
 * - the PostgreSQL queue backend's locking (job-worker).
 * `npm start` on embedded PostgreSQL is proved separately by scripts/smoke-start.sh. A path on
 * the command line narrows this set further.
 */
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: [
    '<rootDir>/libs/core/test/**/*.spec.ts',
    '<rootDir>/libs/platform/test/operator-role.spec.ts',
    '<rootDir>/apps/api/test/health-database-role.spec.ts',
    '<rootDir>/apps/worker/test/database-role-guard.spec.ts',
    '<rootDir>/apps/api/test/{garage-bola,identity-isolation,mail-log-isolation,repairs-bola,scheduling-isolation}.spec.ts',
    '<rootDir>/apps/api/test/search/{search-rls,search-postgres}.spec.ts',
    '<rootDir>/apps/api/test/scheduling-concurrency.spec.ts',
    '<rootDir>/libs/queue/test/job-worker.spec.ts',
  ],
};
