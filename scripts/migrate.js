#!/usr/bin/env node
'use strict';
// `npm run migrate`: applies pending migrations as DATABASE_MIGRATION_URL's role (the owner) and
// grants the application role (DATABASE_URL's user) its access. Both are required: it never
// migrates as the application role. Run `npm run build` first (npm does).
const { migrateDatabase } = require('@pitlane/core');

async function main() {
  const appUrl = process.env.DATABASE_URL;
  const migrationUrl = process.env.DATABASE_MIGRATION_URL;
  // Refused rather than falling back to DATABASE_URL: migrating as the application role makes it
  // the tables' owner, which their row-level security does not hold (and a skipped migration
  // would only fail later, less clearly).
  if (!appUrl || !migrationUrl) {
    process.stderr.write(
      `${appUrl ? 'DATABASE_MIGRATION_URL' : 'DATABASE_URL'} is not set. Migrations run as the owner role ` +
        '(DATABASE_MIGRATION_URL) and grant the application role (DATABASE_URL) its access; they never run as ' +
        'the application role. See .env.example and docs/tenancy.md ("Roles").\n',
    );
    process.exit(78);
  }
  try {
    const { applied } = await migrateDatabase(migrationUrl, appUrl);
    process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n');
  } catch (error) {
    if (error.name !== 'MigrationRoleError') throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
}

main().catch((error) => {
  process.stderr.write(`migration failed: ${error.stack || error.message}\n`);
  process.exit(1);
});
