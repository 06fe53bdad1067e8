import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantContext, TenantDatabase } from '@pitlane/core';
import { DateTime } from 'luxon';
import { AppointmentBook } from '../appointments/appointment-book';
import { AppointmentLine } from '../appointments/appointment-line.entity';
import { Appointment, AppointmentStatus } from '../appointments/appointment.entity';
import { AppointmentRepository } from '../appointments/appointment.repository';
import { requireInstant } from '../appointments/appointments.service';
import { inZone, localDateOf, ZoneWriter } from '../appointments/local-time';
import { availableSlots, checkSlot } from '../availability/availability-engine';
import { ServiceCatalog } from '../catalog/service-catalog.service';
import type { ServiceOffering } from '../catalog/service-offering.entity';
import { Clock } from '../clock';
import { SchedulingError, SchedulingErrorCode } from '../errors/scheduling.error';
import { appointmentCalendarFile } from '../notifications/appointment-calendar-file';
import { AppointmentMailer } from '../notifications/appointment-mailer';
import { ScheduleSettings } from '../settings/schedule-settings.entity';
import { rulesOf, ScheduleSettingsService } from '../settings/schedule-settings.service';
import { BookingContacts } from './booking-contacts';
import { AvailabilityQuery } from './dto/availability.query';
import { CreateBookingDto } from './dto/create-booking.dto';
import { BookingTokens } from './booking-tokens';
import { ManageBookingDto } from './dto/manage-booking.dto';
import { ManageLinks } from './manage-links';
import {
  AvailabilityResponse,
  CreatedBookingResponse,
  PublicBookingResponse,
  PublicWorkshopResponse,
} from './public-booking.response';
import { PublicWorkshop, PublicWorkshops } from './public-workshops';

const MINUTE = 60_000;
const MAX_AVAILABILITY_DAYS = 31;
/** The statuses a customer may still move or cancel (before the cut-off). */
const CHANGEABLE: readonly AppointmentStatus[] = ['requested', 'confirmed'];

/**
 * The customer's side, without an account: the workshop (from its slug, never from the body)
 * and its bookable services, free slots and booking; then managing a booking with its signed
 * token, which names its workshop itself. Each call runs in that one workshop's tenant context.
 */
