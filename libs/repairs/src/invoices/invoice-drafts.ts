import { Injectable } from '@nestjs/common';
import { ClientsService, GarageContacts } from '@pitlane/garage';
import { TenantDatabase } from '@pitlane/core';
import { Principal, WorkshopProfileService } from '@pitlane/identity';
import { RepairOrderRepository } from '../orders/repair-order.repository';
import { addDays, localDate } from './invoice-dates';
import { InvoiceErrors } from './invoice-errors';
import type { InvoiceDraft, InvoiceLineDraft } from './invoice-recorder';
import { InvoiceSettingsService } from './invoice-settings.service';
import { invoiceTotals } from './invoice-totals';
import { InvoiceClock } from './invoice-clock';

export interface OrderInvoiceDraft {
  readonly draft: InvoiceDraft;
  readonly lines: readonly InvoiceLineDraft[];
  readonly workshopName: string;
}

/**
 * The snapshot an invoice freezes of a completed order: the workshop's billing details, the
 * buyer (name, e-mail, phone: never the national id), the car (plate, make, model, year, the
 * mileage the order came in with: never the VIN), the lines the customer did not decline with
 * their totals by the order rounding rule, and the dates in the workshop's time zone.
 */
@Injectable()
export class InvoiceDrafts {
  constructor(
    private readonly db: TenantDatabase,
    private readonly orders: RepairOrderRepository,
    private readonly settings: InvoiceSettingsService,
    private readonly workshops: WorkshopProfileService,
    private readonly clients: ClientsService,
    private readonly contacts: GarageContacts,
    private readonly clock: InvoiceClock,
  ) {}

  /**
   * Locks the order (two issues of one order queue up; the second finds it invoiced) and drafts
   * its invoice: 409 unless it is completed, has billing details to print and a line to bill.
   */
  ofCompletedOrder(actor: Principal, orderId: string): Promise<OrderInvoiceDraft> {
    return this.db.transaction(() => this.draft(actor, orderId));
  }

  private async draft(actor: Principal, orderId: string): Promise<OrderInvoiceDraft> {
    const order = await this.orders.require(orderId, true);
    if (order.status !== 'completed') throw InvoiceErrors.orderNotInvoiceable(order.status);
    const seller = await this.settings.seller();
    const lines = ((await this.orders.linesOf([order.id])).get(order.id) ?? []).filter(
      (line) => line.approval !== 'declined',
    );
    if (lines.length === 0) throw InvoiceErrors.nothingToInvoice();
    const workshop = await this.workshops.current();
    const client = order.clientId ? await this.clients.require(order.clientId) : null;
    const car = await this.contacts.vehicleLabel(order.vehicleId);
    const totals = invoiceTotals('invoice', lines);
    const issuedAt = this.clock.now();
    const issueDate = localDate(issuedAt, workshop.timeZone);
    return {
      workshopName: workshop.name,
      draft: {
        kind: 'invoice',
        repairOrderId: order.id,
        repairOrderNumber: order.number,
        correctsInvoiceId: null,
        clientId: order.clientId,
        vehicleId: order.vehicleId,
        currency: order.currency,
        locale: workshop.locale,
        timeZone: workshop.timeZone,
        issuedAt,
        issueDate,
        // The order is completed, so its last status change is the day the work was done.
        saleDate: localDate(order.statusChangedAt, workshop.timeZone),
        dueDate: addDays(issueDate, seller.paymentTermsDays),
        netMinor: totals.netMinor,
        vatMinor: totals.vatMinor,
        grossMinor: totals.grossMinor,
        seller,
        buyer: client
          ? { name: `${client.firstName} ${client.lastName}`, email: client.email, phone: client.phone }
          : { name: null, email: null, phone: null },
        vehicle: { ...car, mileageKm: order.mileageIn },
        reason: null,
        issuedBy: actor.userId,
      },
      lines: lines.map((line, index) => ({
        position: index + 1,
        kind: line.kind,
        description: line.description,
        partId: line.partId,
        mechanicUserId: line.mechanicUserId,
        quantityHundredths: line.quantityHundredths,
        unitPriceMinor: line.unitPriceMinor,
        vatRateBp: line.vatRateBp,
        netMinor: line.netMinor,
      })),
    };
  }
}
