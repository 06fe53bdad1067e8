#!/usr/bin/env node
'use strict';
// docker compose's one-shot `migrate` service: creates (idempotently) the owner, definer
// (`<owner>_definer`, NOLOGIN), application and operator (OPERATOR_DATABASE_URL's) roles and the database named by
// DATABASE_MIGRATION_URL and DATABASE_URL (docs/tenancy.md, "Roles"), using the Postgres
// superuser URL in DATABASE_ADMIN_URL, then applies the migrations as the owner (what
// `npm run migrate` does). The API and worker start only after it succeeded.
const { migrateDatabase, operatorRoleOf, provisionDatabase } = require('@pitlane/core');

function parts(url, name) {
  if (!url) {
    process.stderr.write(`${name} is required. See .env.example.\n`);
    process.exit(78);
  }
  const parsed = new URL(url);
  return {
    role: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: parsed.pathname.replace(/^\//, ''),
  };
}

async function main() {
  const adminUrl = process.env.DATABASE_ADMIN_URL;
  const app = parts(process.env.DATABASE_URL, 'DATABASE_URL');
  const owner = parts(process.env.DATABASE_MIGRATION_URL, 'DATABASE_MIGRATION_URL');
  parts(adminUrl, 'DATABASE_ADMIN_URL');
  const operator = parts(process.env.OPERATOR_DATABASE_URL, 'OPERATOR_DATABASE_URL');
  if (app.database !== owner.database || operator.database !== app.database)
    throw new Error('DATABASE_URL, DATABASE_MIGRATION_URL and OPERATOR_DATABASE_URL name different databases');
  if (operator.role !== operatorRoleOf(app.role))
    throw new Error(
      `OPERATOR_DATABASE_URL must connect as ${operatorRoleOf(app.role)}, the application role's operator role`,
    );
  await provisionDatabase({
    adminUrl,
    database: app.database,
    ownerRole: owner.role,
    ownerPassword: owner.password,
    appRole: app.role,
    appPassword: app.password,
    operatorPassword: operator.password,
  });
  const { applied } = await migrateDatabase(process.env.DATABASE_MIGRATION_URL, process.env.DATABASE_URL);
  process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n');
}

main().catch((error) => {
  process.stderr.write(`provision and migrate failed: ${error.stack || error.message}\n`);
  process.exit(1);
});
