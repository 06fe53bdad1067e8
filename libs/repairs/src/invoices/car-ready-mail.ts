import { Injectable } from '@nestjs/common';
import { ClientsService, GarageContacts } from '@pitlane/garage';
import { WorkshopProfileService } from '@pitlane/identity';
import { MailOutbox } from '@pitlane/mail';
import type { OrderTransition, OrderTransitionHook } from '../orders/order-transition-hook';
import { INVOICE_ONLY } from '../orders/status-workflow';

/**
 * Tells the customer their car is ready when an order is completed, in the moving transaction
 * (no mail for a move that rolls back). Once per order: the ledger's idempotency key names the
 * order, so an order that comes back to `completed` after a credit note is not announced again.
 */
@Injectable()
export class CarReadyMail implements OrderTransitionHook {
  constructor(
    private readonly clients: ClientsService,
    private readonly contacts: GarageContacts,
    private readonly workshops: WorkshopProfileService,
    private readonly outbox: MailOutbox,
  ) {}

  async after({ order, from, to }: OrderTransition): Promise<void> {
    if (to !== 'completed' || INVOICE_ONLY.includes(from) || order.clientId === null) return;
    const client = await this.clients.require(order.clientId);
    if (!client.email) return;
    const car = await this.contacts.vehicleLabel(order.vehicleId);
    const workshop = await this.workshops.current();
    await this.outbox.send({
      idempotencyKey: `car_ready:${order.id}`,
      template: 'car_ready',
      locale: workshop.locale,
      to: { email: client.email },
      workshopName: workshop.name,
      data: {
        name: client.firstName,
        vehicle: [car.plate, `${car.make} ${car.model}`].filter(Boolean).join(' '),
      },
    });
  }
}
