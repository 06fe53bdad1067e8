import { Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';
import { MetricsRegistry } from './metrics-registry';

/** Where a booking was made: the workshop's public page, or by staff. */
export const BOOKING_CHANNELS = ['public', 'staff'] as const;

/**
 * What the workshops do on the platform, as plain counters without a tenant label (a per-tenant
 * view is a database question, not a metrics one). Signups are counted now; bookings, repair
 * orders and invoices are declared here so dashboards and alerts exist before their features,
 * which increment them when they land.
 */
@Injectable()
export class BusinessMetrics {
  readonly signups: Counter;
  readonly bookingsCreated: Counter<'channel'>;
  readonly bookingsCancelled: Counter;
  readonly repairOrdersOpened: Counter;
  readonly repairOrdersClosed: Counter;
  readonly invoicesIssued: Counter;

  constructor(registry: MetricsRegistry) {
    const registers = [registry];
    this.signups = new Counter({ name: 'pitlane_signups_total', help: 'Workshops signed up.', registers });
    this.bookingsCreated = new Counter({
      name: 'pitlane_bookings_created_total',
      help: 'Bookings made, by channel (public page or staff).',
      labelNames: ['channel'],
      registers,
    });
    this.bookingsCancelled = new Counter({
      name: 'pitlane_bookings_cancelled_total',
      help: 'Bookings cancelled.',
      registers,
    });
    this.repairOrdersOpened = new Counter({
      name: 'pitlane_repair_orders_opened_total',
      help: 'Repair orders opened.',
      registers,
    });
    this.repairOrdersClosed = new Counter({
      name: 'pitlane_repair_orders_closed_total',
      help: 'Repair orders closed.',
      registers,
    });
    this.invoicesIssued = new Counter({ name: 'pitlane_invoices_issued_total', help: 'Invoices issued.', registers });
    // Series exist from boot, so dashboards show zero rather than "no data".
    for (const channel of BOOKING_CHANNELS) this.bookingsCreated.inc({ channel }, 0);
  }
}
