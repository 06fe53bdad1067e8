import { AppointmentLine } from './appointment-line.entity';
import { Appointment } from './appointment.entity';
import { AppointmentLineResponse, AppointmentResponse } from './appointment.response';
import { inZone } from './local-time';

export function presentLine(line: AppointmentLine): AppointmentLineResponse {
  return {
    serviceId: line.serviceId,
    name: line.name,
    durationMinutes: line.durationMinutes,
    priceMinor: line.priceMinor,
    vatRateBp: line.vatRateBp,
  };
}

export function presentAppointment(
  appointment: Appointment,
  lines: readonly AppointmentLine[],
  zone: string,
): AppointmentResponse {
  return {
    id: appointment.id,
    status: appointment.status,
    source: appointment.source,
    bay: appointment.bay,
    startsAt: inZone(appointment.startsAt, zone),
    endsAt: inZone(appointment.endsAt, zone),
    clientId: appointment.clientId,
    vehicleId: appointment.vehicleId,
    services: lines.map(presentLine),
    notes: appointment.notes,
    cancellationReason: appointment.cancellationReason,
    createdAt: appointment.createdAt.toISOString(),
    updatedAt: appointment.updatedAt.toISOString(),
  };
}
