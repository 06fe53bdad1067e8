import { Injectable } from '@nestjs/common';
import { ClientsService } from '@pitlane/garage';
import { WorkshopProfileService } from '@pitlane/identity';
import { linkInLanguage, MailOutbox } from '@pitlane/mail';
import { DateTime } from 'luxon';
import type { AppointmentLine } from '../appointments/appointment-line.entity';
import type { Appointment } from '../appointments/appointment.entity';
import { appointmentCalendarFile } from './appointment-calendar-file';

export interface AppointmentMailContext {
  readonly appointment: Appointment;
  readonly lines: readonly AppointmentLine[];
  /** The workshop's zone: the time in the mail is the customer's time at the workshop. */
  readonly timeZone: string;
}

/**
 * The customer's mails about an appointment, through the mail ledger in the open tenant
 * transaction. Each idempotency key names the appointment (and, for moves and reminders, the
 * booked time's version), so a retried write never mails twice. A client without an e-mail
 * address gets none.
 */
@Injectable()
export class AppointmentMailer {
  constructor(
    private readonly outbox: MailOutbox,
    private readonly workshops: WorkshopProfileService,
    private readonly clients: ClientsService,
  ) {}

  async confirmation(context: AppointmentMailContext, manageLink: string): Promise<void> {
    const base = await this.base(context);
    if (!base) return;
    await this.outbox.send({
      ...base.envelope,
      idempotencyKey: `appointment_confirmation:${context.appointment.id}`,
      template: 'appointment_confirmation',
      data: {
        ...base.data,
        manageLink: linkInLanguage(manageLink, base.envelope.locale),
        calendar: base.calendar(false),
      },
    });
  }

  async rescheduled(context: AppointmentMailContext): Promise<void> {
    const base = await this.base(context);
    if (!base) return;
    await this.outbox.send({
      ...base.envelope,
      idempotencyKey: `appointment_rescheduled:${context.appointment.id}:${context.appointment.scheduleVersion}`,
      template: 'appointment_rescheduled',
      data: { ...base.data, calendar: base.calendar(false) },
    });
  }

  async cancelled(context: AppointmentMailContext): Promise<void> {
    const base = await this.base(context);
    if (!base) return;
    await this.outbox.send({
      ...base.envelope,
      idempotencyKey: `appointment_cancelled:${context.appointment.id}`,
      template: 'appointment_cancelled',
      data: { ...base.data, calendar: base.calendar(true) },
    });
  }

  /** Keyed by the schedule version: one reminder per booked time, whoever sends it, however often. */
  async reminder(context: AppointmentMailContext): Promise<boolean> {
    const base = await this.base(context);
    if (!base) return false;
    await this.outbox.send({
      ...base.envelope,
      idempotencyKey: `appointment_reminder:${context.appointment.id}:${context.appointment.scheduleVersion}`,
      template: 'appointment_reminder',
      data: base.data,
    });
    return true;
  }

  private async base(context: AppointmentMailContext) {
    const client = await this.clients.require(context.appointment.clientId);
    if (!client.email) return null;
    const workshop = await this.workshops.current();
    const services = context.lines.map((line) => line.name).join(', ');
    const when = DateTime.fromJSDate(context.appointment.startsAt, { zone: context.timeZone })
      .setLocale(workshop.locale)
      .toLocaleString({
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZoneName: 'short',
      });
    return {
      envelope: { locale: workshop.locale, to: { email: client.email }, workshopName: workshop.name },
      data: { name: client.firstName, when, services },
      calendar: (cancelled: boolean) =>
        appointmentCalendarFile({
          appointment: context.appointment,
          title: `${services} – ${workshop.name}`,
          workshopName: workshop.name,
          cancelled,
        }),
    };
  }
}
