import { Injectable } from '@nestjs/common';
import { ClientsService } from '@pitlane/garage';
import { WorkshopProfileService } from '@pitlane/identity';
import { linkInLanguage, MailOutbox } from '@pitlane/mail';
import { formatMoney } from '../money/money-format';
import { RepairOrder } from '../orders/repair-order.entity';
import { EstimateSnapshot } from './estimate-snapshot';

/**
 * Mails the customer an estimate version with its link, through the mail ledger in the caller's
 * transaction. The idempotency key names order and version: a retried send never mails twice,
 * and the link itself is sealed in the ledger (SECRET_FIELDS), never stored in clear.
 */
@Injectable()
export class EstimateMailer {
  constructor(
    private readonly outbox: MailOutbox,
    private readonly workshops: WorkshopProfileService,
    private readonly clients: ClientsService,
  ) {}

  /** The address the estimate would go to; null when the order has no client or the client no e-mail. */
  async recipient(order: RepairOrder): Promise<{ email: string; name: string } | null> {
    const { clientId } = order;
    if (clientId === null) return null;
    const client = await this.clients.require(clientId);
    return client.email ? { email: client.email, name: client.firstName } : null;
  }

  async send(
    order: RepairOrder,
    to: { readonly email: string; readonly name: string },
    snapshot: EstimateSnapshot,
    link: string,
  ): Promise<void> {
    const workshop = await this.workshops.current();
    const { plate, make, model } = snapshot.vehicle;
    await this.outbox.send({
      idempotencyKey: `estimate_sent:${order.id}:${snapshot.version}`,
      template: 'estimate_sent',
      locale: workshop.locale,
      to: { email: to.email },
      workshopName: workshop.name,
      data: {
        name: to.name,
        vehicle: [plate, make, model].filter(Boolean).join(' '),
        orderNumber: order.number,
        version: snapshot.version,
        total: formatMoney(snapshot.openTotals.grossMinor, snapshot.currency, workshop.locale),
        link: linkInLanguage(link, workshop.locale),
      },
    });
  }
}
