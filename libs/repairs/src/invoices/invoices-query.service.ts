import { Injectable } from '@nestjs/common';
import { Page, pageOf, TenantDatabase } from '@pitlane/core';
import { ListInvoicesQuery } from './dto/list-invoices.query';
import { InvoiceStore } from './invoice-store';
import { InvoiceRepository } from './invoice.repository';
import { InvoiceResponse } from './invoice.response';
import { renderInvoicePdf } from './pdf/invoice-pdf';

export interface InvoicePdf {
  readonly filename: string;
  readonly content: Buffer;
}

/** Lists, shows and prints issued invoices and credit notes. */
@Injectable()
export class InvoicesQueryService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly repository: InvoiceRepository,
    private readonly invoices: InvoiceStore,
  ) {}

  list(query: ListInvoicesQuery): Promise<Page<InvoiceResponse>> {
    return this.db.transaction(async () => {
      const [invoices, total] = await this.repository.page(query);
      return pageOf(await this.invoices.presentAll(invoices), total, query);
    });
  }

  get(id: string): Promise<InvoiceResponse> {
    return this.db.transaction(() => this.invoices.present(id));
  }

  /** The PDF, named after the number (`invoice-2026-000123.pdf`). */
  async pdf(id: string): Promise<InvoicePdf> {
    const document = await this.db.transaction(() => this.invoices.document(id));
    const prefix = document.invoice.kind === 'invoice' ? 'invoice' : 'credit-note';
    return {
      filename: `${prefix}-${document.invoice.number.replace('/', '-')}.pdf`,
      content: await renderInvoicePdf(document),
    };
  }
}
