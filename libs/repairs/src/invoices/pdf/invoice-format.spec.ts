import { InvoiceFormat } from './invoice-format';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('invoice numbers and dates as each locale writes them', () => {
  it('writes Polish złoty, rates and dates', () => {
    const format = new InvoiceFormat('pl', 'PLN');
    expect(plain(format.amount(123_456_78))).toBe('123 456,78 zł');
    expect(plain(format.amount(-69_428))).toBe('-694,28 zł');
    expect(format.vatRate(2300)).toBe('23%');
    expect(format.vatRate(550)).toBe('5,5%');
    expect(format.hundredths(150)).toBe('1,5');
    expect(format.calendarDate('2026-12-31')).toBe('31.12.2026');
  });

  it('writes Danish kroner and dates', () => {
    const format = new InvoiceFormat('da', 'DKK');
    expect(plain(format.amount(123_456_78))).toBe('123.456,78 kr.');
    expect(plain(format.vatRate(2500))).toBe('25 %');
    expect(format.calendarDate('2027-01-01')).toBe('01.01.2027');
  });

  it('writes English with the currency code of the invoice, not of the locale', () => {
    const format = new InvoiceFormat('en', 'EUR');
    expect(format.amount(123_456_78)).toBe('€123,456.78');
    expect(format.vatRate(2000)).toBe('20%');
    expect(format.calendarDate('2026-03-05')).toBe('05/03/2026');
  });

  it('uses the currency minor unit: yen has none', () => {
    expect(new InvoiceFormat('en', 'JPY').amount(1234)).toBe('JP¥1,234');
  });
});
