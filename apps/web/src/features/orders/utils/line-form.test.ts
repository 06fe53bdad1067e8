import { describe, expect, it } from 'vitest';
import { EMPTY_LINE, lineFormSchema, lineFormValues, parseDecimal, toAddLineBody, toUpdateLineBody } from './line-form';
import { LABOUR, PART } from './order.fixture';

describe('parseDecimal reads typed amounts digit by digit', () => {
  it.each([
    ['180', 2, 18_000],
    ['180,5', 2, 18_050],
    ['180.50', 2, 18_050],
    ['1 234,05', 2, 123_405],
    ['0,07', 2, 7],
    ['0.29', 2, 29],
    ['1.15', 2, 115],
    ['23', 2, 2300],
  ])('%p with %p decimals is %p', (input, digits, expected) => {
    expect(parseDecimal(input, digits)).toBe(expected);
  });

  it.each(['', '-1', '1,234', '1.2.3', 'abc', '12,345'])('refuses %p as a price in hundredths', (input) => {
    // "1,234" and "12,345" have three decimals: neither a price nor a quantity we can take exactly.
    expect(parseDecimal(input, 2)).toBeUndefined();
  });
});

describe('the line body sent to the API', () => {
  it('sends integer minor units and basis points, never floats', () => {
    const body = toAddLineBody(
      { ...EMPTY_LINE, description: 'Diagnostics', quantity: '1,25', unitPrice: '0,29', vatRate: '8,5' },
      2,
    );
    expect(body).toEqual({
      kind: 'labour',
      description: 'Diagnostics',
      quantity: 1.25,
      unitPriceMinor: 29,
      vatRateBp: 850,
    });
  });

  it('leaves price and VAT to the part when a part from stock is chosen and they are left empty', () => {
    const body = toAddLineBody({ ...EMPTY_LINE, kind: 'part', partId: PART.partId!, quantity: '2' }, 2);
    expect(body).toEqual({ kind: 'part', partId: PART.partId, quantity: 2 });
  });

  it('changes only what was edited, so an untouched approved line keeps its approval', () => {
    const values = lineFormValues(LABOUR, 2, 'pl');
    expect(values).toMatchObject({ quantity: '1,5', unitPrice: '120,00', vatRate: '23' });
    expect(toUpdateLineBody(LABOUR, values, 2)).toEqual({});
    expect(toUpdateLineBody(LABOUR, { ...values, unitPrice: '130' }, 2)).toEqual({ unitPriceMinor: 13_000 });
  });
});

describe('lineFormSchema', () => {
  const schema = lineFormSchema(2);
  const messages = (values: object): Record<string, string> => {
    const result = schema.safeParse({ ...EMPTY_LINE, ...values });
    if (result.success) return {};
    return Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
  };

  it.each([
    [{ description: '', unitPrice: '100', vatRate: '23' }, { description: 'description' }],
    [{ description: 'Oil', quantity: '0', unitPrice: '100', vatRate: '23' }, { quantity: 'quantity' }],
    [{ description: 'Oil', quantity: '1,005', unitPrice: '100', vatRate: '23' }, { quantity: 'quantity' }],
    [{ description: 'Oil', unitPrice: '', vatRate: '23' }, { unitPrice: 'price' }],
    [{ description: 'Oil', unitPrice: '100', vatRate: '101' }, { vatRate: 'vat' }],
    [{ kind: 'part', partId: PART.partId, description: '', unitPrice: '', vatRate: '' }, {}],
  ])('%o -> %o', (values, expected) => {
    expect(messages(values)).toEqual(expected);
  });
});
