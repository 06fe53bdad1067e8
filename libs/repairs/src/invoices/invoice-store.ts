import { Injectable } from '@nestjs/common';
import { MailOutbox } from '@pitlane/mail';
import { InvoiceClock } from './invoice-clock';
import { localDate } from './invoice-dates';
import { InvoiceErrors } from './invoice-errors';
import { Invoice } from './invoice.entity';
import { InvoiceRepository } from './invoice.repository';
import { InvoiceResponse, presentInvoice } from './invoice.response';
import { invoiceMailKey } from './invoice-mail';
import type { InvoiceDocument } from './pdf/invoice-pdf';

/** Reads issued invoices of the current workshop for the services that answer with them. */
@Injectable()
export class InvoiceStore {
  constructor(
    private readonly invoices: InvoiceRepository,
    private readonly mail: MailOutbox,
    private readonly clock: InvoiceClock,
  ) {}

  /** The invoice, or 404 (also for another workshop's). `lock` serialises payment and credit. */
  async require(id: string, lock = false): Promise<Invoice> {
    const invoice = await this.invoices.find(id, lock);
    if (!invoice) throw InvoiceErrors.notFound();
    return invoice;
  }

  async presentAll(invoices: readonly Invoice[]): Promise<InvoiceResponse[]> {
    const ids = invoices.map((invoice) => invoice.id);
    const lines = await this.invoices.linesOf(ids);
    const credits = await this.invoices.creditNotesOf(ids);
    const mails = await this.mail.deliveries(ids.map(invoiceMailKey));
    const now = this.clock.now();
    return invoices.map((invoice) =>
      presentInvoice(invoice, lines.get(invoice.id) ?? [], credits.get(invoice.id) ?? null, {
        today: localDate(now, invoice.timeZone),
        mail: mails.get(invoiceMailKey(invoice.id)) ?? null,
      }),
    );
  }

  async present(id: string): Promise<InvoiceResponse> {
    const [response] = await this.presentAll([await this.require(id)]);
    if (!response) throw InvoiceErrors.notFound();
    return response;
  }

  /** What the PDF is drawn from. */
  async document(id: string): Promise<InvoiceDocument> {
    const invoice = await this.require(id);
    const lines = (await this.invoices.linesOf([id])).get(id) ?? [];
    const corrected = invoice.correctsInvoiceId ? await this.require(invoice.correctsInvoiceId) : null;
    return { invoice, lines, correctsNumber: corrected?.number ?? null };
  }
}
