import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Frame, type Page, type TestInfo } from '@playwright/test';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';

type Violation = AxeResults['violations'][number];

export interface AxeCheck {
  /** Only this part of the page (a CSS selector), e.g. an open dialog. */
  include?: string;
  /** Leave these out (CSS selectors), e.g. a third-party widget judged elsewhere. */
  exclude?: string[];
}

const BLOCKING = new Set(['serious', 'critical']);

// axe-core's own bundle, read once per worker. @axe-core/playwright evaluated these ~550 KB again
// on every check (twice in its legacy mode) and finished each run in a fresh blank page: about
// two seconds a check, a few minutes over the suite. Here the source goes in once per document
// and stays across the single-page app's navigations.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Only violations are collected (passes and incomplete results cost time and nobody reads them),
// and each document is judged in itself: frames are checked one by one below, so axe does not
// wait for answers from frames it was never put into.
const RUN_OPTIONS: RunOptions = { resultTypes: ['violations'], iframes: false };

/**
 * axe-core on the page as it is now: fails on any serious or critical finding (WEB.md's bar),
 * listing each rule, what to do, and the elements. Every finding, minor ones too, is attached to
 * the test's report as axe.json.
 */
export class Axe {
  constructor(
    private readonly page: Page,
    private readonly testInfo: TestInfo,
  ) {}

  async check(options: AxeCheck = {}): Promise<void> {
    const main = this.page.mainFrame();
    // Without `include`, axe takes the whole document.
    const context: ElementContext = {
      ...(options.include ? { include: [options.include] } : {}),
      exclude: options.exclude ?? [],
    };
    const violations = await runIn(main, context);
    const skipped: string[] = [];
    // A part of the page asked for (a dialog) is judged alone; a whole page includes its frames
    // that are pages of ours (the embedded booking widget).
    if (!options.include) {
      for (const frame of main.childFrames()) {
        if (!isPageOfOurs(frame.url(), main.url())) {
          skipped.push(frame.url());
          continue;
        }
        violations.push(...(await runIn(frame, { exclude: [] })));
      }
    }
    await this.testInfo.attach('axe.json', {
      body: JSON.stringify({ violations, framesNotChecked: skipped }, null, 2),
      contentType: 'application/json',
    });
    const blocking = violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
    expect(
      blocking.map(describe),
      `${blocking.length} serious or critical accessibility finding(s) on ${this.page.url()}`,
    ).toEqual([]);
  }
}

async function runIn(frame: Frame, context: ElementContext): Promise<Violation[]> {
  await transitionsSettled(frame);
  const loaded = await frame.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await frame.evaluate(AXE_SOURCE);
  // Typed on this side: Playwright's serialisation types cannot walk axe's own types.
  const arg: { context: unknown; options: unknown } = { context, options: RUN_OPTIONS };
  const violations: unknown = await frame.evaluate(async ({ context: within, options }) => {
    const { axe } = window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown }> } };
    return (await axe.run(within, options)).violations;
  }, arg);
  return violations as Violation[];
}

/**
 * A page of ours in a frame (the booking widget): http(s) on the page's origin. A `blob:` frame
 * shows a file the app made (an invoice's PDF, in Chromium's own viewer), not markup of ours.
 */
/**
 * Waits until every finite animation and transition in the frame has ended, twice over a frame
 * apart (one ending may start the next): a button still fading to its hover colour, or a toast
 * sliding in half transparent, would be measured for the contrast of the blend. Spinners run
 * forever and are not waited for.
 */
async function transitionsSettled(frame: Frame): Promise<void> {
  for (let round = 0; round < 2; round++) {
    await frame.evaluate(async () => {
      await Promise.all(
        document
          .getAnimations()
          .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
          .map((animation) => animation.finished.catch(() => undefined)),
      );
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
  }
}

function isPageOfOurs(url: string, of: string): boolean {
  try {
    const frame = new URL(url);
    return (frame.protocol === 'http:' || frame.protocol === 'https:') && frame.origin === new URL(of).origin;
  } catch {
    return false;
  }
}

function describe(violation: Violation): string {
  const nodes = violation.nodes.slice(0, 5).map((node) => {
    const summary = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
    return `    ${node.target.join(' ')}: ${summary}`;
  });
  const more = violation.nodes.length > 5 ? [`    ... and ${violation.nodes.length - 5} more`] : [];
  return [`[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})`, ...nodes, ...more].join(
    '\n',
  );
}
