// A lifecycle inside the run's: what one standalone scenario started (its database, its API) is
// undone when that scenario ends, so the next one measures on a machine without it; on failure
// or Ctrl-C the run's lifecycle undoes whatever is left.
import { type Lifecycle, withTimeout } from './lifecycle';

const CLEANUP_TIMEOUT_MS = 30_000;

export function scopedLifecycle(parent: Lifecycle, label: string): Lifecycle {
  const cleanups: { label: string; undo: () => unknown }[] = [];
  let cleaning: Promise<void> | undefined;
  const cleanUp = (): Promise<void> =>
    (cleaning ??= (async () => {
      for (let next = cleanups.pop(); next; next = cleanups.pop()) {
        try {
          await withTimeout(Promise.resolve().then(next.undo), CLEANUP_TIMEOUT_MS, next.label);
        } catch (error) {
          process.stderr.write(`[bench] cleanup: ${next.label} failed: ${(error as Error).message}\n`);
        }
      }
    })());
  parent.onCleanup(label, cleanUp);
  return {
    onCleanup: (what, undo) => void cleanups.push({ label: what, undo }),
    adopt: (child) => parent.adopt(child),
    interrupted: () => parent.interrupted(),
    cleanUp,
  };
}
