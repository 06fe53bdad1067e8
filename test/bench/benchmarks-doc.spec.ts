import { endMarker, renderReport, renderTable, replaceSection, startMarker } from '../../scripts/bench/harness/render';
import type { ScenarioReport } from '../../scripts/bench/harness/report';

const report: ScenarioReport = {
  id: 'api-lookups',
  title: 'API lookups',
  notes: ['Run on 2 cores at load 3.0.'],
  tables: [{ columns: ['endpoint', 'req/s'], align: ['left', 'right'], rows: [['`GET /me`', '1,200']] }],
  raw: {},
};

const DOCUMENT = [
  '# Benchmarks',
  '',
  '## Older section',
  '',
  'Kept | as it is.',
  '',
  '## API lookups',
  '',
  startMarker('api-lookups'),
  '',
  'old numbers',
  '',
  endMarker('api-lookups'),
  '',
  'A finding people wrote.',
  '',
  '## Later section',
  '',
  'Also kept.',
  '',
].join('\n');

describe('the benchmarks renderer', () => {
  it('replaces only the text between the scenario markers', () => {
    const updated = replaceSection(DOCUMENT, report, renderReport(report));

    expect(updated).not.toContain('old numbers');
    expect(updated).toContain('| `GET /me` | 1,200 |');
    const [before, after] = DOCUMENT.split(/<!-- bench:api-lookups:start -->[\s\S]*<!-- bench:api-lookups:end -->/);
    expect(updated.startsWith(before!)).toBe(true);
    expect(updated.endsWith(after!)).toBe(true);
  });

  it('leaves markers of other scenarios alone', () => {
    const other = { ...report, id: 'bare-limit' };
    const withOther = `${DOCUMENT}${startMarker('bare-limit')}\n\nbare numbers\n\n${endMarker('bare-limit')}\n`;

    const updated = replaceSection(withOther, report, renderReport(report));

    expect(updated).toContain('bare numbers');
    expect(replaceSection(updated, other, 'new bare')).not.toContain('old numbers');
  });

  it('appends a heading and the markers when the document has none', () => {
    const updated = replaceSection('# Benchmarks\n', report, renderReport(report));

    expect(updated).toBe(
      `# Benchmarks\n\n## API lookups\n\n${startMarker('api-lookups')}\n\n${renderReport(report)}\n\n${endMarker('api-lookups')}\n`,
    );
  });

  it('escapes pipes inside cells and right-aligns numeric columns', () => {
    expect(renderTable({ columns: ['a', 'b'], align: ['left', 'right'], rows: [['x | y', '1']] })).toBe(
      '| a | b |\n| --- | --: |\n| x \\| y | 1 |',
    );
  });
});
