'use strict';
// Connections a benchmark needs before the product's own code runs: is a server there, and a
// superuser client for provisioning and for reading what the run left behind.
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Client } = require('pg');

async function answers(url) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function withAdmin(url, work) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * The server to measure on: BENCH_DATABASE_URL, else the machine's Postgres on 127.0.0.1:5432 if
 * it answers, else embedded Postgres in `tempDir` (stopped by `lifecycle` at the end).
 */
async function startPostgres(tempDir, lifecycle, say) {
  if (process.env.BENCH_DATABASE_URL) {
    return { adminUrl: process.env.BENCH_DATABASE_URL, description: 'the server at BENCH_DATABASE_URL' };
  }
  const machineUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await answers(machineUrl))
    return { adminUrl: machineUrl, description: "the machine's Postgres on 127.0.0.1:5432" };
  const { startEmbeddedPostgres } = require('../../lib/embedded-postgres');
  const port = 55_000 + crypto.randomInt(5_000);
  fs.chmodSync(tempDir, 0o755);
  say(`no Postgres on 127.0.0.1:5432; starting embedded Postgres on port ${port}`);
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(tempDir, 'postgres'), port, persistent: false });
  lifecycle.onCleanup('stop embedded Postgres', () => embedded.stop());
  return { adminUrl: embedded.adminUrl, description: `embedded Postgres on 127.0.0.1:${port}` };
}

/** Cores, CPU model, memory, OS, Node and PostgreSQL versions, for the line that says where a run ran. */
async function describeMachine(adminUrl) {
  const postgresVersion = await withAdmin(
    adminUrl,
    async (admin) => (await admin.query('show server_version')).rows[0].server_version,
  );
  let cores;
  try {
    cores = Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  } catch {
    cores = os.availableParallelism();
  }
  return {
    cores,
    cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown CPU',
    memoryGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    postgresVersion,
    platform: `${os.type()} ${os.release()}`,
  };
}

module.exports = { answers, describeMachine, startPostgres, withAdmin, withDatabase };
