// Who used the cores while a load ran, from /proc: each process under test, this database's
// Postgres backends (not other work on a shared server), the load generator, and the host.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

export type ProcessGroups = Record<string, readonly number[]>;

export interface CpuSnapshot {
  readonly atNs: bigint;
  readonly ticks: Map<number, number>;
  readonly host: { busy: number; total: number };
}

/** Cores used by each group over the window, and the host's busy share (0-1). */
export interface CpuShares {
  readonly cores: Record<string, number>;
  readonly hostBusy: number;
}

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system jiffies of one process; undefined once it is gone. */
function processTicks(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

function hostTicks(): { busy: number; total: number } {
  const values = (fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  const total = values.reduce((sum, value) => sum + value, 0);
  return { busy: total - (values[3] ?? 0) - (values[4] ?? 0), total };
}

export function cpuSnapshot(groups: ProcessGroups): CpuSnapshot {
  const ticks = new Map<number, number>();
  for (const pid of Object.values(groups).flat()) {
    const value = processTicks(pid);
    if (value !== undefined) ticks.set(pid, value);
  }
  return { atNs: process.hrtime.bigint(), ticks, host: hostTicks() };
}

/** `groups` at the end of the window: a pid seen only at the end counts from zero (it started within). */
export function cpuShares(before: CpuSnapshot, after: CpuSnapshot, groups: ProcessGroups): CpuShares {
  const wallSeconds = Number(after.atNs - before.atNs) / 1e9;
  const cores: Record<string, number> = {};
  for (const [name, pids] of Object.entries(groups)) {
    let ticks = 0;
    for (const pid of pids) ticks += Math.max(0, (after.ticks.get(pid) ?? 0) - (before.ticks.get(pid) ?? 0));
    cores[name] = ticks / TICKS_PER_SECOND / wallSeconds;
  }
  const hostBusy = (after.host.busy - before.host.busy) / Math.max(1, after.host.total - before.host.total);
  return { cores, hostBusy };
}

/** The 1-minute load average and the core count, for the line every figure carries. */
export function machineLoad(): { load1: number; cores: number } {
  return { load1: os.loadavg()[0] ?? NaN, cores: os.availableParallelism() };
}
