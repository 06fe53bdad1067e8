// Timing async work in-process: N runs one at a time, and nearest-rank percentiles of the times
// (bounded concurrency is in concurrently.ts).

/** `runs` calls of `work`, one after the other; milliseconds of each, sorted, and the last answer. */
export async function timeRuns<T>(runs: number, work: () => Promise<T>): Promise<{ ms: number[]; last: T }> {
  const ms: number[] = [];
  let last: T | undefined;
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    last = await work();
    ms.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  if (last === undefined) throw new Error('timeRuns needs at least one run');
  return { ms: ms.sort((a, b) => a - b), last };
}

/** Nearest rank: the smallest value at or above `fraction` of the sorted values; NaN when empty. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}
