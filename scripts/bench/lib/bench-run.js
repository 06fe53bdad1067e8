'use strict';
// Small pieces every benchmark run uses: its knobs, batching, bounded waits and progress output.
const fs = require('node:fs');
const net = require('node:net');

function positiveIntFromEnv(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`${name} must be a positive integer\n`);
    process.exit(1);
  }
  return value;
}

function range(count) {
  return Array.from({ length: count }, (_, index) => index);
}

function chunks(items, size) {
  const result = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

async function forEachConcurrently(items, concurrency, work) {
  let next = 0;
  const workers = range(Math.min(concurrency, items.length)).map(async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(workers);
}

function withTimeout(promise, timeoutMs, label) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} timed out after ${timeoutMs / 1000} s`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** mm:ss since `since`, for progress lines. */
function elapsed(since) {
  const total = Math.floor((Date.now() - since) / 1000);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** The last lines of a child's log file, to show when it fails. */
function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** A TCP port on 127.0.0.1 that was free a moment ago, for a child process to listen on. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

module.exports = { chunks, elapsed, forEachConcurrently, freePort, positiveIntFromEnv, range, tail, withTimeout };
