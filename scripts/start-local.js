#!/usr/bin/env node
'use strict';
// `npm start`: Pitlane on one machine with nothing installed but Node. Embedded PostgreSQL
// (data under .data/, kept between runs), migrations, a demo workshop, then the API on
// http://localhost:3000 (API_PROCESSES processes, one per core unless set: apps/api/src/cluster)
// and the worker beside it, with a local SMTP sink keeping every mail
// under .data/mail/. Set DATABASE_URL (or SMTP_HOST) to use your own database (or mail server):
// a superuser URL is used only to make the owner and application roles, as for the embedded
// database; an application role's URL is used as is (migrated with DATABASE_MIGRATION_URL when
// set). The app never runs, nor migrates, as a role row-level security does not hold.
// Ctrl-C stops everything.
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { Client } = require('pg');
const { inspectDatabaseUrlRole, migrateDatabase, provisionDatabase } = require('@pitlane/core');
const { startDetachedEmbeddedPostgres } = require('./lib/detached-embedded-postgres');
const { ensureDemoWorkshop } = require('./lib/demo');
const { OWNER } = require('./lib/demo/staff');
const { startLocalSmtpSink } = require('./lib/smtp-sink');

const ROOT = path.resolve(__dirname, '..');
const DATA_DIR = path.join(ROOT, '.data');
const PORT = Number(process.env.HTTP_PORT || 3000);

const say = (line) => process.stdout.write(`[pitlane] ${line}\n`);
const children = [];
let stopDatabase = async () => {};
let stopMail = async () => {};
let stopping = false;

/** Secrets for local runs: made once, kept in .data/, so tokens and data keys survive restarts. */
function localSecrets() {
  const file = path.join(DATA_DIR, 'local-secrets.json');
  if (fs.existsSync(file)) {
    const kept = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (kept.OPERATOR_PASSWORD) return kept;
    // Made before the operator role existed: add its password, keep everything else.
    const upgraded = { ...kept, OPERATOR_PASSWORD: crypto.randomBytes(18).toString('base64url') };
    fs.writeFileSync(file, JSON.stringify(upgraded, null, 2), { mode: 0o600 });
    return upgraded;
  }
  const secrets = {
    JWT_SECRET: crypto.randomBytes(48).toString('base64url'),
    MASTER_KEY: crypto.randomBytes(32).toString('base64'),
    OWNER_PASSWORD: crypto.randomBytes(18).toString('base64url'),
    APP_PASSWORD: crypto.randomBytes(18).toString('base64url'),
    OPERATOR_PASSWORD: crypto.randomBytes(18).toString('base64url'),
  };
  fs.mkdirSync(DATA_DIR, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** The roles `npm start` makes, in the embedded database or in the one a superuser URL names. */
function localRoles(secrets, adminUrl, database) {
  return {
    adminUrl,
    database,
    ownerRole: 'pitlane_owner',
    ownerPassword: secrets.OWNER_PASSWORD,
    appRole: 'pitlane_app',
    appPassword: secrets.APP_PASSWORD,
    operatorPassword: secrets.OPERATOR_PASSWORD,
  };
}

/** Server-wide databases a superuser URL often names; Pitlane gets a database of its own instead. */
const SYSTEM_DATABASES = new Set(['postgres', 'template0', 'template1']);

/**
 * DATABASE_URL, as the kind of role it connects as: an application role is used as is; a
 * superuser (or a role that may create roles) is an admin URL, used only to provision the owner
 * and application roles exactly as the embedded path does; anything else that row-level security
 * does not hold (a database or table owner) is refused, with what to do instead.
 */
async function externalDatabase(secrets, url) {
  const role = await inspectDatabaseUrlRole(url);
  if (role.findings.length === 0) {
    const migrationUrl = process.env.DATABASE_MIGRATION_URL || undefined;
    say(
      migrationUrl
        ? `using DATABASE_URL (application role ${role.role}); migrating as DATABASE_MIGRATION_URL's role`
        : `using DATABASE_URL (application role ${role.role}); DATABASE_MIGRATION_URL is unset, so no migrations ` +
            'run here: the owner role migrates the schema (npm run migrate with DATABASE_MIGRATION_URL)',
    );
    return { appUrl: url, migrationUrl };
  }
  if (role.superuser || role.createRole) {
    const database = SYSTEM_DATABASES.has(role.database) ? 'pitlane' : role.database;
    const provisioned = await provisionDatabase(localRoles(secrets, url, database));
    say(
      `DATABASE_URL connects as ${role.role} (${role.superuser ? 'a superuser' : 'may create roles'}), which ` +
        `row-level security does not hold: used it only to make pitlane_owner (migrations), pitlane_app and ` +
        `pitlane_operator in database ${database}; the API and worker connect as pitlane_app (the operator ` +
        `console's aggregate views as pitlane_operator)`,
    );
    return provisioned;
  }
  const reasons = role.findings.map((f) =>
    f.role === role.role ? f.problem : `is a member of ${f.role}, which ${f.problem}`,
  );
  throw new Error(
    `DATABASE_URL connects as ${role.role}, which ${reasons.join('; ')}: row-level security does not hold it, so ` +
      'one workshop could read every other. Give npm start a superuser URL (it then makes the owner and ' +
      'application roles itself), or set DATABASE_URL to an application role and DATABASE_MIGRATION_URL to the ' +
      'owner role (docs/tenancy.md, "Roles").',
  );
}

async function database(secrets) {
  if (process.env.DATABASE_URL) return externalDatabase(secrets, process.env.DATABASE_URL);
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT || 54329);
  say(`starting embedded PostgreSQL on 127.0.0.1:${port} (data in .data/postgres)`);
  const postgres = await startDetachedEmbeddedPostgres({
    dataDir: path.join(DATA_DIR, 'postgres'),
    port,
    persistent: true,
  });
  stopDatabase = postgres.stop;
  return provisionDatabase(localRoles(secrets, postgres.adminUrl, 'pitlane'));
}

/** The local SMTP sink, unless SMTP_HOST points at a real server. */
async function mailServer() {
  if (process.env.SMTP_HOST) {
    say(`sending mail through ${process.env.SMTP_HOST}`);
    return {};
  }
  const mailDir = path.join(DATA_DIR, 'mail');
  const sink = await startLocalSmtpSink({
    port: Number(process.env.LOCAL_SMTP_PORT || 2525),
    mailDir,
    log: (line) => say(line),
  });
  stopMail = sink.close;
  say(`local mail sink on 127.0.0.1:${sink.port}; every mail is saved in ${mailDir}`);
  return { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port) };
}

