'use strict';
// The process that holds `npm start`'s embedded PostgreSQL, started by
// ./detached-embedded-postgres.js in a process group of its own. Ctrl-C in a terminal signals
// the whole foreground group: were Postgres in it, it would shut down at once and the API's
// draining requests would fail. Here it only stops when `npm start` says so (after the API and
// worker have exited) or when `npm start` is gone (the IPC channel closes).
const { startEmbeddedPostgres } = require('./embedded-postgres');

let database = null;
let stopping = false;

async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (database) await database.stop().catch(() => {});
  process.exit(code);
}

process.on('message', (message) => {
  if (message.type === 'start') {
    startEmbeddedPostgres(message.options).then(
      (started) => {
        database = started;
        if (stopping) return void stop(0);
        process.send({ type: 'ready', adminUrl: started.adminUrl });
      },
      (error) => {
        process.send({ type: 'failed', message: error ? error.message || String(error) : 'postgres exited' });
        void stop(1);
      },
    );
  } else if (message.type === 'stop') {
    void stop(0);
  }
});
process.on('disconnect', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
