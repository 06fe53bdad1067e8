import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { InvoiceErrors } from './invoice-errors';
import { InvoiceLine } from './invoice-line.entity';
import { Invoice } from './invoice.entity';
import { InvoiceResponse, presentInvoice } from './invoice.response';
import type { InvoiceDocument } from './pdf/invoice-pdf';

/** Reads issued invoices (row-level security keeps each to the current workshop). */
@Injectable()
export class InvoiceStore {
  /** The invoice, or 404 (also for another workshop's). `lock` serialises payment and credit. */
  async require(manager: EntityManager, id: string, lock = false): Promise<Invoice> {
    const invoice = await manager.getRepository(Invoice).findOne({
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!invoice) throw InvoiceErrors.notFound();
    return invoice;
  }

  async linesOf(manager: EntityManager, invoiceIds: readonly string[]): Promise<Map<string, InvoiceLine[]>> {
    const byInvoice = new Map<string, InvoiceLine[]>(invoiceIds.map((id) => [id, []]));
    if (invoiceIds.length === 0) return byInvoice;
    const lines = await manager.getRepository(InvoiceLine).find({
      where: { invoiceId: In([...invoiceIds]) },
      order: { position: 'ASC' },
    });
    for (const line of lines) byInvoice.get(line.invoiceId)?.push(line);
    return byInvoice;
  }

  /** invoice id -> the credit note reversing it, for those that have one. */
  async creditNotesOf(manager: EntityManager, invoiceIds: readonly string[]): Promise<Map<string, string>> {
    if (invoiceIds.length === 0) return new Map();
    const notes = await manager.getRepository(Invoice).find({
      select: { id: true, correctsInvoiceId: true },
      where: { correctsInvoiceId: In([...invoiceIds]) },
    });
    return new Map(notes.map((note) => [note.correctsInvoiceId ?? '', note.id]));
  }

  async presentAll(manager: EntityManager, invoices: readonly Invoice[]): Promise<InvoiceResponse[]> {
    const ids = invoices.map((invoice) => invoice.id);
    const lines = await this.linesOf(manager, ids);
    const credits = await this.creditNotesOf(manager, ids);
    return invoices.map((invoice) =>
      presentInvoice(invoice, lines.get(invoice.id) ?? [], credits.get(invoice.id) ?? null),
    );
  }

  async present(manager: EntityManager, id: string): Promise<InvoiceResponse> {
    const [response] = await this.presentAll(manager, [await this.require(manager, id)]);
    if (!response) throw InvoiceErrors.notFound();
    return response;
  }

  /** What the PDF is drawn from. */
  async document(manager: EntityManager, id: string): Promise<InvoiceDocument> {
    const invoice = await this.require(manager, id);
    const lines = (await this.linesOf(manager, [id])).get(id) ?? [];
    const corrected = invoice.correctsInvoiceId ? await this.require(manager, invoice.correctsInvoiceId) : null;
    return { invoice, lines, correctsNumber: corrected?.number ?? null };
  }
}