function run(name, script, env) {
  const child = spawn(process.execPath, [path.join(ROOT, script)], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      say(`${name} exited (${signal || code}); stopping`);
      void shutdown(1);
    }
  });
  children.push(child);
  return child;
}

async function waitForReady(baseUrl, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/health/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the API did not become ready within ${timeoutMs / 1000}s`);
}

/**
 * The demo workshop (scripts/lib/demo), made through the API just started. A demo that cannot
 * be finished is reported, not fatal: Pitlane itself is running, and the owner can still log in.
 */
async function demoWorkshop(baseUrl, mailDir) {
  try {
    return await ensureDemoWorkshop({
      baseUrl,
      mailDir,
      markerFile: path.join(DATA_DIR, 'demo-built.json'),
      log: say,
    });
  } catch (error) {
    if (!stopping) say(`the demo workshop is incomplete: ${error.message}`);
    return { logins: [OWNER], summary: null };
  }
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  say('stopping');
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGTERM');
          // Past the API's drain (10 s) and its primary's wait for its processes (15 s).
          setTimeout(() => child.kill('SIGKILL'), 20_000).unref();
        }),
    ),
  );
  await stopMail().catch(() => {});
  await stopDatabase().catch(() => {});
  process.exit(code);
}

/**
 * The operator console (/ops) reads daily usage rollups the worker makes every 10 minutes; one
 * made now, after the demo was built, shows the demo workshop's true figures from the first start.
 */
async function rollUpUsage(appUrl) {
  const client = new Client({ connectionString: appUrl });
  try {
    await client.connect();
    await client.query("select platform_usage_rollup((now() at time zone 'UTC')::date)");
  } catch (error) {
    say(`the usage rollup for the operator console failed (the worker retries in 10 minutes): ${error.message}`);
  } finally {
    await client.end().catch(() => {});
  }
}

async function main() {
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  const secrets = localSecrets();
  const { appUrl, migrationUrl, operatorUrl } = await database(secrets);
  if (migrationUrl) {
    const { applied } = await migrateDatabase(migrationUrl, appUrl);
    say(applied.length ? `migrations applied: ${applied.join(', ')}` : 'database is up to date');
  }

  const mail = await mailServer();
  const env = {
    NODE_ENV: 'development',
    JWT_SECRET: secrets.JWT_SECRET,
    MASTER_KEY: secrets.MASTER_KEY,
    ...process.env,
    DATABASE_URL: appUrl,
    ...(migrationUrl ? { DATABASE_MIGRATION_URL: migrationUrl } : {}),
    ...(operatorUrl ? { OPERATOR_DATABASE_URL: operatorUrl } : {}),
    HTTP_PORT: String(PORT),
    ...mail,
  };
  run('api', 'apps/api/dist/main.js', env);
  run('worker', 'apps/worker/dist/main.js', env);
  const baseUrl = `http://localhost:${PORT}`;
  await waitForReady(baseUrl, 60_000);
  const demo = await demoWorkshop(baseUrl, process.env.SMTP_HOST ? null : path.join(DATA_DIR, 'mail'));
  if (stopping) return;
  await rollUpUsage(appUrl);
  say('');
  say(`Pitlane is running at ${baseUrl}`);
  say(`  API docs:    ${baseUrl}/api/docs`);
  for (const [index, login] of demo.logins.entries()) {
    const label = ['Demo login:', 'Demo staff:'][index] ?? '';
    say(`  ${label.padEnd(12)} ${login.email} / ${login.password}  (${login.role}, ${login.name})`);
  }
  if (demo.summary) say(`  Demo data:   ${demo.summary}`);
  say(`  Mail:        ${path.join(DATA_DIR, 'mail')}`);
  say('Press Ctrl-C to stop.');
}

main().catch((error) => {
  process.stderr.write(`[pitlane] start failed: ${error.stack || error.message}\n`);
  void shutdown(1);
});
