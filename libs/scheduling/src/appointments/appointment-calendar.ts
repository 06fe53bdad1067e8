import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { GarageLabels } from '@pitlane/garage';
import { DateTime } from 'luxon';
import { calendarDays } from '../availability/availability-engine';
import { SchedulingError } from '../errors/scheduling.error';
import { rulesOf, ScheduleSettingsService } from '../settings/schedule-settings.service';
import { presentAppointment } from './appointment-presenter';
import { AppointmentRepository } from './appointment.repository';
import { CalendarAppointmentResponse, CalendarResponse } from './appointment.response';
import { CalendarQuery } from './dto/calendar.query';
import { ZoneWriter } from './local-time';

const MAX_CALENDAR_DAYS = 42;

/**
 * The staff calendar of a day or a week: one lane per bay, each block with what it shows (client
 * name, plate, make and model, services, status), and each day's opening hours for shading. The
 * names come from garage in one batched read per table, never one call per block.
 */
@Injectable()
export class AppointmentCalendar {
  constructor(
    private readonly db: TenantDatabase,
    private readonly appointments: AppointmentRepository,
    private readonly settings: ScheduleSettingsService,
    private readonly labels: GarageLabels,
  ) {}

  range(query: CalendarQuery): Promise<CalendarResponse> {
    return this.db.transaction(async () => {
      const settings = await this.settings.load();
      const zone = settings.timeZone;
      const from = DateTime.fromISO(query.from, { zone }).startOf('day');
      const to = DateTime.fromISO(query.to, { zone }).startOf('day');
      if (!from.isValid || !to.isValid || to < from)
        throw SchedulingError.invalid('to', 'must be a date on or after from');
      if (to.diff(from, 'days').days >= MAX_CALENDAR_DAYS) {
        throw SchedulingError.invalid('to', `the range may span at most ${MAX_CALENDAR_DAYS} days`);
      }
      const appointments = await this.appointments.inRange(from.toJSDate(), to.plus({ days: 1 }).toJSDate());
      const lines = await this.appointments.linesOf(appointments.map((appointment) => appointment.id));
      const clientNames = await this.labels.clientNames(appointments.map((appointment) => appointment.clientId));
      const vehicles = await this.labels.vehicleLabels(
        appointments.flatMap((appointment) => (appointment.vehicleId ? [appointment.vehicleId] : [])),
      );
      const blocks: CalendarAppointmentResponse[] = appointments.map((appointment) => {
        const vehicle = appointment.vehicleId ? vehicles.get(appointment.vehicleId) : undefined;
        return {
          ...presentAppointment(appointment, lines.get(appointment.id) ?? [], zone),
          clientName: clientNames.get(appointment.clientId) ?? '',
          vehicle: vehicle ? { plate: vehicle.plate, make: vehicle.make, model: vehicle.model } : null,
        };
      });
      const bays = Math.max(settings.bays, ...appointments.map((appointment) => appointment.bay));
      const writer = new ZoneWriter(zone);
      return {
        timeZone: zone,
        from: query.from,
        to: query.to,
        slotMinutes: settings.slotMinutes,
        days: calendarDays(rulesOf(settings), query.from, query.to).map((day) => ({
          date: day.date,
          closed: day.closed,
          open: day.open.map((range) => ({ start: writer.iso(range.start), end: writer.iso(range.end) })),
        })),
        lanes: Array.from({ length: bays }, (_, index) => ({
          bay: index + 1,
          name: settings.bayNames[index] ?? null,
          appointments: blocks.filter((block) => block.bay === index + 1),
        })),
      };
    });
  }
}
