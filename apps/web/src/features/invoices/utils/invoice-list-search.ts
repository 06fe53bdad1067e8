import { z } from 'zod';

export const INVOICE_STATUSES = ['unpaid', 'paid', 'credited'] as const;
export const INVOICES_PER_PAGE = 20;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
/** The router reads `?number=123` as a number: keep it as the text it was typed as. */
const text = z.preprocess((value) => (typeof value === 'number' ? String(value) : value), z.string());

/**
 * `/invoices?number=&from=&to=&clientId=&status=&overdue=&page=`: every filter in the URL, so
 * a filtered list is shareable and Back works. A bad value falls back to "no filter".
 */
export const invoiceListSearchSchema = z.object({
  number: optional(text.transform((value) => value.replace(/[^0-9/]/g, '').slice(0, 20) || undefined).optional()),
  from: optional(z.string().regex(DATE)),
  to: optional(z.string().regex(DATE)),
  clientId: optional(z.uuid()),
  status: optional(z.enum(INVOICE_STATUSES)),
  overdue: optional(
    z
      .union([z.literal(true), z.literal('true')])
      .transform(() => true as const)
      .optional(),
  ),
  page: optional(
    z.coerce
      .number()
      .int()
      .min(1)
      .max(100_000)
      .transform((page) => (page === 1 ? undefined : page))
      .optional(),
  ),
});
export type InvoiceListSearch = z.output<typeof invoiceListSearchSchema>;
