'use strict';
// The built API as a child process on 127.0.0.1, the way production runs it, for load tests.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { freePort, tail } = require('./bench-run');

/**
 * Starts `apiMain` with `env` (plus host, ports and the rate limits lifted: one load generator,
 * one address), registers its stop with `lifecycle`, and waits until /health/live answers.
 */
async function startApi({ root, apiMain, env, tempDir, lifecycle, say }) {
  const port = await freePort();
  const logFile = path.join(tempDir, 'api.log');
  const log = fs.openSync(logFile, 'a');
  const childEnv = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HTTP_HOST: '127.0.0.1',
    HTTP_PORT: String(port),
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    RATE_LIMIT_IP_PER_MINUTE: '100000000',
    RATE_LIMIT_IP_PER_HOUR: '100000000',
    RATE_LIMIT_ACCOUNT_PER_MINUTE: '100000000',
    RATE_LIMIT_ACCOUNT_PER_HOUR: '100000000',
    // The metrics endpoint (when the build has one) on a free port of its own.
    METRICS_PORT: String(await freePort()),
    ...env,
  };
  const child = spawn(process.execPath, [apiMain], { cwd: root, env: childEnv, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  lifecycle.liveChildren.add(child);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  void exited.then(() => lifecycle.liveChildren.delete(child));
  const api = { child, exited, baseUrl: `http://127.0.0.1:${port}`, logFile };
  lifecycle.onCleanup('stop the API', () => stopApi(api));
  say(`starting the API on 127.0.0.1:${port}`);
  const deadline = Date.now() + 60_000;
  let gone = false;
  void exited.then(() => (gone = true));
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the API exited during start:\n${tail(logFile)}`);
    try {
      if ((await fetch(`${api.baseUrl}/health/live`)).ok) return api;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the API was not ready within 60 s:\n${tail(logFile)}`);
}

async function stopApi(api) {
  if (api.child.exitCode !== null || api.child.signalCode !== null) return;
  api.child.kill('SIGTERM');
  const timer = setTimeout(() => api.child.kill('SIGKILL'), 10_000);
  await api.exited;
  clearTimeout(timer);
}

module.exports = { startApi, stopApi };
