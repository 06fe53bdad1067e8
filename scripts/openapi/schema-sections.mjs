// Splits openapi-typescript's output into named sections (a path, a component schema, an
// operation) so `openapi:check` can name what drifted instead of printing a whole-file diff.

const TOP_LEVEL = /^export (?:interface|type) (\w+)/;
const MEMBER = /^( +)("[^"]+"|[\w$]+)\??:/;

/** Section name -> its text. Paths and operations are split at their members, components one level deeper. */
function sectionsOf(source) {
  const sections = new Map();
  let top = '';
  let group = '';
  let current = '';
  for (const line of source.split('\n')) {
    const topMatch = TOP_LEVEL.exec(line);
    if (topMatch) {
      top = topMatch[1];
      group = '';
      current = top;
    } else {
      const member = MEMBER.exec(line);
      const depth = member ? member[1].length / 4 : 0;
      const name = member ? member[2].replace(/^"|"$/g, '') : '';
      if (top === 'components' && depth === 1) {
        group = name;
        current = `components.${group}`;
      } else if (top === 'components' && depth === 2) {
        current = `components.${group}.${name}`;
      } else if (top !== 'components' && depth === 1) {
        current = `${top} ${name}`;
      }
    }
    sections.set(current, `${sections.get(current) ?? ''}${line}\n`);
  }
  return sections;
}

/** Names of the sections added, removed or changed between two generated files. */
export function differingSections(before, after) {
  const old = sectionsOf(before);
  const now = sectionsOf(after);
  const names = [...new Set([...old.keys(), ...now.keys()])].sort();
  return names.flatMap((name) => {
    if (!old.has(name)) return [`+ ${name}`];
    if (!now.has(name)) return [`- ${name}`];
    return old.get(name) === now.get(name) ? [] : [`~ ${name}`];
  });
}
