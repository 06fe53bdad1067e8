import { Injectable } from '@nestjs/common';
import { offsetOf, resolveSort, TenantRepository } from '@pitlane/core';
import { In } from 'typeorm';
import { ListInvoicesQuery } from './dto/list-invoices.query';
import { InvoiceLine } from './invoice-line.entity';
import { Invoice, PaymentMethod } from './invoice.entity';

/** `?sort=` fields (API name -> column), for `resolveSort` and the OpenAPI document. */
export const INVOICE_SORTS = {
  issuedAt: 'i.issuedAt',
  number: 'i.number',
  grossMinor: 'i.grossMinor',
  dueDate: 'i.dueDate',
};

/** An invoice as written, without its tenant (always the open transaction's). */
export type NewInvoice = Omit<Invoice, 'tenantId'>;
export type NewInvoiceLine = Omit<InvoiceLine, 'tenantId'>;

export interface Payment {
  readonly paidOn: string;
  readonly timeZone: string;
  readonly method: PaymentMethod;
  readonly recordedBy: string;
}

/**
 * Issued invoices and credit notes with their lines and the yearly number counters: the only
 * SQL on invoices, invoice_lines and invoice_counters. Every statement binds the open
 * transaction's tenant first, so another workshop's invoice is simply not there, also for a
 * role that bypasses row-level security.
 */
@Injectable()
export class InvoiceRepository extends TenantRepository {
  /** The invoice, or null (also for another workshop's). `lock` serialises payment and credit. */
  find(id: string, lock = false): Promise<Invoice | null> {
    return this.repository(Invoice).findOne({
      where: { tenantId: this.tenantId, id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** A page of invoices and credit notes matching `query`, with the number of all that match. */
  async page(query: ListInvoicesQuery): Promise<[Invoice[], number]> {
    // `number` sorts right within a year; issuedAt, id after it keep pages stable.
    const order = resolveSort(query.sort, INVOICE_SORTS, { column: 'i.issuedAt', direction: 'DESC' });
    const builder = this.repository(Invoice)
      .createQueryBuilder('i')
      .where('i.tenantId = :tenantId', { tenantId: this.tenantId });
    if (query.kind !== undefined) builder.andWhere('i.kind = :kind', { kind: query.kind });
    const credited = `exists (select 1 from invoices c
                        where c.tenant_id = :tenantId and c.tenant_id = i.tenant_id and c.corrects_invoice_id = i.id)`;
    if (query.status !== undefined) {
      builder.andWhere(`i.kind = 'invoice'`);
      if (query.status === 'credited') builder.andWhere(credited);
      else {
        builder.andWhere(query.status === 'paid' ? 'i.paidAt is not null' : 'i.paidAt is null');
        if (query.status === 'unpaid') builder.andWhere(`not ${credited}`);
      }
    }
    // Overdue: an unpaid, uncredited invoice whose due date is before today in its workshop's zone.
    const overdue = `(i.kind = 'invoice' and i.paidAt is null and not ${credited}
                      and i.dueDate < (now() at time zone i.timeZone)::date)`;
    if (query.overdue !== undefined) builder.andWhere(query.overdue ? overdue : `not ${overdue}`);
    if (query.number !== undefined) {
      builder.andWhere(`strpos(i.number, :number) > 0`, { number: query.number });
    }
    if (query.from !== undefined) builder.andWhere('i.issueDate >= :from', { from: query.from });
    if (query.to !== undefined) builder.andWhere('i.issueDate <= :to', { to: query.to });
    if (query.clientId !== undefined) builder.andWhere('i.clientId = :clientId', { clientId: query.clientId });
    if (query.vehicleId !== undefined) builder.andWhere('i.vehicleId = :vehicleId', { vehicleId: query.vehicleId });
    if (query.repairOrderId !== undefined) {
      builder.andWhere('i.repairOrderId = :repairOrderId', { repairOrderId: query.repairOrderId });
    }
    return builder
      .orderBy(order.column, order.direction)
      .addOrderBy('i.issuedAt', 'DESC')
      .addOrderBy('i.id')
      .take(query.limit)
      .skip(offsetOf(query))
      .getManyAndCount();
  }

  /** The lines of each invoice, in position order. */
  async linesOf(invoiceIds: readonly string[]): Promise<Map<string, InvoiceLine[]>> {
    const byInvoice = new Map<string, InvoiceLine[]>(invoiceIds.map((id) => [id, []]));
    if (invoiceIds.length === 0) return byInvoice;
    const lines = await this.repository(InvoiceLine).find({
      where: { tenantId: this.tenantId, invoiceId: In([...invoiceIds]) },
      order: { position: 'ASC' },
    });
    for (const line of lines) byInvoice.get(line.invoiceId)?.push(line);
    return byInvoice;
  }

  /** invoice id -> the credit note reversing it, for those that have one. */
  async creditNotesOf(invoiceIds: readonly string[]): Promise<Map<string, string>> {
    if (invoiceIds.length === 0) return new Map();
    const notes = await this.repository(Invoice).find({
      select: { id: true, correctsInvoiceId: true },
      where: { tenantId: this.tenantId, correctsInvoiceId: In([...invoiceIds]) },
    });
    return new Map(notes.map((note) => [note.correctsInvoiceId ?? '', note.id]));
  }

  /**
   * The next number of the workshop's series for `year`. The upsert takes the counter row's
   * lock and holds it until the issuing transaction ends (see InvoiceNumbering).
   */
  async nextSequence(year: number): Promise<number> {
    const [row] = await this.manager.query<{ last_sequence: number }[]>(
      `insert into invoice_counters (tenant_id, year, last_sequence) values ($1, $2, 1)
       on conflict (tenant_id, year) do update set last_sequence = invoice_counters.last_sequence + 1
       returning last_sequence`,
      [this.tenantId, year],
    );
    if (!row) throw new Error('the invoice counter returned no row');
    return row.last_sequence;
  }

  /** Writes the invoice, then its lines in one statement (the report rollups count per statement). */
  async insert(
    draft: NewInvoice,
    lineDrafts: readonly NewInvoiceLine[],
  ): Promise<{ invoice: Invoice; lines: InvoiceLine[] }> {
    const tenantId = this.tenantId;
    const invoice: Invoice = { ...draft, tenantId };
    await this.repository(Invoice).insert(invoice);
    const lines: InvoiceLine[] = lineDrafts.map((line) => ({ ...line, tenantId }));
    await this.repository(InvoiceLine).insert(lines);
    return { invoice, lines };
  }

  /** paid_at: the start of that day in the workshop's zone, computed by Postgres's zone rules. */
  async markPaid(id: string, payment: Payment): Promise<void> {
    await this.manager.query(
      `update invoices
          set paid_on = $3::date,
              paid_at = ($3::date)::timestamp at time zone $4,
              payment_method = $5,
              paid_recorded_by = $6,
              paid_recorded_at = now()
        where tenant_id = $1 and id = $2`,
      [this.tenantId, id, payment.paidOn, payment.timeZone, payment.method, payment.recordedBy],
    );
  }
}
