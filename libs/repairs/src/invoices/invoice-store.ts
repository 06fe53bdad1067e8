import { Injectable } from '@nestjs/common';
import { InvoiceErrors } from './invoice-errors';
import { Invoice } from './invoice.entity';
import { InvoiceRepository } from './invoice.repository';
import { InvoiceResponse, presentInvoice } from './invoice.response';
import type { InvoiceDocument } from './pdf/invoice-pdf';

/** Reads issued invoices of the current workshop for the services that answer with them. */
@Injectable()
export class InvoiceStore {
  constructor(private readonly invoices: InvoiceRepository) {}

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
    return invoices.map((invoice) =>
      presentInvoice(invoice, lines.get(invoice.id) ?? [], credits.get(invoice.id) ?? null),
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
