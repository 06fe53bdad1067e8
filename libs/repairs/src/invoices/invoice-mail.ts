import { Injectable } from '@nestjs/common';
import { MailOutbox } from '@pitlane/mail';
import { InvoiceLine } from './invoice-line.entity';
import { Invoice } from './invoice.entity';
import { InvoiceFormat } from './pdf/invoice-format';
import { renderInvoicePdf } from './pdf/invoice-pdf';

/** The mail ledger's key of an invoice's mail to its buyer. */
export function invoiceMailKey(invoiceId: string): string {
  return `invoice_issued:${invoiceId}`;
}

/**
 * Mails an issued invoice to its buyer, the PDF attached. Asked for inside the issuing
 * transaction (the ledger row commits with the invoice, or not at all), keyed by the invoice, so
 * a retry never sends twice. The PDF travels in the template data as a secret field: sealed in
 * the ledger under the workshop's key and wiped once sent, never in clear in a table, a job or a
 * log. Rendering it here rather than at send time keeps the mail exactly the document issued.
 */
@Injectable()
export class InvoiceMail {
  constructor(private readonly outbox: MailOutbox) {}

  /** `invoice` and its `lines` as just issued; nothing is rendered when the buyer has no address. */
  async send(invoice: Invoice, lines: readonly InvoiceLine[], workshopName: string): Promise<void> {
    const email = invoice.buyer.email;
    if (!email || !invoice.buyer.name) return;
    const format = new InvoiceFormat(invoice.locale, invoice.currency);
    const pdf = await renderInvoicePdf({ invoice, lines, correctsNumber: null });
    await this.outbox.send({
      idempotencyKey: invoiceMailKey(invoice.id),
      template: 'invoice_issued',
      locale: invoice.locale,
      to: { email },
      workshopName,
      data: {
        name: invoice.buyer.name,
        number: invoice.number,
        total: format.amount(invoice.grossMinor),
        dueDate: format.calendarDate(invoice.dueDate),
        pdf: pdf.toString('base64'),
      },
    });
  }
}
