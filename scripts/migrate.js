#!/usr/bin/env node
'use strict';
// `npm run migrate`: applies pending migrations as DATABASE_MIGRATION_URL's role and grants the
// application role (DATABASE_URL's user) its access. Run `npm run build` first (npm does).
const { migrateDatabase } = require('@pitlane/core');

async function main() {
  const appUrl = process.env.DATABASE_URL;
  const migrationUrl = process.env.DATABASE_MIGRATION_URL || appUrl;
  if (!appUrl) {
    process.stderr.write(
      'DATABASE_URL is required (and DATABASE_MIGRATION_URL for the owner role). See .env.example.\n',
    );
    process.exit(78);
  }
  const { applied } = await migrateDatabase(migrationUrl, appUrl);
  process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n');
}

main().catch((error) => {
  process.stderr.write(`migration failed: ${error.stack || error.message}\n`);
  process.exit(1);
});
