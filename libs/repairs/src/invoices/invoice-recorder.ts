import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantDatabase } from '@pitlane/core';
import { BusinessMetrics } from '@pitlane/observability';
import { randomUUID } from 'node:crypto';
import { yearOf } from './invoice-dates';
import { InvoiceLine } from './invoice-line.entity';
import { InvoiceNumbering } from './invoice-numbering';
import { Invoice } from './invoice.entity';
import { InvoiceRepository } from './invoice.repository';

/** An invoice or credit note ready to be numbered and written. */
export type InvoiceDraft = Omit<
  Invoice,
  | 'tenantId'
  | 'id'
  | 'number'
  | 'year'
  | 'sequence'
  | 'paidAt'
  | 'paidOn'
  | 'paymentMethod'
  | 'paidRecordedBy'
  | 'paidRecordedAt'
>;
export type InvoiceLineDraft = Omit<InvoiceLine, 'tenantId' | 'id' | 'invoiceId'>;

/**
 * Numbers and writes an invoice or credit note with its lines, audited and counted. The number is taken
 * last, right before the insert, so the counter row stays locked for as short a time as the
 * issuing transaction allows.
 */
@Injectable()
export class InvoiceRecorder {
  constructor(
    private readonly db: TenantDatabase,
    private readonly numbering: InvoiceNumbering,
    private readonly invoices: InvoiceRepository,
    private readonly audit: AuditTrail,
    private readonly metrics: BusinessMetrics,
  ) {}

  /** The invoice and its lines (in position order) as written, in the open tenant transaction. */
  async record(
    draft: InvoiceDraft,
    lineDrafts: readonly InvoiceLineDraft[],
  ): Promise<{ invoice: Invoice; lines: InvoiceLine[] }> {
    const number = await this.numbering.next(yearOf(draft.issueDate));
    const id = randomUUID();
    const issued = await this.invoices.insert(
      {
        ...draft,
        id,
        ...number,
        paidAt: null,
        paidOn: null,
        paymentMethod: null,
        paidRecordedBy: null,
        paidRecordedAt: null,
      },
      lineDrafts.map((line) => ({ ...line, id: randomUUID(), invoiceId: id })),
    );
    await this.audit.record({
      action: draft.kind === 'invoice' ? 'invoice.issued' : 'credit_note.issued',
      entityType: 'invoice',
      entityId: id,
      changedFields: ['number', 'lines', 'totals'],
    });
    // Counted after the commit (a rolled-back issue never happened), never by workshop.
    if (draft.kind === 'invoice') await this.db.afterCommit(() => Promise.resolve(this.metrics.invoicesIssued.inc()));
    return issued;
  }
}
