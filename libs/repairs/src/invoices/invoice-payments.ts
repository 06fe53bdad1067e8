import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantDatabase } from '@pitlane/core';
import { Principal } from '@pitlane/identity';
import { OrderWorkflow } from '../orders/order-workflow';
import { MarkPaidDto } from './dto/mark-paid.dto';
import { InvoiceErrors } from './invoice-errors';
import { InvoiceStore } from './invoice-store';
import { InvoiceRepository } from './invoice.repository';
import { InvoiceResponse } from './invoice.response';

/**
 * Records that an invoice was paid (how, and on which day) and moves its order to `paid`. The
 * only change an issued invoice ever takes: the app role may update nothing but these columns,
 * and only once (the invoices trigger refuses a second payment even past this check).
 */
@Injectable()
export class InvoicePayments {
  constructor(
    private readonly db: TenantDatabase,
    private readonly invoices: InvoiceStore,
    private readonly repository: InvoiceRepository,
    private readonly workflow: OrderWorkflow,
    private readonly audit: AuditTrail,
  ) {}

  markPaid(actor: Principal, invoiceId: string, input: MarkPaidDto): Promise<InvoiceResponse> {
    return this.db.transaction(async () => {
      const invoice = await this.invoices.require(invoiceId, true);
      if (invoice.kind !== 'invoice') throw InvoiceErrors.creditNoteNotPayable();
      if (invoice.paidAt !== null) throw InvoiceErrors.alreadyPaid();
      if ((await this.repository.creditNotesOf([invoice.id])).has(invoice.id)) throw InvoiceErrors.credited();
      await this.repository.markPaid(invoice.id, {
        paidOn: input.paidOn,
        timeZone: invoice.timeZone,
        method: input.method,
        recordedBy: actor.userId,
      });
      await this.workflow.move(actor, invoice.repairOrderId, 'paid');
      await this.audit.record({
        action: 'invoice.paid',
        entityType: 'invoice',
        entityId: invoice.id,
        changedFields: ['paidOn', 'paymentMethod'],
      });
      return this.invoices.present(invoice.id);
    });
  }
}
