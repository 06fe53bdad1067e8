import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

export interface AxeCheck {
  /** Only this part of the page (a CSS selector), e.g. an open dialog. */
  include?: string;
  /** Leave these out (CSS selectors), e.g. a third-party widget judged elsewhere. */
  exclude?: string[];
}

const BLOCKING = new Set(['serious', 'critical']);

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
    let builder = new AxeBuilder({ page: this.page });
    if (options.include) builder = builder.include(options.include);
    for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
    const results = await builder.analyze();
    await this.testInfo.attach('axe.json', {
      body: JSON.stringify(results.violations, null, 2),
      contentType: 'application/json',
    });
    const blocking = results.violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
    expect(
      blocking.map(describe),
      `${blocking.length} serious or critical accessibility finding(s) on ${this.page.url()}`,
    ).toEqual([]);
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
