// The sentence a standalone scenario's tables stand under: how it ran, where, and the machine
// load average before and after (the figures are only as good as the machine was quiet).
import type { BenchDatabase } from './postgres';

export interface LoadWindow {
  readonly before: number;
  readonly after: number;
  readonly cores: number;
}

export function machineNote(options: {
  command: string;
  ranAt: Date;
  database: BenchDatabase;
  load: LoadWindow;
  /** What was loaded and how, e.g. "autocannon in the bench process, 15 s per measurement." */
  method: string;
}): string {
  const { command, ranAt, database, load, method } = options;
  return (
    `\`${command}\`, run ${ranAt.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${load.cores} cores, ` +
    `Node ${process.version}, ${database.server}. ${method} **Machine load average ${load.before.toFixed(1)} ` +
    `before, ${load.after.toFixed(1)} after** (${load.cores} cores, shared with other work and with the bench ` +
    'process itself: figures taken on a busy machine are upper bounds).'
  );
}
