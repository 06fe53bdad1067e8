// The build's bundle budgets (WEB.md): the JavaScript each document loads before it can render,
// gzipped, and every lazy chunk. Fails the build, naming the offender, when one is over.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KIB = 1024;
const BUDGETS = { staff: 200 * KIB, public: 140 * KIB, landing: 0 };
const LAZY_CHUNK = 130 * KIB;
const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

const gzipped = new Map();
function size(file) {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
  return gzipped.get(file);
}

/** The entry's own file and every static import it pulls in before running. */
function initialFiles(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const child of chunk.imports ?? []) initialFiles(child, seen);
  return seen;
}

const entries = { staff: 'index.html', public: 'public.html', landing: 'landing.html' };
const failures = [];
const initial = new Set();
const report = [];
for (const [name, key] of Object.entries(entries)) {
  const keys = initialFiles(key);
  const files = [...keys].map((k) => manifest[k].file).filter((file) => file.endsWith('.js'));
  files.forEach((file) => initial.add(file));
  const total = files.reduce((sum, file) => sum + size(file), 0);
  report.push(`${name.padEnd(8)} initial JS ${(total / KIB).toFixed(1)} KiB gzip (budget ${BUDGETS[name] / KIB} KiB)`);
  if (total > BUDGETS[name])
    failures.push(`${name} entry loads ${(total / KIB).toFixed(1)} KiB of JS, over ${BUDGETS[name] / KIB} KiB`);
}
let largestLazy = { file: '-', bytes: 0 };
for (const chunk of Object.values(manifest)) {
  if (!chunk.file.endsWith('.js') || initial.has(chunk.file)) continue;
  const bytes = size(chunk.file);
  if (bytes > largestLazy.bytes) largestLazy = { file: chunk.file, bytes };
  if (bytes > LAZY_CHUNK)
    failures.push(`lazy chunk ${chunk.file} is ${(bytes / KIB).toFixed(1)} KiB, over ${LAZY_CHUNK / KIB} KiB`);
}
report.push(
  `largest lazy chunk ${largestLazy.file} ${(largestLazy.bytes / KIB).toFixed(1)} KiB gzip (budget ${LAZY_CHUNK / KIB} KiB)`,
);
console.log(report.join('\n'));
if (failures.length > 0) {
  console.error(`Bundle budgets exceeded:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
