import { ApiProperty } from '@nestjs/swagger';
import { APPOINTMENT_STATUSES, AppointmentStatus } from './appointment.entity';

export class AppointmentLineResponse {
  @ApiProperty({ format: 'uuid' }) serviceId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'integer' }) durationMinutes!: number;
  @ApiProperty({ type: 'integer' }) priceMinor!: number;
  @ApiProperty({ type: 'integer' }) vatRateBp!: number;
}

/** An appointment as staff see it; times in the workshop's zone, with their offset. */
export class AppointmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: APPOINTMENT_STATUSES, enumName: 'AppointmentStatus' }) status!: AppointmentStatus;
  @ApiProperty({ enum: ['online', 'staff'], enumName: 'AppointmentSource' }) source!: 'online' | 'staff';
  @ApiProperty({ type: 'integer' }) bay!: number;
  @ApiProperty({ example: '2026-03-30T08:00:00+02:00' }) startsAt!: string;
  @ApiProperty({ example: '2026-03-30T09:00:00+02:00' }) endsAt!: string;
  @ApiProperty({ format: 'uuid' }) clientId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) vehicleId!: string | null;
  @ApiProperty({ type: [AppointmentLineResponse] }) services!: AppointmentLineResponse[];
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'What the customer wrote when cancelling online' })
  cancellationReason!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

/** What a calendar block says about the vehicle: never its VIN. */
export class CalendarVehicleResponse {
  @ApiProperty({ nullable: true, type: String, example: 'WA 12345' }) plate!: string | null;
  @ApiProperty({ example: 'Skoda' }) make!: string;
  @ApiProperty({ example: 'Octavia' }) model!: string;
}

/** An appointment in the calendar, with the names its block shows (no extra calls needed). */
export class CalendarAppointmentResponse extends AppointmentResponse {
  @ApiProperty({ example: 'Anna Kowalska', description: "The client's first and last name" }) clientName!: string;
  @ApiProperty({ type: CalendarVehicleResponse, nullable: true }) vehicle!: CalendarVehicleResponse | null;
}

export class BayLaneResponse {
  @ApiProperty({ type: 'integer' }) bay!: number;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The name the schedule gives the bay; null for a bay the schedule no longer has',
  })
  name!: string | null;
  @ApiProperty({ type: [CalendarAppointmentResponse] }) appointments!: CalendarAppointmentResponse[];
}

export class OpenRangeResponse {
  @ApiProperty({ example: '2026-03-30T08:00:00+02:00' }) start!: string;
  @ApiProperty({ example: '2026-03-30T17:00:00+02:00' }) end!: string;
}

/** A local day of the range: closed (a closed date), or its opening hours as instants. */
export class CalendarDayResponse {
  @ApiProperty({ example: '2026-03-30' }) date!: string;
  @ApiProperty({ description: 'A closed date of the workshop' }) closed!: boolean;
  @ApiProperty({ type: [OpenRangeResponse], description: 'Empty on a closed date or a day without hours' })
  open!: OpenRangeResponse[];
}

export class CalendarResponse {
  @ApiProperty({ example: 'Europe/Warsaw' }) timeZone!: string;
  @ApiProperty({ example: '2026-03-30' }) from!: string;
  @ApiProperty({ example: '2026-04-05' }) to!: string;
  @ApiProperty({ type: 'integer', example: 30, description: 'The slot grid a move snaps to' }) slotMinutes!: number;
  @ApiProperty({ type: [CalendarDayResponse], description: 'Each day of the range, in order' })
  days!: CalendarDayResponse[];
  @ApiProperty({ type: [BayLaneResponse], description: 'One lane per bay, appointments by start' })
  lanes!: BayLaneResponse[];
}

export class SlotResponse {
  @ApiProperty({ example: '2026-03-30T08:00:00+02:00' }) start!: string;
  @ApiProperty({ example: '2026-03-30T09:00:00+02:00' }) end!: string;
}
