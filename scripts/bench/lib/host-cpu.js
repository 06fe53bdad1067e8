'use strict';
// CPU accounting from /proc, so a benchmark can say who used the cores while it measured:
// the process under test, Postgres, the load generator, or something else on the machine.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const { setTimeout: sleep } = require('node:timers/promises');

function clockTicksPerSecond() {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

/** Busy and total jiffies of the whole host since boot. */
function hostTicks() {
  const [, ...numbers] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const values = numbers.map(Number);
  const idle = values[3] + (values[4] ?? 0);
  return { busy: values.reduce((sum, value) => sum + value, 0) - idle, total: values.reduce((s, v) => s + v, 0) };
}

/** User + system jiffies of one process; 0 once it is gone. */
function processTicks(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** The host's busy share over the next `milliseconds` (undefined where there is no /proc). */
async function hostBusyOver(milliseconds) {
  if (!fs.existsSync('/proc/stat')) return undefined;
  const before = hostTicks();
  await sleep(milliseconds);
  const after = hostTicks();
  return (after.busy - before.busy) / Math.max(1, after.total - before.total);
}

/** Jiffies of every process named `postgres`, by pid (backends come and go). */
function postgresTicks() {
  const ticks = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') ticks.set(entry, processTicks(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return ticks;
}

/** Where the CPU time goes from here: this process (the load generator), `apiPid`, Postgres, the host. */
function cpuSnapshot(apiPid) {
  if (!fs.existsSync('/proc/stat')) return undefined;
  return {
    at: process.hrtime.bigint(),
    bench: process.cpuUsage(),
    api: processTicks(apiPid),
    postgres: postgresTicks(),
    host: hostTicks(),
  };
}

/** Cores used between two snapshots by autocannon, the API and Postgres, and the host's busy share. */
let ticksPerSecondCache;

function cpuShares(before, after) {
  if (!before || !after) return undefined;
  const ticksPerSecond = (ticksPerSecondCache ??= clockTicksPerSecond());
  const wallSeconds = Number(after.at - before.at) / 1e9;
  const bench = process.cpuUsage(before.bench);
  let postgres = 0;
  for (const [pid, ticks] of after.postgres) postgres += Math.max(0, ticks - (before.postgres.get(pid) ?? 0));
  return {
    autocannon: (bench.user + bench.system) / 1e6 / wallSeconds,
    api: (after.api - before.api) / ticksPerSecond / wallSeconds,
    postgres: postgres / ticksPerSecond / wallSeconds,
    hostBusy: (after.host.busy - before.host.busy) / Math.max(1, after.host.total - before.host.total),
  };
}

/** Says so when the machine is busy before the run starts: the numbers will carry it. */
async function warnIfBusy(say) {
  const busy = await hostBusyOver(3_000);
  if (busy !== undefined && busy > 0.2) {
    say(`warning: the machine is already ${Math.round(busy * 100)} % busy; the numbers will be noisy`);
  }
}

module.exports = {
  clockTicksPerSecond,
  cpuShares,
  cpuSnapshot,
  hostBusyOver,
  hostTicks,
  postgresTicks,
  processTicks,
  warnIfBusy,
};
