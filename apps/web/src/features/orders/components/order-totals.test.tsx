import { render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import da from '../locales/da.json';
import en from '../locales/en.json';
import pl from '../locales/pl.json';
import { ORDER } from '../utils/order.fixture';
import { OrderTotals } from './order-totals';

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { orders: en }, pl: { orders: pl }, da: { orders: da } },
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
});

/** The totals table as rows of [label, amount], no-break spaces read as spaces. */
function rows(): string[][] {
  const table = screen.getByRole('table', { name: /./ });
  return within(table)
    .getAllByRole('row')
    .map((row) => [
      plain(within(row).getByRole('rowheader').textContent),
      plain(within(row).getByRole('cell').textContent),
    ]);
}

describe('OrderTotals: the API totals of an order with two VAT rates, formatted per language', () => {
  it.each([
    [
      'pl',
      [
        ['Netto', '275,03 zł'],
        ['VAT 8% od 15,05 zł', '1,20 zł'],
        ['VAT 23% od 259,98 zł', '59,80 zł'],
        ['VAT razem', '61,00 zł'],
        ['Razem brutto', '336,03 zł'],
      ],
    ],
    [
      'da',
      [
        ['Netto', '275,03 PLN'],
        ['Moms 8 % af 15,05 PLN', '1,20 PLN'],
        ['Moms 23 % af 259,98 PLN', '59,80 PLN'],
        ['Moms i alt', '61,00 PLN'],
        ['I alt', '336,03 PLN'],
      ],
    ],
    [
      'en',
      [
        ['Net', 'PLN 275.03'],
        ['VAT 8% on PLN 15.05', 'PLN 1.20'],
        ['VAT 23% on PLN 259.98', 'PLN 59.80'],
        ['VAT total', 'PLN 61.00'],
        ['Total', 'PLN 336.03'],
      ],
    ],
  ])('%s', async (language, expected) => {
    await i18next.changeLanguage(language);
    render(<OrderTotals order={ORDER} />);
    expect(rows()).toEqual(expected);
  });

  it('says declined lines are left out when one is declined', async () => {
    await i18next.changeLanguage('en');
    render(
      <OrderTotals
        order={{
          ...ORDER,
          lines: ORDER.lines.map((line, index) => (index === 2 ? { ...line, approval: 'declined' } : line)),
        }}
      />,
    );
    expect(screen.getByText('Declined lines are not counted.')).toBeTruthy();
  });
});
