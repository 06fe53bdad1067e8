import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { REPO_ROOT } from '../../../apps/web/e2e/stack/paths';

/**
 * Puts a benchmark's section into docs/benchmarks.md between `<!-- name:start -->` and
 * `<!-- name:end -->` (appended the first time), formatted as the repository's prettier wants
 * it so the lint step stays green. `lines` are the section's lines without the markers.
 */
export async function writeBenchmarkSection(name: string, lines: readonly string[]): Promise<void> {
  const section = [`<!-- ${name}:start -->`, ...lines, `<!-- ${name}:end -->`].join('\n');
  process.stdout.write(`\n${section}\n`);
  const docs = path.join(REPO_ROOT, 'docs/benchmarks.md');
  const current = readFileSync(docs, 'utf8');
  const marked = new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`);
  const updated = marked.test(current) ? current.replace(marked, section) : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(docs, await format(updated, { ...(await resolveConfig(docs)), filepath: docs }));
}
