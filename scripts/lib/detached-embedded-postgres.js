'use strict';
// Runs the embedded PostgreSQL of `npm start` in a process group of its own (see
// ./embedded-postgres-host.js for why), so that Ctrl-C stops the API and worker first and the
// database last.
const { fork } = require('node:child_process');
const path = require('node:path');

/**
 * @param {{ dataDir: string, port: number, persistent: boolean }} options
 * @returns {Promise<{ adminUrl: string, stop: () => Promise<void> }>}
 */
function startDetachedEmbeddedPostgres(options) {
  const host = fork(path.join(__dirname, 'embedded-postgres-host.js'), [], {
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise((resolve) => host.once('exit', resolve));
  const stop = async () => {
    if (host.exitCode !== null || host.signalCode !== null) return;
    if (host.connected) host.send({ type: 'stop' });
    else host.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    host.on('message', (message) => {
      if (message.type === 'ready') resolve({ adminUrl: message.adminUrl, stop });
      if (message.type === 'failed') reject(new Error(`embedded PostgreSQL did not start: ${message.message}`));
    });
    host.once('exit', (code) =>
      reject(new Error(`embedded PostgreSQL's process exited (${code}) before it was ready`)),
    );
    host.send({ type: 'start', options });
  });
}

module.exports = { startDetachedEmbeddedPostgres };
