import { expect, test, type Page } from '@playwright/test';
import { requiredEnv, STACK_ENV } from '../../../apps/web/e2e/stack/paths';
import { writeBenchmarkSection } from '../browser/benchmarks-doc';
import { firstFrameWith } from '../browser/first-frame-with';
import { longTasksDuring } from '../browser/long-tasks';
import { dragTable, type MeasuredDrag, spreadRow } from '../browser/results-table';
import { signInAsOwner } from '../browser/sign-in';
import { Mailbox } from '../../../apps/web/e2e/support/mailbox';
import { PitlaneApi } from '../../../apps/web/e2e/support/pitlane-api';

// The repair-order board with 200 cards, in Chromium against the real stack: how long until
// every card is on screen (a cold load of /orders, and the in-app navigation from the home
// page), and the main thread's long tasks (> 50 ms) while a card is dragged across the board.
const CARDS = Number(process.env.BENCH_CARDS ?? 200);
const RUNS = 7;
const DRAGS = 7;
const CONCURRENCY = 8;

/** Where the seeded orders end up, a believable day's spread; each path starts at draft. */
const PATHS: readonly (readonly string[])[] = [
  [],
  [],
  ['estimate_sent'],
  ['approved'],
  ['approved', 'in_progress'],
  ['approved', 'in_progress'],
  ['approved', 'in_progress', 'waiting_parts'],
  ['approved', 'in_progress', 'completed'],
  ['cancelled'],
];

/** Starts a clock now that stops when `count` cards are in the DOM (`window.benchCards`). */
async function armCardClock(page: Page, count: number): Promise<void> {
  await page.evaluate((expected) => {
    const target = window as unknown as { benchCards?: Promise<number>; benchStart?: number };
    target.benchStart = performance.now();
    target.benchCards = new Promise<number>((resolve, reject) => {
      const timeout = window.setTimeout(() => reject(new Error('the cards never all showed')), 30_000);
      const observer = new MutationObserver(() => {
        if (document.querySelectorAll('article[aria-labelledby]').length >= expected) {
          observer.disconnect();
          window.clearTimeout(timeout);
          resolve(performance.now() - target.benchStart!);
        }
      });
      observer.observe(document.body, { subtree: true, childList: true });
    });
  }, count);
}

test('repair-order board: 200 cards rendered, long tasks while dragging', async ({ page, baseURL }) => {
  const api = new PitlaneApi(baseURL!, new Mailbox(requiredEnv(STACK_ENV.mailDir)));
  const workshop = await api.signUpWorkshop({ name: 'Board Bench Garage' });
  const token = workshop.owner.session.accessToken;

  const seedStarted = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < CARDS) {
        const index = next++;
        const vehicle = await api.request<{ id: string }>('POST', '/vehicles', {
          token,
          body: {
            plate: `BN ${String(10_000 + index)}`,
            make: ['Skoda', 'Toyota', 'Volkswagen', 'Ford'][index % 4],
            model: ['Octavia', 'Corolla', 'Passat', 'Focus'][index % 4],
            client: { firstName: 'Bench', lastName: `Client ${index}` },
          },
        });
        const promisedAt = new Date(
          Date.now() + (index % 5 === 0 ? -1 : 1) * 3_600_000 * (1 + (index % 48)),
        ).toISOString();
        const order = await api.request<{ id: string }>('POST', '/repair-orders', {
          token,
          body: { vehicleId: vehicle.id, promisedAt },
        });
        for (const to of PATHS[index % PATHS.length]!) {
          await api.request('POST', `/repair-orders/${order.id}/transitions`, { token, body: { to } });
        }
      }
    }),
  );
  const seedSeconds = (Date.now() - seedStarted) / 1000;

  await signInAsOwner(page, workshop.owner);

  // Cold: a full load of /orders (session exchange, the app's JS, the board's chunk and answer).
  const cold: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.goto('/orders');
    cold.push(await firstFrameWith(page, 'article[aria-labelledby]', CARDS, 'cards'));
  }

  // Warm: from the home page to the full board inside the app (the cached answer drawn at once,
  // refetched behind it).
  const warm: number[] = [];
  const nav = page.getByRole('navigation', { name: 'Main' }).first();
  for (let run = 0; run < RUNS; run++) {
    await nav.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await armCardClock(page, CARDS);
    await nav.getByRole('link', { name: 'Orders' }).click();
    warm.push(await page.evaluate(() => (window as unknown as { benchCards: Promise<number> }).benchCards));
  }
  await expect(page.getByRole('article')).toHaveCount(CARDS);

  // Drag: a draft card lifted, carried over four columns and back, and dropped at home (no API
  // call), while a PerformanceObserver collects the long tasks.
  const drags: MeasuredDrag[] = [];
  for (let run = 0; run < DRAGS; run++) {
    const handle = page
      .locator('section[data-status="draft"]')
      .getByRole('button', { name: /^Move order/ })
      .first();
    await handle.scrollIntoViewIfNeeded();
    const box = (await handle.boundingBox())!;
    const columns = await page.locator('section[data-status]').evaluateAll((sections) =>
      sections.slice(0, 5).map((section) => {
        const rect = section.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + 60 };
      }),
    );
    const started = Date.now();
    const long = await longTasksDuring(page, async () => {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 12, box.y + box.height / 2, { steps: 3 });
      for (const point of [...columns.slice(1), ...columns.slice(0, -1).reverse()]) {
        await page.mouse.move(point.x, point.y, { steps: 10 });
      }
      await page.mouse.up();
    });
    drags.push({ ...long, ms: Date.now() - started });
  }
  await expect(page.locator('section[data-status="draft"]').getByRole('article')).not.toHaveCount(0);

  await writeBenchmarkSection('order-board', [
    '## Repair-order board: 200 cards',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:order-board\` (scripts/bench/order-board): the real stack`,
    `(embedded PostgreSQL, API, worker) and Debian's Chromium at 1366×900 on this 2-core machine, one workshop with`,
    `${CARDS} repair orders across the statuses (seeded through the API in ${seedSeconds.toFixed(0)} s). Render: until all ${CARDS} cards are in`,
    `the DOM, ${RUNS} runs each — cold is a full load of /orders from navigation start (session exchange, JS, the board's`,
    'answer), warm the in-app navigation from Home to Orders (the cached answer drawn, refetched behind it).',
    'Drag: a card lifted with the mouse, carried over four',
    `columns and back and dropped at home (no API call), ${DRAGS} drags; long tasks are main-thread tasks over 50 ms.`,
    '',
    '| render | median ms | min ms | max ms |',
    '|---|---|---|---|',
    spreadRow('cold load of /orders', cold),
    spreadRow('in-app navigation Home → Orders', warm),
    '',
    ...dragTable(drags),
  ]);
});
