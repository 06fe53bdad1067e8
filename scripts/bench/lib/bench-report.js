'use strict';
// Writes a benchmark's section into docs/benchmarks.md: replaced when it is there, appended
// when not, the whole document formatted with the repository's Prettier settings.
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** `intro`: the document to start from when `reportFile` does not exist yet. */
async function writeSection(reportFile, title, section, say, { intro = '# Benchmarks\n' } = {}) {
  let document = fs.existsSync(reportFile) ? fs.readFileSync(reportFile, 'utf8') : intro;
  const start = document.indexOf(`${title}\n`);
  if (start === -1) {
    document = `${document.trimEnd()}\n\n${section}`;
  } else {
    // The section runs to the next level-2 heading, or to the end of the file.
    const next = document.slice(start + title.length).search(/\n## /);
    const end = next === -1 ? document.length : start + title.length + next + 1;
    document = `${document.slice(0, start)}${section}${end < document.length ? `\n${document.slice(end)}` : ''}`;
  }
  fs.mkdirSync(path.dirname(reportFile), { recursive: true });
  fs.writeFileSync(reportFile, await formatted(reportFile, `${document.trimEnd()}\n`, say));
}

/** Prettier-formatted with the repository's settings, so `npm run lint` stays green after a run. */
async function formatted(reportFile, markdown, say) {
  try {
    const prettier = require('prettier');
    const options = (await prettier.resolveConfig(reportFile)) ?? {};
    return await prettier.format(markdown, { ...options, filepath: reportFile });
  } catch (error) {
    say(`could not format ${path.relative(ROOT, reportFile)} with Prettier (${error.message}); wrote it as is`);
    return markdown;
  }
}

module.exports = { writeSection };
