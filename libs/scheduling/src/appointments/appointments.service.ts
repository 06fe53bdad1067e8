import { Injectable } from '@nestjs/common';
import { AuditTrail, isPostgresError, PG_FOREIGN_KEY_VIOLATION, TenantContext, TenantDatabase } from '@pitlane/core';
import { ClientsService } from '@pitlane/garage';
import { BookingTokens } from '../booking/booking-tokens';
import { ManageLinks } from '../booking/manage-links';
import { ServiceCatalog } from '../catalog/service-catalog.service';
import { Clock } from '../clock';
import { openingHoursVerdict } from '../availability/availability-engine';
import { SchedulingError, SchedulingErrorCode } from '../errors/scheduling.error';
import { AppointmentMailer } from '../notifications/appointment-mailer';
import { ScheduleSettings } from '../settings/schedule-settings.entity';
import { rulesOf, ScheduleSettingsService } from '../settings/schedule-settings.service';
import { AppointmentBook } from './appointment-book';
import { presentAppointment } from './appointment-presenter';
import { Appointment, AppointmentStatus } from './appointment.entity';
import { AppointmentRepository } from './appointment.repository';
import { AppointmentResponse } from './appointment.response';
import { CreateAppointmentDto } from './dto/create-appointment.dto';
import { MoveAppointmentDto } from './dto/move-appointment.dto';
import { instantOf } from './local-time';
import { NEXT_STATUSES } from './status-transitions';

const MINUTE = 60_000;
const MAX_DURATION_MINUTES = 24 * 60;

/**
 * Staff appointments: create, move or resize, cancel and status changes (the calendar's range
 * query is `AppointmentCalendar`). Staff may book outside the public rules (a walk-in at closing
 * time); a move or resize must stay inside the opening hours, and the database refuses an
 * overlap. Every refusal names its `reason`; every change is in the audit trail.
 */
