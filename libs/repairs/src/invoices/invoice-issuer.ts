import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { Principal } from '@pitlane/identity';
import { OrderWorkflow } from '../orders/order-workflow';
import { InvoiceDrafts } from './invoice-drafts';
import { InvoiceMail } from './invoice-mail';
import { InvoiceRecorder } from './invoice-recorder';
import { InvoiceStore } from './invoice-store';
import { InvoiceResponse } from './invoice.response';

/**
 * Issues the invoice of a completed repair order and moves the order to `invoiced`, in one
 * transaction: the order row is locked first, the number is taken last, and the buyer's mail
 * (with the PDF) is asked for before the commit, so all of it happens or none does.
 */
@Injectable()
export class InvoiceIssuer {
  constructor(
    private readonly db: TenantDatabase,
    private readonly drafts: InvoiceDrafts,
    private readonly recorder: InvoiceRecorder,
    private readonly invoices: InvoiceStore,
    private readonly workflow: OrderWorkflow,
    private readonly mail: InvoiceMail,
  ) {}

  issue(actor: Principal, orderId: string): Promise<InvoiceResponse> {
    return this.db.transaction(async () => {
      const { draft, lines, workshopName } = await this.drafts.ofCompletedOrder(actor, orderId);
      // The move first: a hook refusing it costs no number.
      await this.workflow.move(actor, orderId, 'invoiced');
      const issued = await this.recorder.record(draft, lines);
      await this.mail.send(issued.invoice, issued.lines, workshopName);
      return this.invoices.present(issued.invoice.id);
    });
  }
}
