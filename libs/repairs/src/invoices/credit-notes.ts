import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { Principal } from '@pitlane/identity';
import { OrderWorkflow } from '../orders/order-workflow';
import { CreditNoteDto } from './dto/credit-note.dto';
import { InvoiceClock } from './invoice-clock';
import { localDate } from './invoice-dates';
import { InvoiceErrors } from './invoice-errors';
import { InvoiceRecorder } from './invoice-recorder';
import { InvoiceStore } from './invoice-store';
import { InvoiceRepository } from './invoice.repository';
import { InvoiceResponse } from './invoice.response';

/**
 * Corrects an issued invoice by reversing it in full: a credit note with the invoice's lines and
 * amounts negated, its own number from the same yearly series, referencing the invoice. The order
 * goes back to `completed`, to be corrected and invoiced again. A paid invoice may be credited
 * too; paying the customer back happens outside Pitlane.
 */
@Injectable()
export class CreditNotes {
  constructor(
    private readonly db: TenantDatabase,
    private readonly invoices: InvoiceStore,
    private readonly repository: InvoiceRepository,
    private readonly recorder: InvoiceRecorder,
    private readonly workflow: OrderWorkflow,
    private readonly clock: InvoiceClock,
  ) {}

  issue(actor: Principal, invoiceId: string, input: CreditNoteDto): Promise<InvoiceResponse> {
    return this.db.transaction(async () => {
      const invoice = await this.invoices.require(invoiceId, true);
      if (invoice.kind !== 'invoice') throw InvoiceErrors.creditNoteOfCreditNote();
      if ((await this.repository.creditNotesOf([invoice.id])).has(invoice.id)) throw InvoiceErrors.credited();
      const lines = (await this.repository.linesOf([invoice.id])).get(invoice.id) ?? [];
      await this.workflow.move(actor, invoice.repairOrderId, 'completed');
      const issuedAt = this.clock.now();
      const issueDate = localDate(issuedAt, invoice.timeZone);
      const { invoice: note } = await this.recorder.record(
        {
          kind: 'credit_note',
          repairOrderId: invoice.repairOrderId,
          repairOrderNumber: invoice.repairOrderNumber,
          correctsInvoiceId: invoice.id,
          clientId: invoice.clientId,
          vehicleId: invoice.vehicleId,
          currency: invoice.currency,
          locale: invoice.locale,
          timeZone: invoice.timeZone,
          issuedAt,
          issueDate,
          saleDate: invoice.saleDate,
          dueDate: issueDate,
          netMinor: -invoice.netMinor,
          vatMinor: -invoice.vatMinor,
          grossMinor: -invoice.grossMinor,
          seller: invoice.seller,
          buyer: invoice.buyer,
          vehicle: invoice.vehicle,
          reason: input.reason.trim(),
          issuedBy: actor.userId,
        },
        lines.map((line) => ({
          position: line.position,
          kind: line.kind,
          description: line.description,
          partId: line.partId,
          mechanicUserId: line.mechanicUserId,
          quantityHundredths: -line.quantityHundredths,
          unitPriceMinor: line.unitPriceMinor,
          vatRateBp: line.vatRateBp,
          netMinor: -line.netMinor,
        })),
      );
      return this.invoices.present(note.id);
    });
  }
}
