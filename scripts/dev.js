#!/usr/bin/env node
'use strict';
// `npm run dev`: the API, the worker and the demo workshop as `npm start` runs them
// (scripts/start-local.js), beside Vite's dev server for apps/web with hot reload. Vite proxies
// /api and /health to the API (apps/web/vite.config.ts), so the browser sees one origin, as it
// does in production. Mailed links point at Vite too. Ctrl-C stops both; so does either one
// stopping on its own. HTTP_PORT moves the API (3000), WEB_DEV_PORT the dev server (5173).
const { spawn } = require('node:child_process');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const WEB_DIR = path.join(ROOT, 'apps/web');
const API_PORT = Number(process.env.HTTP_PORT || 3000);
const API_ORIGIN = `http://127.0.0.1:${API_PORT}`;
/** Strict: with the port taken, Vite stops (and so does this) rather than move elsewhere. */
const WEB_PORT = Number(process.env.WEB_DEV_PORT || 5173);
const WEB_URL = `http://localhost:${WEB_PORT}`;

const say = (line) => process.stdout.write(`[pitlane dev] ${line}\n`);
const children = new Map();
let stopping = false;

function viteBin() {
  const manifest = require.resolve('vite/package.json', { paths: [WEB_DIR] });
  return path.join(path.dirname(manifest), require(manifest).bin.vite);
}

function run(name, args, options) {
  const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'inherit', 'inherit'] });
  children.set(name, child);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      say(`${name} stopped (${signal || code}); stopping the rest`);
      stop(code || 1);
    } else if (children.size === 0) {
      process.exit(process.exitCode ?? 0);
    }
  });
}

function stop(code) {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  if (children.size === 0) process.exit(code);
  for (const child of children.values()) {
    // start-local.js stops the API, the worker, PostgreSQL and the mail sink on SIGTERM.
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
  }
}

/** Waits until `url` answers as `ready` wants (by default: answers at all). */
async function waitFor(url, timeoutMs, ready = () => true) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    try {
      if (ready(await fetch(url))) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

async function main() {
  // Ctrl-C reaches every process of the terminal's group; each child stops itself, and this
  // waits for them. A SIGTERM to this process alone is passed on.
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));

  run('api and worker', [path.join(ROOT, 'scripts/start-local.js')], {
    cwd: ROOT,
    // Links in mail (verification, reset, invitation) open the dev server, not the API's port.
    env: { ...process.env, PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL || WEB_URL },
  });
  run('vite', [viteBin(), '--port', String(WEB_PORT), '--strictPort'], {
    cwd: WEB_DIR,
    env: { ...process.env, PITLANE_API_ORIGIN: API_ORIGIN },
  });

  // The API's first start (embedded PostgreSQL, migrations, demo data) can take a minute.
  const ready =
    (await waitFor(`${API_ORIGIN}/health/ready`, 180_000, (response) => response.ok)) &&
    (await waitFor(WEB_URL, 60_000));
  if (!ready || stopping) return;
  say('');
  say(`Open ${WEB_URL} (hot reload; /api and /health go to the API on :${API_PORT}).`);
  say('Press Ctrl-C to stop.');
}

main().catch((error) => {
  process.stderr.write(`[pitlane dev] failed: ${error.stack || error.message}\n`);
  stop(1);
});
