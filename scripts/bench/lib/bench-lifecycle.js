'use strict';
// What every benchmark run owns and must give back: resources register how to undo themselves
// and are undone in reverse order, exactly once, also on failure and on Ctrl-C; child processes
// still alive at exit are killed; a running load generator is stopped on a signal.
const { withTimeout } = require('./bench-run');

/** `cleanupTimeoutMs`: how long one undo may take before the next one runs. */
function createLifecycle(say, { cleanupTimeoutMs = 30_000 } = {}) {
  const cleanups = [];
  const liveChildren = new Set();
  let cleaning;
  let interrupted = false;
  let currentLoad;

  function onCleanup(label, undo) {
    cleanups.push({ label, undo });
  }

  function cleanUp() {
    cleaning ??= (async () => {
      while (cleanups.length > 0) {
        const { label, undo } = cleanups.pop();
        try {
          await withTimeout(Promise.resolve().then(undo), cleanupTimeoutMs, label);
        } catch (error) {
          process.stderr.write(`[bench] cleanup: ${label} failed: ${error.message}\n`);
        }
      }
    })();
    return cleaning;
  }

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (interrupted) {
        process.stderr.write('[bench] second signal: exiting before cleanup finished\n');
        process.exit(130);
      }
      interrupted = true;
      say(`${signal}: stopping and cleaning up (press Ctrl-C again to exit at once)`);
      currentLoad?.stop();
      void cleanUp().finally(() => {
        say('cleaned up');
        process.exit(130);
      });
    });
  }

  // Last resort if the process exits without having run the cleanup (it cannot await here).
  process.on('exit', () => {
    for (const child of liveChildren) child.kill('SIGKILL');
  });

  return {
    onCleanup,
    cleanUp,
    liveChildren,
    interrupted: () => interrupted,
    /** The autocannon instance a signal should stop (undefined when none runs). */
    setCurrentLoad: (load) => {
      currentLoad = load;
    },
  };
}

/** Runs `main`, cleans up, and exits 0, 1 on failure or 130 when interrupted. */
function runMain(main, lifecycle, say) {
  main()
    .then(() => lifecycle.cleanUp())
    .then(() => {
      say('done');
      process.exit(0);
    })
    .catch(async (error) => {
      if (!lifecycle.interrupted()) process.stderr.write(`[bench] failed: ${error.stack || error.message}\n`);
      await lifecycle.cleanUp();
      process.exit(lifecycle.interrupted() ? 130 : 1);
    });
}

module.exports = { createLifecycle, runMain };
