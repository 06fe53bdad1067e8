#!/usr/bin/env node
'use strict';
// `npm start` and `npm test` on a fresh clone: the README promises those two commands work with
// nothing else run first. When the dependencies were never installed (npm writes
// node_modules/.package-lock.json on every install), install them exactly as the lock file says.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
if (!fs.existsSync(path.join(root, 'node_modules', '.package-lock.json'))) {
  process.stdout.write('[pitlane] first run: installing dependencies (npm ci)\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
