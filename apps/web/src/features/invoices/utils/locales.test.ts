import { describe, expect, it } from 'vitest';
// Every language having every key is checked for all messages in lib/i18n/locale-parity.test.ts.
import pl from '../locales/pl.json';

describe('invoices strings', () => {
  it('Polish counts documents in all four plural forms', () => {
    expect(Object.keys(pl.list).filter((key) => key.startsWith('total_'))).toEqual([
      'total_one',
      'total_few',
      'total_many',
      'total_other',
    ]);
  });
});
