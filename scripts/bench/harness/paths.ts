import path from 'node:path';

/** The repository root, from src (scripts/bench/harness) and from dist (scripts/bench/harness/dist/…). */
export const ROOT = path.resolve(__dirname.slice(0, __dirname.indexOf(`${path.sep}scripts${path.sep}bench`)));
export const RESULTS_DIR = path.join(ROOT, 'scripts', 'bench', 'results');
export const REPORT_FILE = path.join(ROOT, 'docs', 'benchmarks.md');
