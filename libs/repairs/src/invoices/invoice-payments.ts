import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantDatabase } from '@pitlane/core';
import { Principal } from '@pitlane/identity';
import { OrderWorkflow } from '../orders/order-workflow';
import { MarkPaidDto } from './dto/mark-paid.dto';
import { InvoiceErrors } from './invoice-errors';
import { InvoiceStore } from './invoice-store';
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
    private readonly workflow: OrderWorkflow,
    private readonly audit: AuditTrail,
  ) {}

  markPaid(actor: Principal, invoiceId: string, input: MarkPaidDto): Promise<InvoiceResponse> {
    return this.db.transaction(async (manager) => {
      const invoice = await this.invoices.require(manager, invoiceId, true);
      if (invoice.kind !== 'invoice') throw InvoiceErrors.creditNoteNotPayable();
      if (invoice.paidAt !== null) throw InvoiceErrors.alreadyPaid();
      if ((await this.invoices.creditNotesOf(manager, [invoice.id])).has(invoice.id)) throw InvoiceErrors.credited();
      // paid_at: the start of that day in the workshop's zone, computed by Postgres's zone rules.
      await manager.query(
        `update invoices
            set paid_on = $2::date,
                paid_at = ($2::date)::timestamp at time zone $3,
                payment_method = $4,
                paid_recorded_by = $5,
                paid_recorded_at = now()
          where id = $1`,
        [invoice.id, input.paidOn, invoice.timeZone, input.method, actor.userId],
      );
      await this.workflow.move(manager, actor, invoice.repairOrderId, 'paid');
      await this.audit.record(manager, {
        action: 'invoice.paid',
        entityType: 'invoice',
        entityId: invoice.id,
        changedFields: ['paidOn', 'paymentMethod'],
      });
      return this.invoices.present(manager, invoice.id);
    });
  }
}
