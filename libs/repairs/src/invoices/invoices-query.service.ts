import { Injectable } from '@nestjs/common';
import { offsetOf, Page, pageOf, resolveSort, TenantDatabase } from '@pitlane/core';
import { ListInvoicesQuery } from './dto/list-invoices.query';
import { InvoiceStore } from './invoice-store';
import { Invoice } from './invoice.entity';
import { InvoiceResponse } from './invoice.response';
import { renderInvoicePdf } from './pdf/invoice-pdf';

const SORTABLE = { issuedAt: 'i.issuedAt', number: 'i.number', grossMinor: 'i.grossMinor', dueDate: 'i.dueDate' };

export interface InvoicePdf {
  readonly filename: string;
  readonly content: Buffer;
}

/** Lists, shows and prints issued invoices and credit notes. */
@Injectable()
export class InvoicesQueryService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly invoices: InvoiceStore,
  ) {}

  list(query: ListInvoicesQuery): Promise<Page<InvoiceResponse>> {
    // `number` sorts right within a year; issuedAt, id after it keep pages stable.
    const order = resolveSort(query.sort, SORTABLE, { column: 'i.issuedAt', direction: 'DESC' });
    return this.db.transaction(async (manager) => {
      const builder = manager.getRepository(Invoice).createQueryBuilder('i');
      if (query.kind !== undefined) builder.andWhere('i.kind = :kind', { kind: query.kind });
      if (query.status !== undefined) {
        builder.andWhere(`i.kind = 'invoice'`);
        builder.andWhere(query.status === 'paid' ? 'i.paidAt is not null' : 'i.paidAt is null');
        if (query.status === 'unpaid') {
          builder.andWhere(
            'not exists (select 1 from invoices c where c.tenant_id = i.tenant_id and c.corrects_invoice_id = i.id)',
          );
        }
      }
      if (query.from !== undefined) builder.andWhere('i.issueDate >= :from', { from: query.from });
      if (query.to !== undefined) builder.andWhere('i.issueDate <= :to', { to: query.to });
      if (query.clientId !== undefined) builder.andWhere('i.clientId = :clientId', { clientId: query.clientId });
      const [invoices, total] = await builder
        .orderBy(order.column, order.direction)
        .addOrderBy('i.issuedAt', 'DESC')
        .addOrderBy('i.id')
        .take(query.limit)
        .skip(offsetOf(query))
        .getManyAndCount();
      return pageOf(await this.invoices.presentAll(manager, invoices), total, query);
    });
  }

  get(id: string): Promise<InvoiceResponse> {
    return this.db.transaction((manager) => this.invoices.present(manager, id));
  }

  /** The PDF, named after the number (`invoice-2026-000123.pdf`). */
  async pdf(id: string): Promise<InvoicePdf> {
    const document = await this.db.transaction((manager) => this.invoices.document(manager, id));
    const prefix = document.invoice.kind === 'invoice' ? 'invoice' : 'credit-note';
    return {
      filename: `${prefix}-${document.invoice.number.replace('/', '-')}.pdf`,
      content: await renderInvoicePdf(document),
    };
  }
}
