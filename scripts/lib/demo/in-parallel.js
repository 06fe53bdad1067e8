'use strict';
// A few requests at a time: the API answers several at once, and the demo is built while the
// person who typed `npm start` waits for it.

const DEMO_CONCURRENCY = 4;

/** Runs `work` on every item, at most `limit` at a time; the first failure fails the whole. */
async function inParallel(items, work, limit = DEMO_CONCURRENCY) {
  const results = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index], index);
    }
  });
  await Promise.all(lanes);
  return results;
}

module.exports = { inParallel };
