// Writes a scenario's section of docs/benchmarks.md through the renderer.
import fs from 'node:fs';
import * as prettier from 'prettier';
import { renderReport, replaceSection } from './render';
import type { ScenarioReport } from './report';

/** Writes the report into `file`; the block alone goes through Prettier, so nothing else moves. */
export async function writeReport(file: string, report: ScenarioReport): Promise<void> {
  const options = (await prettier.resolveConfig(file)) ?? {};
  const markdown = await prettier.format(renderReport(report), { ...options, parser: 'markdown' });
  const document = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  fs.writeFileSync(file, replaceSection(document, report, markdown));
}
