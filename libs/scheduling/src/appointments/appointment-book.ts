import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { BusinessMetrics } from '@pitlane/observability';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { availableSlots, SlotRule } from '../availability/availability-engine';
import type { ServiceOffering } from '../catalog/service-offering.entity';
import { SchedulingError, SchedulingErrorCode } from '../errors/scheduling.error';
import type { ScheduleSettings } from '../settings/schedule-settings.entity';
import { rulesOf } from '../settings/schedule-settings.service';
import { Appointment, AppointmentSource, AppointmentStatus } from './appointment.entity';
import { AppointmentRepository } from './appointment.repository';
import { SlotResponse } from './appointment.response';
import { BayPlacement } from './bay-placement';
import { inZone } from './local-time';

const MINUTE = 60_000;
const ALTERNATIVES = 5;
const ALTERNATIVE_DAYS = 7;

/** Free times offered with a 409: the next ones from the asked time, and the nearest either side. */
export interface SlotOffers {
  readonly alternatives: readonly SlotResponse[];
  readonly nearestSlots: readonly SlotResponse[];
}

export interface NewAppointment {
  readonly settings: ScheduleSettings;
  readonly services: readonly ServiceOffering[];
  readonly startsAt: Date;
  readonly bays: readonly number[];
  readonly clientId: string;
  readonly vehicleId: string | null;
  readonly source: AppointmentSource;
  readonly status: AppointmentStatus;
  readonly notes: string | null;
  readonly manageTokenHash: Buffer | null;
  readonly now: Date;
}

const RULE_ERRORS: Readonly<Record<SlotRule, { code: SchedulingErrorCode; detail: string }>> = {
  past: { code: SchedulingErrorCode.SlotInPast, detail: 'This time has already passed.' },
  minimum_notice: {
    code: SchedulingErrorCode.MinimumNotice,
    detail: 'This time is too soon: the workshop needs more notice.',
  },
  booking_horizon: {
    code: SchedulingErrorCode.BookingHorizon,
    detail: 'This time is further ahead than the workshop takes bookings.',
  },
  closed_date: { code: SchedulingErrorCode.ClosedDate, detail: 'The workshop is closed on this date.' },
  outside_opening_hours: {
    code: SchedulingErrorCode.OutsideOpeningHours,
    detail: 'The job would not fit inside the opening hours.',
  },
  slot_alignment: {
    code: SchedulingErrorCode.SlotNotAligned,
    detail: 'Bookings start on the workshop slot grid; pick one of the offered times.',
  },
  buffer: {
    code: SchedulingErrorCode.BufferConflict,
    detail: 'This time is too close to another job: the workshop keeps a buffer between jobs.',
  },
  taken: { code: SchedulingErrorCode.SlotTaken, detail: 'This time is no longer free.' },
};

/**
 * Writing appointments: the occupancy the engine reads, placement on a free bay under the
 * exclusion constraint, moves, and the 400/409 answers that name the broken rule (with fresh
 * alternatives when the time was taken).
 */
@Injectable()
export class AppointmentBook {
  constructor(
    private readonly db: TenantDatabase,
    private readonly appointments: AppointmentRepository,
    private readonly placement: BayPlacement,
    private readonly business: BusinessMetrics,
  ) {}

  /** Inserts the appointment on the first free bay of `bays`; null when each was taken. */
  async insert(input: NewAppointment): Promise<Appointment | null> {
    const id = randomUUID();
    const span = this.span(input.settings, input.services, input.startsAt, input.now);
    const bay = await this.placement.place(input.bays, async (candidate) => {
      await this.appointments.insert({
        id,
        clientId: input.clientId,
        vehicleId: input.vehicleId,
        bay: candidate,
        ...span,
        status: input.status,
        source: input.source,
        notes: input.notes,
        manageTokenHash: input.manageTokenHash,
        scheduleVersion: 1,
        reminderSentAt: null,
        cancelledAt: null,
        cancellationReason: null,
      });
    });
    if (bay === null) return null;
    // Counted once the booking is committed: a rolled-back one never happened.
    const channel = input.source === 'online' ? 'public' : 'staff';
    await this.db.afterCommit(() => Promise.resolve(this.business.bookingsCreated.inc({ channel })));
    await this.appointments.insertLines(
      input.services.map((service, position) => ({
        appointmentId: id,
        serviceId: service.id,
        position,
        name: service.name,
        durationMinutes: service.durationMinutes,
        priceMinor: service.priceMinor,
        vatRateBp: service.vatRateBp,
      })),
    );
    const inserted = await this.appointments.find(id);
    if (!inserted) throw new Error('The appointment just inserted is not visible in its transaction');
    return inserted;
  }

