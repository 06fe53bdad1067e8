import { describe, expect, it } from 'vitest';
import { invoiceState, pdfFileName } from './invoice-state';

const base = { kind: 'invoice' as const, creditNoteId: null, paidOn: null, overdue: false };

describe('invoiceState: the badge of a document', () => {
  it.each([
    ['a credit note', { ...base, kind: 'credit_note' as const }, 'creditNote'],
    ['a reversed invoice, even when it was paid', { ...base, creditNoteId: 'x', paidOn: '2026-01-02' }, 'credited'],
    ['a paid invoice past its due date', { ...base, paidOn: '2026-01-02', overdue: false }, 'paid'],
    ['an unpaid invoice past its due date', { ...base, overdue: true }, 'overdue'],
    ['an unpaid invoice within its terms', base, 'issued'],
  ])('%s is %s', (_label, invoice, expected) => {
    expect(invoiceState(invoice)).toBe(expected);
  });

  it('names the PDF after the number', () => {
    expect(pdfFileName({ kind: 'invoice', number: '2026/000123' })).toBe('invoice-2026-000123.pdf');
    expect(pdfFileName({ kind: 'credit_note', number: '2026/000124' })).toBe('credit-note-2026-000124.pdf');
  });
});
