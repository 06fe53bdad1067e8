import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface InvoiceNumber {
  readonly year: number;
  readonly sequence: number;
  /** `2026/000123` */
  readonly number: string;
}

export function formatInvoiceNumber(year: number, sequence: number): string {
  return `${year}/${String(sequence).padStart(6, '0')}`;
}

/**
 * Gapless numbers, one series per workshop and year shared by invoices and credit notes. The
 * upsert takes the counter row's lock and holds it until the issuing transaction ends: a second
 * issue waits, then sees the committed value; a rollback takes the increment back with
 * everything else, so no number is ever lost. The price is that issues of one workshop are
 * serialised from this statement to commit, which is why it is the last thing before the insert.
 */
@Injectable()
export class InvoiceNumbering {
  async next(manager: EntityManager, tenantId: string, year: number): Promise<InvoiceNumber> {
    const [row] = await manager.query<{ last_sequence: number }[]>(
      `insert into invoice_counters (tenant_id, year, last_sequence) values ($1, $2, 1)
       on conflict (tenant_id, year) do update set last_sequence = invoice_counters.last_sequence + 1
       returning last_sequence`,
      [tenantId, year],
    );
    if (!row) throw new Error('the invoice counter returned no row');
    return { year, sequence: row.last_sequence, number: formatInvoiceNumber(year, row.last_sequence) };
  }
}
