import { formatMoney } from './money-format';

describe('formatMoney', () => {
  it('writes minor units in the currency’s own decimals and the reader’s locale', () => {
    expect(formatMoney(123_456_789, 'PLN', 'pl').replace(/\s/g, ' ')).toBe('1 234 567,89 zł');
    expect(formatMoney(123_456, 'EUR', 'en')).toBe('€1,234.56');
    expect(formatMoney(1_234, 'JPY', 'en')).toBe('¥1,234');
    expect(formatMoney(5, 'DKK', 'da').replace(/\s/g, ' ')).toBe('0,05 kr.');
  });
});
