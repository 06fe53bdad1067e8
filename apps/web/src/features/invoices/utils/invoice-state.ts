import type { components } from '@/lib/api/schema.gen';

export type Invoice = components['schemas']['InvoiceResponse'];

/** What a badge says about a document, most important first. */
export type InvoiceState = 'creditNote' | 'credited' | 'paid' | 'overdue' | 'issued';

export function invoiceState(invoice: Pick<Invoice, 'kind' | 'creditNoteId' | 'paidOn' | 'overdue'>): InvoiceState {
  if (invoice.kind === 'credit_note') return 'creditNote';
  if (invoice.creditNoteId) return 'credited';
  if (invoice.paidOn) return 'paid';
  if (invoice.overdue) return 'overdue';
  return 'issued';
}

/** An invoice that can still be paid: not paid, not reversed, not itself a credit note. */
export function isPayable(invoice: Invoice): boolean {
  return invoiceState(invoice) === 'issued' || invoiceState(invoice) === 'overdue';
}

/** An invoice a credit note can still reverse. */
export function isCreditable(invoice: Invoice): boolean {
  return invoice.kind === 'invoice' && !invoice.creditNoteId;
}

/** The PDF's file name, as the API names its attachment. */
export function pdfFileName(invoice: Pick<Invoice, 'kind' | 'number'>): string {
  return `${invoice.kind === 'invoice' ? 'invoice' : 'credit-note'}-${invoice.number.replace('/', '-')}.pdf`;
}
