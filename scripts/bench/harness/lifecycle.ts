// What a benchmark run owns and must give back: resources register how to undo themselves and are
// undone in reverse order, exactly once, also on failure and on Ctrl-C; children still alive at
// exit are killed.
import type { ChildProcess } from 'node:child_process';

type Undo = () => unknown;

const CLEANUP_TIMEOUT_MS = 30_000;

export interface Lifecycle {
  onCleanup(label: string, undo: Undo): void;
  adopt(child: ChildProcess): void;
  interrupted(): boolean;
  cleanUp(): Promise<void>;
}

/**
 * Undo steps, run newest first when `cleanUp` is first called (later calls share that run), each
 * under a timeout; one that fails is reported and the rest still run.
 */
export function undoStack(): Pick<Lifecycle, 'onCleanup' | 'cleanUp'> {
  const cleanups: { label: string; undo: Undo }[] = [];
  let cleaning: Promise<void> | undefined;
  return {
    onCleanup: (label, undo) => void cleanups.push({ label, undo }),
    cleanUp: () =>
      (cleaning ??= (async () => {
        for (let next = cleanups.pop(); next; next = cleanups.pop()) {
          try {
            await withTimeout(Promise.resolve().then(next.undo), CLEANUP_TIMEOUT_MS, next.label);
          } catch (error) {
            process.stderr.write(`[bench] cleanup: ${next.label} failed: ${(error as Error).message}\n`);
          }
        }
      })()),
  };
}

export function createLifecycle(say: (line: string) => void): Lifecycle {
  const { onCleanup, cleanUp } = undoStack();
  const children = new Set<ChildProcess>();
  let interrupted = false;

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (interrupted) process.exit(130);
      interrupted = true;
      say(`${signal}: cleaning up (again to exit at once)`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
  // Last resort when the process exits without having cleaned up (it cannot await here).
  process.on('exit', () => {
    for (const child of children) child.kill('SIGKILL');
  });

  return {
    onCleanup,
    adopt: (child) => {
      children.add(child);
      child.once('exit', () => children.delete(child));
    },
    interrupted: () => interrupted,
    cleanUp,
  };
}

/** Runs `main`, cleans up, and exits 0, 1 on failure or 130 when interrupted. */
export function runMain(main: () => Promise<void>, lifecycle: Lifecycle): void {
  main()
    .then(() => lifecycle.cleanUp())
    .then(() => process.exit(0))
    .catch(async (error: Error) => {
      if (!lifecycle.interrupted()) process.stderr.write(`[bench] failed: ${error.stack ?? error.message}\n`);
      await lifecycle.cleanUp();
      process.exit(lifecycle.interrupted() ? 130 : 1);
    });
}

export function withTimeout<T>(promise: Promise<T>, timeoutMs: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} timed out after ${timeoutMs / 1000} s`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
