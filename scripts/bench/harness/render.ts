// The one renderer: a scenario's report becomes markdown between that scenario's markers in
// docs/benchmarks.md. Only the text between the markers changes; a first run appends a heading
// and the markers at the end. Pure: benchmarks-doc.ts reads, formats and writes the file.
import type { ScenarioReport, Table } from './report';

export const startMarker = (id: string) => `<!-- bench:${id}:start -->`;
export const endMarker = (id: string) => `<!-- bench:${id}:end -->`;

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderTable(table: Table): string {
  const rule = table.columns.map((_, column) => (table.align?.[column] === 'right' ? '--:' : '---'));
  return [table.columns.map(cell), rule, ...table.rows.map((row) => row.map(cell))]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n');
}

export function renderReport(report: ScenarioReport): string {
  return [...report.notes, ...report.tables.map(renderTable), ...(report.details ?? [])].join('\n\n');
}

/** `document` with the markdown between `id`'s markers replaced (or heading and markers appended). */
export function replaceSection(document: string, report: ScenarioReport, markdown: string): string {
  const start = startMarker(report.id);
  const end = endMarker(report.id);
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  const block = `${start}\n\n${markdown.trim()}\n\n${end}`;
  if (from === -1 || to === -1 || to < from) {
    return `${document.trimEnd()}\n\n## ${report.title}\n\n${block}\n`;
  }
  return `${document.slice(0, from)}${block}${document.slice(to + end.length)}`;
}
