import { useSyncExternalStore } from 'react';

// One interval for the whole app, however many clocks are on screen: they tick together.
let now = Date.now();
const listeners = new Set<() => void>();
let timer: number | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    now = Date.now();
    timer = window.setInterval(() => {
      now = Date.now();
      listeners.forEach((notify) => notify());
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      window.clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The current time, updated every second while anything shows a running clock. */
export function useTickingNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
