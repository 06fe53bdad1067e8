import { z } from 'zod';
import type { components } from '@/lib/api/schema.gen';
import { minorToDecimal } from './money';

type AddLineBody = components['schemas']['AddLineDto'];
type UpdateLineBody = components['schemas']['UpdateLineDto'];
type Line = components['schemas']['RepairOrderLineResponse'];
export type LineKind = components['schemas']['LineKind'];

/**
 * A typed decimal ("1 234,50", "1234.5", "-0,25" refused) as an integer of 10^-`digits` units,
 * read digit by digit: never through a binary float. Undefined when it is not such a number.
 */
export function parseDecimal(input: string, digits: number): number | undefined {
  const compact = input.replace(/[\s\u00a0\u202f]/g, '');
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(compact);
  if (!match) return undefined;
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return undefined;
  const value = Number(`${whole}${fraction.padEnd(digits, '0')}`);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** What the editor shows for a stored amount: 18000 minor units -> "180.00" ("180,00" in pl and da). */
export function decimalText(value: number, digits: number, language: string): string {
  const text = minorToDecimal(value, digits);
  return language === 'en' ? text : text.replace('.', ',');
}

/** "1,50" -> "1,5", "23.00" -> "23": how people type hours and rates. */
export function withoutTrailingZeros(text: string): string {
  return text.replace(/([.,]\d*?)0+$/, '$1').replace(/[.,]$/, '');
}

export const MAX_QUANTITY_HUNDREDTHS = 1_000_000;
const MAX_PRICE_MINOR = 100_000_000_00;

export interface LineFormValues {
  kind: LineKind;
  description: string;
  partId: string;
  mechanicUserId: string;
  quantity: string;
  unitPrice: string;
  vatRate: string;
}

/** Keys of the line editor's messages (namespace `orders`, under `lineEditor.errors`). */
export function lineFormSchema(currencyDigits: number) {
  return z
    .object({
      kind: z.enum(['labour', 'part', 'fee']),
      description: z.string().trim().max(500, 'tooLong'),
      partId: z.string(),
      mechanicUserId: z.string(),
      quantity: z.string().refine((value) => {
        const hundredths = parseDecimal(value, 2);
        return hundredths !== undefined && hundredths >= 1 && hundredths <= MAX_QUANTITY_HUNDREDTHS;
      }, 'quantity'),
      unitPrice: z.string(),
      vatRate: z.string(),
    })
    .superRefine((values, context) => {
      // A part from inventory brings its own name, price and VAT unless the person types them.
      const fromPart = values.kind === 'part' && values.partId !== '';
      if (!fromPart && values.description.trim() === '') {
        context.addIssue({ code: 'custom', path: ['description'], message: 'description' });
      }
      if (!fromPart || values.unitPrice.trim() !== '') {
        const price = parseDecimal(values.unitPrice, currencyDigits);
        if (price === undefined || price > MAX_PRICE_MINOR) {
          context.addIssue({ code: 'custom', path: ['unitPrice'], message: 'price' });
        }
      }
      if (!fromPart || values.vatRate.trim() !== '') {
        const bp = parseDecimal(values.vatRate, 2);
        if (bp === undefined || bp > 10_000) context.addIssue({ code: 'custom', path: ['vatRate'], message: 'vat' });
      }
    });
}

function quantityOf(values: LineFormValues): number {
  // Hundredths -> the API's decimal number: an exact two-decimal literal, e.g. "1.50".
  return Number(minorToDecimal(parseDecimal(values.quantity, 2) ?? 0, 2));
}

/** The POST body for a new line; empty optional fields are left out, never sent as null. */
export function toAddLineBody(values: LineFormValues, currencyDigits: number): AddLineBody {
  const body: AddLineBody = { kind: values.kind, quantity: quantityOf(values) };
  const description = values.description.trim();
  if (description !== '') body.description = description;
  if (values.kind === 'part' && values.partId !== '') body.partId = values.partId;
  if (values.kind === 'labour' && values.mechanicUserId !== '') body.mechanicUserId = values.mechanicUserId;
  if (values.unitPrice.trim() !== '') body.unitPriceMinor = parseDecimal(values.unitPrice, currencyDigits);
  if (values.vatRate.trim() !== '') body.vatRateBp = parseDecimal(values.vatRate, 2);
  return body;
}

/** The PATCH body: only what changed, so an untouched approved line keeps its approval. */
export function toUpdateLineBody(line: Line, values: LineFormValues, currencyDigits: number): UpdateLineBody {
  const body: UpdateLineBody = {};
  const description = values.description.trim();
  if (description !== '' && description !== line.description) body.description = description;
  const quantity = quantityOf(values);
  if (quantity !== line.quantity) body.quantity = quantity;
  const price = parseDecimal(values.unitPrice, currencyDigits);
  if (price !== undefined && price !== line.unitPriceMinor) body.unitPriceMinor = price;
  const vat = parseDecimal(values.vatRate, 2);
  if (vat !== undefined && vat !== line.vatRateBp) body.vatRateBp = vat;
  if (line.kind === 'labour') {
    const mechanic = values.mechanicUserId === '' ? null : values.mechanicUserId;
    if (mechanic !== line.mechanicUserId) body.mechanicUserId = mechanic;
  }
  return body;
}

/** The editor's fields for an existing line, in the person's decimal notation. */
export function lineFormValues(line: Line, currencyDigits: number, language: string): LineFormValues {
  return {
    kind: line.kind,
    description: line.description,
    partId: line.partId ?? '',
    mechanicUserId: line.mechanicUserId ?? '',
    quantity: withoutTrailingZeros(decimalText(Math.round(line.quantity * 100), 2, language)),
    unitPrice: decimalText(line.unitPriceMinor, currencyDigits, language),
    vatRate: withoutTrailingZeros(decimalText(line.vatRateBp, 2, language)),
  };
}

export const EMPTY_LINE: LineFormValues = {
  kind: 'labour',
  description: '',
  partId: '',
  mechanicUserId: '',
  quantity: '1',
  unitPrice: '',
  vatRate: '',
};
