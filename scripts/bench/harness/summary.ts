// Medians over a contender's rounds of one endpoint, and the sentences every report starts with.
import { median } from './explain';
import type { RunContext } from './scenario';
import type { LoadResult } from './wrk';

export interface Summary {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  /** CPU milliseconds per request of the server's processes and of this database's Postgres backends. */
  readonly serverCpuMs: number;
  readonly postgresCpuMs: number;
  readonly cores: Readonly<Record<string, number>>;
  readonly hostBusy: number;
  readonly failed: number;
  readonly roundsRps: readonly number[];
}

export function summarize(rounds: readonly LoadResult[]): Summary {
  const perRequest = (group: string) => rounds.map((round) => ((round.cpu.cores[group] ?? NaN) / round.rps) * 1000);
  const groups = [...new Set(rounds.flatMap((round) => Object.keys(round.cpu.cores)))];
  return {
    rps: median(rounds.map((round) => round.rps)),
    p50: median(rounds.map((round) => round.p50)),
    p99: median(rounds.map((round) => round.p99)),
    serverCpuMs: median(perRequest('server')),
    postgresCpuMs: median(perRequest('postgres')),
    cores: Object.fromEntries(
      groups.map((group) => [group, median(rounds.map((round) => round.cpu.cores[group] ?? NaN))]),
    ),
    hostBusy: median(rounds.map((round) => round.cpu.hostBusy)),
    failed: rounds.reduce((sum, round) => sum + round.badStatus + round.socketErrors, 0),
    roundsRps: rounds.map((round) => round.rps),
  };
}

export function measurementsOf(context: RunContext, label: string): Map<string, Summary> {
  const byEndpoint = context.measurements.get(label) ?? new Map<string, readonly LoadResult[]>();
  return new Map([...byEndpoint].map(([endpoint, rounds]) => [endpoint, summarize(rounds)]));
}

/** How and where it ran, with the machine load: the sentence every table stands under. */
export function runNote(context: RunContext, command: string): string {
  const { settings, load, ranAt, stack } = context;
  return (
    `\`${command}\`, run ${ranAt.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${load.cores} cores, ` +
    `Node ${process.version}, ${stack.database.server}. wrk, 1 thread, ${settings.connections} connections; ` +
    `${settings.rounds} interleaved rounds of ${settings.seconds} s per endpoint and contender (after a ` +
    `${settings.warmupSeconds} s warm-up in the first), medians. **Machine load average ${load.before.toFixed(1)} ` +
    `before, ${load.after.toFixed(1)} after** (${load.cores} cores, shared with other work): the load generator, ` +
    'the servers and Postgres share the cores. CPU is read from /proc inside each run.'
  );
}

export const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
/** A latency for a report: one decimal under 10 ms, whole above. */
export const milliseconds = (value: number) =>
  Number.isFinite(value) ? `${value.toFixed(value < 10 ? 1 : 0)} ms` : 'n/a';
export const whole = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a');