@Injectable()
export class AppointmentsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly appointments: AppointmentRepository,
    private readonly settings: ScheduleSettingsService,
    private readonly catalog: ServiceCatalog,
    private readonly book: AppointmentBook,
    private readonly mailer: AppointmentMailer,
    private readonly clients: ClientsService,
    private readonly links: ManageLinks,
    private readonly tokens: BookingTokens,
    private readonly tenantContext: TenantContext,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  get(id: string): Promise<AppointmentResponse> {
    return this.db.transaction(async () => {
      const settings = await this.settings.load();
      return this.present(await this.found(id), settings);
    });
  }

  create(input: CreateAppointmentDto): Promise<AppointmentResponse> {
    const startsAt = requireInstant(input.startsAt);
    return this.db.transaction(async () => {
      const now = this.clock.now();
      const settings = await this.settings.load();
      const services = await this.catalog.require(input.serviceIds, false);
      // garage's own tenant-scoped lookup (404 for a client of another workshop, or none)
      await this.clients.require(input.clientId);
      const token = this.tokens.mint(this.tenantContext.requireTenantId('minting a booking token'));
      const appointment = await this.withVehicleCheck(() =>
        this.book.insert({
          settings,
          services,
          startsAt,
          bays: this.baysFor(settings, input.bay),
          clientId: input.clientId,
          vehicleId: input.vehicleId ?? null,
          source: 'staff',
          status: 'confirmed',
          notes: input.notes ?? null,
          manageTokenHash: this.tokens.hash(token),
          now,
        }),
      );
      if (!appointment) throw await this.taken(settings, services, startsAt, now);
      await this.audit.record({
        action: 'appointment.created',
        entityType: 'appointment',
        entityId: appointment.id,
        changedFields: Object.keys(input).filter((key) => input[key as keyof CreateAppointmentDto] !== undefined),
      });
      const lines = await this.appointments.linesOfOne(appointment.id);
      await this.mailer.confirmation({ appointment, lines, timeZone: settings.timeZone }, this.links.booking(token));
      return presentAppointment(appointment, lines, settings.timeZone);
    });
  }

  move(id: string, input: MoveAppointmentDto): Promise<AppointmentResponse> {
    const startsAt = requireInstant(input.startsAt);
    const endsAt = input.endsAt === undefined ? undefined : requireInstant(input.endsAt, 'endsAt');
    return this.db.transaction(async () => {
      const now = this.clock.now();
      const settings = await this.settings.load();
      const appointment = await this.found(id, true);
      if (!['requested', 'confirmed'].includes(appointment.status)) {
        throw new SchedulingError(
          SchedulingErrorCode.InvalidTransition,
          `An appointment that is ${statusWords(appointment.status)} cannot be moved.`,
          undefined,
          { reason: 'not_movable', currentStatus: appointment.status },
        );
      }
      const duration = durationOf(appointment, startsAt, endsAt);
      const until = new Date(startsAt.getTime() + duration * MINUTE);
      const outside = openingHoursVerdict(rulesOf(settings), startsAt, until);
      if (outside) {
        throw new SchedulingError(
          SchedulingErrorCode.MoveOutsideOpeningHours,
          outside === 'closed_date'
            ? 'The workshop is closed on that day.'
            : 'The appointment would not fit inside the opening hours.',
          undefined,
          { reason: outside },
        );
      }
      const lines = await this.appointments.linesOfOne(id);
      const bays = input.bay ? [input.bay] : this.preferring(this.baysFor(settings), appointment.bay);
      if (!(await this.book.move(appointment, settings, duration, startsAt, bays, now))) {
        throw new SchedulingError(
          SchedulingErrorCode.SlotTaken,
          input.bay ? `Another booking holds bay ${input.bay} at that time.` : 'Every bay is booked at that time.',
          undefined,
          {
            rule: 'taken',
            reason: 'bay_taken',
            alternatives: await this.book.alternatives(settings, duration, startsAt, now, id),
          },
        );
      }
      await this.audit.record({
        action: 'appointment.moved',
        entityType: 'appointment',
        entityId: id,
        changedFields: [
          ...(input.bay ? ['bay'] : []),
          'startsAt',
          ...(endsAt && until.getTime() !== appointment.endsAt.getTime() ? ['endsAt'] : []),
        ],
      });
      const moved = await this.found(id);
      if (moved.startsAt.getTime() !== appointment.startsAt.getTime()) {
        await this.mailer.rescheduled({ appointment: moved, lines, timeZone: settings.timeZone });
      }
      return presentAppointment(moved, lines, settings.timeZone);
    });
  }

  cancel(id: string): Promise<AppointmentResponse> {
    return this.changeStatus(id, 'cancelled');
  }

  changeStatus(id: string, status: AppointmentStatus): Promise<AppointmentResponse> {
    return this.db.transaction(async () => {
      const settings = await this.settings.load();
      const appointment = await this.found(id, true);
      if (appointment.status === status) return this.present(appointment, settings);
      const allowed = NEXT_STATUSES[appointment.status];
      if (!allowed.includes(status)) {
        throw new SchedulingError(
          SchedulingErrorCode.InvalidTransition,
          allowed.length === 0
            ? `An appointment that is ${statusWords(appointment.status)} cannot change any more.`
            : `An appointment that is ${statusWords(appointment.status)} cannot become ${statusWords(status)}.`,
          undefined,
          { reason: 'invalid_status_transition', currentStatus: appointment.status, allowed },
        );
      }
      await this.appointments.update(id, {
        status,
        ...(status === 'cancelled' ? { cancelledAt: this.clock.now() } : {}),
      });
      if (status === 'cancelled') await this.book.cancelled();
      await this.audit.record({
        action: status === 'cancelled' ? 'appointment.cancelled' : 'appointment.status_changed',
        entityType: 'appointment',
        entityId: id,
        changedFields: ['status'],
      });
      const changed = await this.found(id);
      const lines = await this.appointments.linesOfOne(id);
      if (status === 'cancelled') {
        await this.mailer.cancelled({ appointment: changed, lines, timeZone: settings.timeZone });
      }
      return presentAppointment(changed, lines, settings.timeZone);
    });
  }

  /** The appointment of the current workshop, or 404 (another workshop's is the same 404). */
  require(id: string, lock = false): Promise<Appointment> {
    return this.db.transaction(() => this.found(id, lock));
  }

  private async found(id: string, lock = false): Promise<Appointment> {
    const appointment = await this.appointments.find(id, { lock });
    if (!appointment) throw SchedulingError.appointmentNotFound();
    return appointment;
  }

  private async present(appointment: Appointment, settings: ScheduleSettings) {
    const lines = await this.appointments.linesOfOne(appointment.id);
    return presentAppointment(appointment, lines, settings.timeZone);
  }

  private baysFor(settings: ScheduleSettings, bay?: number): number[] {
    if (bay !== undefined) {
      if (bay > settings.bays) throw SchedulingError.invalid('bay', `must be between 1 and ${settings.bays}`);
      return [bay];
    }
    return Array.from({ length: settings.bays }, (_, index) => index + 1);
  }

  /** `bays` with `bay` first: a move keeps its lane when it can. */
  private preferring(bays: number[], bay: number): number[] {
    return bays.includes(bay) ? [bay, ...bays.filter((candidate) => candidate !== bay)] : bays;
  }

  private async taken(
    settings: ScheduleSettings,
    services: readonly { durationMinutes: number }[],
    startsAt: Date,
    now: Date,
  ): Promise<SchedulingError> {
    const duration = services.reduce((sum, service) => sum + service.durationMinutes, 0);
    return this.book.ruleError('taken', await this.book.alternatives(settings, duration, startsAt, now));
  }

  private async withVehicleCheck<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isPostgresError(error, PG_FOREIGN_KEY_VIOLATION)) {
        throw new SchedulingError(SchedulingErrorCode.InvalidRequest, 'No such vehicle in this workshop.', [
          { field: 'vehicleId', message: 'names no vehicle of this workshop' },
        ]);
      }
      throw error;
    }
  }
}

/** An ISO 8601 instant with its offset, or a 400. */
export function requireInstant(input: string, field = 'startsAt'): Date {
  const instant = instantOf(input);
  if (!instant)
    throw SchedulingError.invalid(field, 'must be a date-time with an offset, such as 2026-03-30T08:00:00+02:00');
  return instant;
}

/** A status in words for a problem's detail ("checked in", "a no-show"). */
function statusWords(status: AppointmentStatus): string {
  return status === 'no_show' ? 'a no-show' : status.replace(/_/g, ' ');
}

/**
 * The minutes a moved appointment lasts: up to `endsAt` when given (a resize), else as long as
 * it lasts now. A 400 when the end is not after the start or more than a day later.
 */
function durationOf(appointment: Appointment, startsAt: Date, endsAt: Date | undefined): number {
  if (!endsAt) return Math.round((appointment.endsAt.getTime() - appointment.startsAt.getTime()) / MINUTE);
  const minutes = (endsAt.getTime() - startsAt.getTime()) / MINUTE;
  if (!Number.isInteger(minutes) || minutes <= 0 || minutes > MAX_DURATION_MINUTES) {
    throw SchedulingError.invalid('endsAt', 'must be after startsAt, in whole minutes, at most 24 hours later');
  }
  return minutes;
}
