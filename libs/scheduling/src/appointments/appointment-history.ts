import { Injectable } from '@nestjs/common';
import { offsetOf, Page, pageOf, TenantDatabase } from '@pitlane/core';
import { ClientsService, VehiclesService } from '@pitlane/garage';
import { Clock } from '../clock';
import { ScheduleSettingsService } from '../settings/schedule-settings.service';
import { presentAppointment } from './appointment-presenter';
import { AppointmentRepository } from './appointment.repository';
import { AppointmentResponse } from './appointment.response';
import { AppointmentListQuery } from './dto/appointment-list.query';

/**
 * The bookings of one client or one vehicle, as their pages list them: upcoming (soonest first)
 * or past (latest first), in the workshop's time zone. A client or vehicle of another workshop
 * is the same 404 as a missing one, checked through garage's own tenant-scoped lookups.
 */
@Injectable()
export class AppointmentHistory {
  constructor(
    private readonly db: TenantDatabase,
    private readonly appointments: AppointmentRepository,
    private readonly settings: ScheduleSettingsService,
    private readonly clients: ClientsService,
    private readonly vehicles: VehiclesService,
    private readonly clock: Clock,
  ) {}

  ofClient(clientId: string, query: AppointmentListQuery): Promise<Page<AppointmentResponse>> {
    return this.db.transaction(async () => {
      await this.clients.require(clientId);
      return this.page({ clientId }, query);
    });
  }

  ofVehicle(vehicleId: string, query: AppointmentListQuery): Promise<Page<AppointmentResponse>> {
    return this.db.transaction(async () => {
      await this.vehicles.require(vehicleId);
      return this.page({ vehicleId }, query);
    });
  }

  private async page(
    owner: { readonly clientId: string } | { readonly vehicleId: string },
    query: AppointmentListQuery,
  ): Promise<Page<AppointmentResponse>> {
    // One fixed order per list (`?sort=` is ignored): the next booking first, the latest visit first.
    const when = query.when ?? 'upcoming';
    const settings = await this.settings.load();
    const [appointments, total] = await this.appointments.pageOf(
      owner,
      when,
      this.clock.now(),
      when === 'upcoming' ? 'ASC' : 'DESC',
      query.limit,
      offsetOf(query),
    );
    const lines = await this.appointments.linesOf(appointments.map((appointment) => appointment.id));
    const items = appointments.map((appointment) =>
      presentAppointment(appointment, lines.get(appointment.id) ?? [], settings.timeZone),
    );
    return pageOf(items, total, query);
  }
}
