import type { Page } from '@playwright/test';

/** What the main thread did while a gesture ran: tasks over 50 ms (the Long Tasks API). */
export interface LongTasks {
  readonly count: number;
  readonly totalMs: number;
  readonly maxMs: number;
}

/** Runs `gesture` while a PerformanceObserver collects the page's long tasks. */
export async function longTasksDuring(page: Page, gesture: () => Promise<void>): Promise<LongTasks> {
  await page.evaluate(() => {
    const target = window as unknown as { benchLong: PerformanceEntry[]; benchObserver: PerformanceObserver };
    target.benchLong = [];
    target.benchObserver = new PerformanceObserver((list) => target.benchLong.push(...list.getEntries()));
    target.benchObserver.observe({ type: 'longtask' });
  });
  await gesture();
  // Long tasks are reported after they end: give the last one a frame to arrive.
  await page.waitForTimeout(200);
  const durations = await page.evaluate(() => {
    const target = window as unknown as { benchLong: PerformanceEntry[]; benchObserver: PerformanceObserver };
    target.benchObserver.disconnect();
    return target.benchLong.map((entry) => entry.duration);
  });
  return {
    count: durations.length,
    totalMs: durations.reduce((sum, duration) => sum + duration, 0),
    maxMs: durations.length ? Math.max(...durations) : 0,
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
