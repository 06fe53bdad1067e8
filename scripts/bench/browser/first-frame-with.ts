import type { Page } from '@playwright/test';

/**
 * performance.now() of the first animation frame at which `count` elements match `selector`:
 * after a `page.goto`, a full load's time from navigation start until everything is drawn.
 * Rejects after 30 s, saying `what` never all showed.
 */
export function firstFrameWith(page: Page, selector: string, count: number, what: string): Promise<number> {
  return page.evaluate(
    ({ selector, count, what }) =>
      new Promise<number>((resolve, reject) => {
        const timeout = window.setTimeout(() => reject(new Error(`the ${what} never all showed`)), 30_000);
        const check = () => {
          if (document.querySelectorAll(selector).length >= count) {
            window.clearTimeout(timeout);
            resolve(performance.now());
          } else requestAnimationFrame(check);
        };
        check();
      }),
    { selector, count, what },
  );
}