  /** Counts a cancellation (by staff or by the customer) once its transaction commits. */
  async cancelled(): Promise<void> {
    await this.db.afterCommit(() => Promise.resolve(this.business.bookingsCancelled.inc()));
  }

  /**
   * Moves `appointment` to `startsAt` for `durationMinutes` (a resize when that changed) on the
   * first free bay of `bays`: a new schedule version, whose reminder is due afresh. False when
   * each bay was taken.
   */
  async move(
    appointment: Appointment,
    settings: ScheduleSettings,
    durationMinutes: number,
    startsAt: Date,
    bays: readonly number[],
    now: Date,
  ): Promise<boolean> {
    const span = this.spanOf(settings, durationMinutes, startsAt, now);
    const bay = await this.placement.place(bays, async (candidate) => {
      await this.appointments.update(appointment.id, {
        bay: candidate,
        ...span,
        scheduleVersion: appointment.scheduleVersion + 1,
        reminderSentAt: null,
      });
    });
    return bay !== null;
  }

  /** The 400 or 409 for a broken booking rule; a taken time carries fresh alternatives. */
  ruleError(rule: SlotRule, offers?: SlotOffers): SchedulingError {
    const { code, detail } = RULE_ERRORS[rule];
    return new SchedulingError(code, detail, undefined, {
      rule,
      ...(offers ? { alternatives: offers.alternatives, nearestSlots: offers.nearestSlots } : {}),
    });
  }

  /**
   * Bookable times for a job of `durationMinutes` near `around`, from one read of the occupancy
   * (the day before through a week on): `alternatives`, up to five from `around` on (from the
   * local day of now when `around` has passed); and `nearestSlots`, the five closest to `around`
   * either side, by start.
   */
  async alternatives(
    settings: ScheduleSettings,
    durationMinutes: number,
    around: Date,
    now: Date,
    exceptId?: string,
  ): Promise<SlotOffers> {
    const zone = settings.timeZone;
    const firstDay = DateTime.fromJSDate(around > now ? around : now, { zone }).startOf('day');
    const lastDay = firstDay.plus({ days: ALTERNATIVE_DAYS - 1 });
    const scanFrom = firstDay.minus({ days: 1 });
    const occupancy = await this.appointments.occupancy(
      scanFrom.minus({ days: 1 }).toJSDate(),
      lastDay.plus({ days: 2 }).toJSDate(),
      exceptId,
    );
    const slots = availableSlots(rulesOf(settings), occupancy, {
      from: scanFrom.toISODate() ?? '',
      to: lastDay.toISODate() ?? '',
      durationMinutes,
      now,
    });
    const asked = around.getTime();
    const present = (slot: { start: Date; end: Date }): SlotResponse => ({
      start: inZone(slot.start, zone),
      end: inZone(slot.end, zone),
    });
    const alternatives = slots
      .filter((slot) => slot.start.getTime() >= firstDay.toMillis())
      .filter((slot) => slot.start.getTime() >= asked || asked < now.getTime())
      .slice(0, ALTERNATIVES)
      .map(present);
    const nearestSlots = [...slots]
      .sort((a, b) => Math.abs(a.start.getTime() - asked) - Math.abs(b.start.getTime() - asked))
      .slice(0, ALTERNATIVES)
      .sort((a, b) => a.start.getTime() - b.start.getTime())
      .map(present);
    return { alternatives, nearestSlots };
  }

  private span(settings: ScheduleSettings, services: readonly ServiceOffering[], startsAt: Date, now: Date) {
    return this.spanOf(
      settings,
      services.reduce((sum, service) => sum + service.durationMinutes, 0),
      startsAt,
      now,
    );
  }

  private spanOf(settings: ScheduleSettings, durationMinutes: number, startsAt: Date, now: Date) {
    const endsAt = new Date(startsAt.getTime() + durationMinutes * MINUTE);
    const reminderDue = new Date(startsAt.getTime() - settings.reminderLeadMinutes * MINUTE);
    return {
      startsAt,
      endsAt,
      occupiedUntil: new Date(endsAt.getTime() + settings.bufferMinutes * MINUTE),
      // A booking made inside the lead time gets its confirmation, not a reminder right after it.
      reminderDueAt: reminderDue.getTime() > now.getTime() ? reminderDue : null,
    };
  }
}
