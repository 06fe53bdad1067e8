import { Injectable } from '@nestjs/common';
import { InvoiceRepository } from './invoice.repository';

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
  constructor(private readonly invoices: InvoiceRepository) {}

  /** The next number of the current workshop's series for `year` (inside its tenant transaction). */
  async next(year: number): Promise<InvoiceNumber> {
    const sequence = await this.invoices.nextSequence(year);
    return { year, sequence, number: formatInvoiceNumber(year, sequence) };
  }
}
