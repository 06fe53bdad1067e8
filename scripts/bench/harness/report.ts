// What a scenario hands back: numbers as JSON (kept in scripts/bench/results/, gitignored) and the
// tables the renderer writes into docs/benchmarks.md. Findings are written by people, outside the markers.
import fs from 'node:fs';
import path from 'node:path';
import { RESULTS_DIR } from './paths';

export interface Table {
  readonly columns: readonly string[];
  /** Per column; numbers read best right-aligned. Left when absent. */
  readonly align?: readonly ('left' | 'right')[];
  readonly rows: readonly (readonly string[])[];
}

export interface ScenarioReport {
  /** Names the markers in docs/benchmarks.md: `<!-- bench:<id>:start -->` … `<!-- bench:<id>:end -->`. */
  readonly id: string;
  /** The level-2 heading a first run adds above the markers. */
  readonly title: string;
  /** Sentences before the tables: how it ran, on what, under which machine load. */
  readonly notes: readonly string[];
  readonly tables: readonly Table[];
  /** Markdown after the tables (query plans, say); optional. */
  readonly details?: readonly string[];
  /** Everything measured, for the JSON file and for later comparison. */
  readonly raw: unknown;
}

export function saveResult(report: ScenarioReport, ranAt: Date): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${report.id}-${ranAt.toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

export function loadResult(file: string): ScenarioReport {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ScenarioReport;
}
