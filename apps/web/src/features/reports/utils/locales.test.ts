import { describe, expect, it } from 'vitest';
import da from '../locales/da.json';
import en from '../locales/en.json';
import pl from '../locales/pl.json';

/** Every key path of a messages file, plural suffixes folded (Polish has more forms than English). */
function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages)
    .flatMap(([key, value]) =>
      typeof value === 'object' && value !== null
        ? keys(value as object, `${prefix}${key}.`)
        : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`],
    )
    .filter((key, index, all) => all.indexOf(key) === index)
    .sort();
}

describe('reports strings', () => {
  it.each([
    ['pl', pl],
    ['da', da],
  ])('%s has every English key and no other', (_language, messages) => {
    expect(keys(messages)).toEqual(keys(en));
  });

  it('Polish counts open orders and periods in all four plural forms', () => {
    expect(Object.keys(pl.open).filter((key) => key.startsWith('summary_'))).toEqual([
      'summary_one',
      'summary_few',
      'summary_many',
      'summary_other',
    ]);
    expect(Object.keys(pl.granularity.count).filter((key) => key.startsWith('week_'))).toHaveLength(4);
  });
});
