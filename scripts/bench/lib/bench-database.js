'use strict';
// One run's secrets and its throw-away database: a fresh `pitlane_bench_<id>` database with its
// own owner and application roles, migrated, dropped again (roles too) by the run's lifecycle.
const crypto = require('node:crypto');
const { withAdmin, withDatabase } = require('./bench-postgres');

/** Random secrets for the API under test and the passwords of the run's roles and users. */
function benchSecrets() {
  return {
    jwtSecret: crypto.randomBytes(48).toString('base64url'),
    masterKey: crypto.randomBytes(32),
    ownerPassword: crypto.randomBytes(18).toString('base64url'),
    appPassword: crypto.randomBytes(18).toString('base64url'),
    operatorPassword: crypto.randomBytes(18).toString('base64url'),
    userPassword: `bench-${crypto.randomBytes(12).toString('base64url')}`,
  };
}

async function throwAwayDatabase(adminUrl, secrets, lifecycle) {
  // The built core: what production migrates with.
  const { definerRoleOf, dropDatabase, migrateDatabase, operatorRoleOf, provisionDatabase } = require('@pitlane/core');
  const runId = crypto.randomBytes(4).toString('hex');
  const database = `pitlane_bench_${runId}`;
  const ownerRole = `pitlane_bench_${runId}_owner`;
  const appRole = `pitlane_bench_${runId}_app`;
  lifecycle.onCleanup('drop bench roles', () =>
    withAdmin(adminUrl, async (admin) => {
      await admin.query(`drop role if exists ${appRole}`);
      await admin.query(`drop role if exists ${operatorRoleOf(appRole)}`);
      await admin.query(`drop role if exists ${ownerRole}`);
      // provisionDatabase also made the owner's NOLOGIN definer role (docs/tenancy.md, Roles).
      await admin.query(`drop role if exists ${definerRoleOf(ownerRole)}`);
    }),
  );
  lifecycle.onCleanup(`drop database ${database}`, () => dropDatabase(adminUrl, database));
  const { appUrl, migrationUrl, operatorUrl } = await provisionDatabase({
    adminUrl,
    database,
    ownerRole,
    ownerPassword: secrets.ownerPassword,
    appRole,
    appPassword: secrets.appPassword,
    operatorPassword: secrets.operatorPassword,
  });
  await migrateDatabase(migrationUrl, appUrl);
  return { runId, database, appRole, appUrl, migrationUrl, operatorUrl, adminDbUrl: withDatabase(adminUrl, database) };
}

module.exports = { benchSecrets, throwAwayDatabase };
