'use strict';
// Connections a benchmark needs before the product's own code runs: is a server there, and a
// superuser client for provisioning and for reading what the run left behind.
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

module.exports = { answers, withAdmin, withDatabase };