@Injectable()
export class PublicBookingService {
  constructor(
    private readonly workshops: PublicWorkshops,
    private readonly tenantContext: TenantContext,
    private readonly db: TenantDatabase,
    private readonly repository: AppointmentRepository,
    private readonly settings: ScheduleSettingsService,
    private readonly catalog: ServiceCatalog,
    private readonly appointments: AppointmentBook,
    private readonly contacts: BookingContacts,
    private readonly mailer: AppointmentMailer,
    private readonly links: ManageLinks,
    private readonly tokens: BookingTokens,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  profile(slug: string): Promise<PublicWorkshopResponse> {
    return this.inWorkshop(slug, async () => {
      const settings = await this.settings.load();
      // A page switched off still answers, to say so; it lists nothing to book.
      const services = settings.bookingPageEnabled ? await this.catalog.bookableOnline() : [];
      return {
        ...(await this.workshops.summary(settings)),
        openingHours: settings.openingHours as PublicWorkshopResponse['openingHours'],
        slotMinutes: settings.slotMinutes,
        bookingPageEnabled: settings.bookingPageEnabled,
        services: services.map((service) => ({
          id: service.id,
          name: service.name,
          description: service.description,
          durationMinutes: service.durationMinutes,
          priceMinor: service.priceMinor,
          vatRateBp: service.vatRateBp,
        })),
      };
    });
  }

  availability(slug: string, query: AvailabilityQuery): Promise<AvailabilityResponse> {
    return this.inWorkshop(slug, async () => {
      const settings = bookable(await this.settings.load());
      const zone = settings.timeZone;
      const from = localDateOf(query.from, zone);
      const to = localDateOf(query.to, zone);
      if (!from) throw SchedulingError.invalid('from', 'must be a date "YYYY-MM-DD" or a date-time with an offset');
      if (!to) throw SchedulingError.invalid('to', 'must be a date "YYYY-MM-DD" or a date-time with an offset');
      const first = DateTime.fromISO(from, { zone });
      const last = DateTime.fromISO(to, { zone });
      if (last < first) throw SchedulingError.invalid('to', 'must be on or after from');
      if (last.diff(first, 'days').days >= MAX_AVAILABILITY_DAYS) {
        throw SchedulingError.invalid('to', `the range may span at most ${MAX_AVAILABILITY_DAYS} days`);
      }
      const services = await this.catalog.require(query.serviceIds, true);
      const durationMinutes = totalMinutes(services);
      const occupancy = await this.repository.occupancy(
        first.minus({ days: 1 }).toJSDate(),
        last.plus({ days: 2 }).toJSDate(),
      );
      const slots = availableSlots(rulesOf(settings), occupancy, { from, to, durationMinutes, now: this.clock.now() });
      const writer = new ZoneWriter(zone);
      return {
        timeZone: zone,
        from,
        to,
        durationMinutes,
        slots: slots.map((slot) => ({ start: writer.iso(slot.start), end: writer.iso(slot.end) })),
      };
    });
  }

  book(slug: string, input: CreateBookingDto): Promise<CreatedBookingResponse> {
    const startsAt = requireInstant(input.startsAt);
    return this.inWorkshop(slug, async (workshop) => {
      const now = this.clock.now();
      const settings = bookable(await this.settings.load());
      const services = await this.catalog.require(input.serviceIds, true);
      const freeBays = await this.allowedBays(settings, services, startsAt, now);
      const contact = await this.contacts.create(
        { tenantId: workshop.id, country: workshop.country },
        input.customer,
        input.vehicle,
      );
      const token = this.tokens.mint(workshop.id);
      const appointment = await this.appointments.insert({
        settings,
        services,
        startsAt,
        bays: freeBays,
        clientId: contact.clientId,
        vehicleId: contact.vehicleId,
        source: 'online',
        status: 'confirmed',
        notes: null,
        manageTokenHash: this.tokens.hash(token),
        now,
      });
      // Another booking committed on every free bay between the check and the insert: the
      // exclusion constraint refused each. The whole transaction (client and vehicle too) is undone.
      if (!appointment) {
        throw this.appointments.ruleError(
          'taken',
          await this.appointments.alternatives(settings, totalMinutes(services), startsAt, now),
        );
      }
      await this.audit.record({
        action: 'appointment.booked',
        entityType: 'appointment',
        entityId: appointment.id,
        changedFields: ['startsAt', 'serviceIds', 'clientId', 'vehicleId'],
      });
      const lines = await this.repository.linesOfOne(appointment.id);
      const manageUrl = this.links.booking(token);
      await this.mailer.confirmation({ appointment, lines, timeZone: settings.timeZone }, manageUrl);
      return { ...(await this.present(appointment, lines, settings, now)), manageToken: token, manageUrl };
    });
  }

  /** `POST /public/bookings/view`: the booking the body's token opens. */
  view(token: string): Promise<PublicBookingResponse> {
    return this.inBooking(token, async () => {
      const settings = await this.settings.load();
      const appointment = await this.byToken(token);
      const lines = await this.repository.linesOfOne(appointment.id);
      return this.present(appointment, lines, settings, this.clock.now());
    });
  }

  /**
   * `POST /public/bookings/calendar-file`: the booking as the same iCalendar file its mails
   * attach (a cancelled one as a cancellation, so a calendar removes it).
   */
  calendarFile(token: string): Promise<string> {
    return this.inBooking(token, async () => {
      const settings = await this.settings.load();
      const appointment = await this.byToken(token);
      const lines = await this.repository.linesOfOne(appointment.id);
      const workshop = await this.workshops.summary(settings);
      return appointmentCalendarFile({
        appointment,
        title: `${lines.map((line) => line.name).join(', ')} – ${workshop.name}`,
        workshopName: workshop.name,
        cancelled: appointment.status === 'cancelled',
      });
    });
  }

  /** `POST /public/bookings/manage`: the body's action, on the booking its token opens. */
  manage(input: ManageBookingDto): Promise<PublicBookingResponse> {
    switch (input.action) {
      case 'reschedule':
        return this.reschedule(input.token, input.startsAt ?? '');
      case 'cancel':
        return this.cancel(input.token, input.reason ?? null);
    }
  }

  private cancel(token: string, reason: string | null): Promise<PublicBookingResponse> {
    return this.inBooking(token, async () => {
      const now = this.clock.now();
      const settings = await this.settings.load();
      const appointment = await this.changeable(settings, token, now);
      await this.repository.update(appointment.id, {
        status: 'cancelled',
        cancelledAt: now,
        cancellationReason: reason,
      });
      await this.appointments.cancelled();
      await this.audit.record({
        action: 'appointment.cancelled',
        entityType: 'appointment',
        entityId: appointment.id,
        changedFields: reason ? ['status', 'cancellationReason'] : ['status'],
      });
      const cancelled = await this.reread(appointment.id);
      const lines = await this.repository.linesOfOne(appointment.id);
      await this.mailer.cancelled({ appointment: cancelled, lines, timeZone: settings.timeZone });
      return this.present(cancelled, lines, settings, now);
    });
  }

  private reschedule(token: string, at: string): Promise<PublicBookingResponse> {
    const startsAt = requireInstant(at);
    return this.inBooking(token, async () => {
      const now = this.clock.now();
      const settings = await this.settings.load();
      const appointment = await this.changeable(settings, token, now);
      const lines = await this.repository.linesOfOne(appointment.id);
      const duration = lines.reduce((sum, line) => sum + line.durationMinutes, 0);
      const occupancy = await this.repository.occupancy(
        new Date(startsAt.getTime() - 2 * 24 * 60 * MINUTE),
        new Date(startsAt.getTime() + 2 * 24 * 60 * MINUTE),
        appointment.id,
      );
      const verdict = checkSlot(rulesOf(settings), occupancy, startsAt, duration, now);
      if (!verdict.ok) {
        const conflict = verdict.rule === 'taken' || verdict.rule === 'buffer';
        throw this.appointments.ruleError(
          verdict.rule,
          conflict
            ? await this.appointments.alternatives(settings, duration, startsAt, now, appointment.id)
            : undefined,
        );
      }
      const bays = [appointment.bay, ...verdict.freeBays.filter((bay) => bay !== appointment.bay)].filter((bay) =>
        verdict.freeBays.includes(bay),
      );
      if (!(await this.appointments.move(appointment, settings, duration, startsAt, bays, now))) {
        throw this.appointments.ruleError(
          'taken',
          await this.appointments.alternatives(settings, duration, startsAt, now, appointment.id),
        );
      }
      await this.audit.record({
        action: 'appointment.moved',
        entityType: 'appointment',
        entityId: appointment.id,
        changedFields: ['startsAt'],
      });
      const moved = await this.reread(appointment.id);
      await this.mailer.rescheduled({ appointment: moved, lines, timeZone: settings.timeZone });
      return this.present(moved, lines, settings, now);
    });
  }

  /** The bays a public booking may take at `startsAt`, or the 400/409 naming the broken rule. */
  private async allowedBays(
    settings: ScheduleSettings,
    services: readonly ServiceOffering[],
    startsAt: Date,
    now: Date,
  ): Promise<readonly number[]> {
    const duration = totalMinutes(services);
    const occupancy = await this.repository.occupancy(
      new Date(startsAt.getTime() - 2 * 24 * 60 * MINUTE),
      new Date(startsAt.getTime() + 2 * 24 * 60 * MINUTE),
    );
    const verdict = checkSlot(rulesOf(settings), occupancy, startsAt, duration, now);
    if (verdict.ok) return verdict.freeBays;
    const conflict = verdict.rule === 'taken' || verdict.rule === 'buffer';
    throw this.appointments.ruleError(
      verdict.rule,
      conflict ? await this.appointments.alternatives(settings, duration, startsAt, now) : undefined,
    );
  }

  /** The booking the token opens, locked, if the customer may still change it. */
  private async changeable(settings: ScheduleSettings, token: string, now: Date): Promise<Appointment> {
    const appointment = await this.byToken(token, true);
    if (!CHANGEABLE.includes(appointment.status)) {
      throw new SchedulingError(
        SchedulingErrorCode.InvalidTransition,
        `This booking is ${appointment.status.replace('_', ' ')} and can no longer be changed here.`,
      );
    }
    const cutoff = appointment.startsAt.getTime() - settings.cancellationCutoffMinutes * MINUTE;
    if (now.getTime() > cutoff) {
      throw new SchedulingError(
        SchedulingErrorCode.CancellationCutoff,
        'It is too late to change this booking online; please call the workshop.',
        undefined,
        { rule: 'cancellation_cutoff', changeableUntil: inZone(new Date(cutoff), settings.timeZone) },
      );
    }
    return appointment;
  }

  private async byToken(token: string, lock = false): Promise<Appointment> {
    const appointment = await this.repository.findByTokenHash(this.tokens.hash(token), { lock });
    if (!appointment) throw SchedulingError.bookingNotFound();
    return appointment;
  }

  private async present(
    appointment: Appointment,
    lines: readonly AppointmentLine[],
    settings: ScheduleSettings,
    now: Date,
  ): Promise<PublicBookingResponse> {
    const zone = settings.timeZone;
    const cutoff = new Date(appointment.startsAt.getTime() - settings.cancellationCutoffMinutes * MINUTE);
    return {
      id: appointment.id,
      status: appointment.status,
      startsAt: inZone(appointment.startsAt, zone),
      endsAt: inZone(appointment.endsAt, zone),
      services: lines.map((line) => line.name),
      serviceIds: lines.map((line) => line.serviceId),
      durationMinutes: lines.reduce((sum, line) => sum + line.durationMinutes, 0),
      changeableUntil: inZone(cutoff, zone),
      changeable: CHANGEABLE.includes(appointment.status) && now.getTime() <= cutoff.getTime(),
      cancellationReason: appointment.cancellationReason,
      workshop: await this.workshops.summary(settings),
    };
  }

  private async reread(id: string): Promise<Appointment> {
    const appointment = await this.repository.find(id);
    if (!appointment) throw SchedulingError.bookingNotFound();
    return appointment;
  }

  /**
   * Runs `work` in a transaction of the workshop the token names, once its signature holds. A
   * tampered, truncated or foreign token is the same 404 as a missing booking, before any query;
   * a suspended workshop's link answers that it is not taking requests and changes nothing.
   */
  private inBooking<T>(token: string, work: () => Promise<T>): Promise<T> {
    const tenantId = this.tokens.tenantOf(token);
    if (!tenantId) return Promise.reject(SchedulingError.bookingNotFound());
    return this.tenantContext.run(tenantId, () =>
      this.db.transaction(async () => {
        // A workshop that is gone: its bookings are as missing as any other.
        await this.workshops.requireAcceptingRequests(() => SchedulingError.bookingNotFound());
        return work();
      }),
    );
  }

  /**
   * Resolves the slug and runs `work` in a transaction of that workshop, once it is known to take
   * requests (re-read in the transaction: a suspension counts at once, whatever the slug cache says).
   */
  private async inWorkshop<T>(slug: string, work: (workshop: PublicWorkshop) => Promise<T>): Promise<T> {
    const workshop = await this.workshops.bySlug(slug);
    return this.tenantContext.run(workshop.id, () =>
      this.db.transaction(async () => {
        await this.workshops.requireAcceptingRequests();
        return work(workshop);
      }),
    );
  }
}

/** The settings of a workshop whose booking page is on; 403 `booking-page-disabled` when it is off. */
function bookable(settings: ScheduleSettings): ScheduleSettings {
  if (!settings.bookingPageEnabled) throw SchedulingError.bookingPageDisabled();
  return settings;
}

function totalMinutes(services: readonly ServiceOffering[]): number {
  return services.reduce((sum, service) => sum + service.durationMinutes, 0);
}
