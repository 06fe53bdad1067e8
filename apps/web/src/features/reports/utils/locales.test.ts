import { describe, expect, it } from 'vitest';
// Every language having every key is checked for all messages in lib/i18n/locale-parity.test.ts.
import pl from '../locales/pl.json';

describe('reports strings', () => {
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
