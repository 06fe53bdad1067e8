// A lifecycle inside the run's: what one standalone scenario started (its database, its API) is
// undone when that scenario ends, so the next one measures on a machine without it; on failure
// or Ctrl-C the run's lifecycle undoes whatever is left.
import { type Lifecycle, undoStack } from './lifecycle';

export function scopedLifecycle(parent: Lifecycle, label: string): Lifecycle {
  const { onCleanup, cleanUp } = undoStack();
  parent.onCleanup(label, cleanUp);
  return {
    onCleanup,
    adopt: (child) => parent.adopt(child),
    interrupted: () => parent.interrupted(),
    cleanUp,
  };
}
