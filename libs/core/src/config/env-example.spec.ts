import { readFileSync } from 'node:fs';
import path from 'node:path';
import { configSchema } from './config.schema';

const REPO = path.resolve(__dirname, '../../../..');
/** The line that opens .env.example's section of variables only docker-compose.yml reads. */
const COMPOSE_MARKER = '# docker compose only';

function variablesIn(text: string): string[] {
  return text
    .split('\n')
    .map((line) => /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined)
    .sort();
}

describe('.env.example', () => {
  const text = readFileSync(path.join(REPO, '.env.example'), 'utf8');
  const [application = '', compose = ''] = text.split(COMPOSE_MARKER);

  it('documents exactly the variables the config schema reads', () => {
    expect(variablesIn(application)).toEqual(Object.keys(configSchema.shape).sort());
  });

  it('documents, after them, only variables docker-compose.yml reads', () => {
    const composeFile = readFileSync(path.join(REPO, 'docker-compose.yml'), 'utf8');
    const composeOnly = variablesIn(compose);
    expect(composeOnly.length).toBeGreaterThan(0);
    for (const name of composeOnly) {
      expect({ name, inSchema: name in configSchema.shape }).toEqual({ name, inSchema: false });
      expect({ name, usedByCompose: composeFile.includes(`\${${name}`) }).toEqual({ name, usedByCompose: true });
    }
  });
});
