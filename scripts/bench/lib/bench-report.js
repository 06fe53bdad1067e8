'use strict';
// Writes a benchmark's section into docs/benchmarks.md: replaced when it is there, appended
// when not, the whole document formatted with the repository's Prettier settings.
const fs = require('node:fs');

async function writeSection(reportFile, title, section, say) {
  let document = fs.existsSync(reportFile) ? fs.readFileSync(reportFile, 'utf8') : '# Benchmarks\n';
  const start = document.indexOf(`${title}\n`);
  if (start === -1) {
    document = `${document.trimEnd()}\n\n${section}`;
  } else {
    const next = document.slice(start + title.length).search(/\n## /);
    const end = next === -1 ? document.length : start + title.length + next + 1;
    document = `${document.slice(0, start)}${section}${end < document.length ? `\n${document.slice(end)}` : ''}`;
  }
  fs.writeFileSync(reportFile, await formatted(reportFile, `${document.trimEnd()}\n`, say));
}

async function formatted(reportFile, markdown, say) {
  try {
    const prettier = require('prettier');
    const options = (await prettier.resolveConfig(reportFile)) ?? {};
    return await prettier.format(markdown, { ...options, filepath: reportFile });
  } catch (error) {
    say(`could not format the report with Prettier (${error.message}); wrote it as is`);
    return markdown;
  }
}

module.exports = { writeSection };
