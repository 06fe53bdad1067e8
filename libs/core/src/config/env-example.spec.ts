import { readFileSync } from 'node:fs';
import path from 'node:path';
import { configSchema } from './config.schema';

describe('.env.example', () => {
  it('documents exactly the variables the config schema reads', () => {
    const text = readFileSync(path.resolve(__dirname, '../../../../.env.example'), 'utf8');
    const documented = text
      .split('\n')
      .map((line) => /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
      .filter((name): name is string => name !== undefined)
      .sort();
    expect(documented).toEqual(Object.keys(configSchema.shape).sort());
  });
});
