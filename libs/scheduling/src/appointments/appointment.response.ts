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

export class BayLaneResponse {
  @ApiProperty({ type: 'integer' }) bay!: number;
  @ApiProperty({ type: [AppointmentResponse] }) appointments!: AppointmentResponse[];
}

export class CalendarResponse {
  @ApiProperty({ example: 'Europe/Warsaw' }) timeZone!: string;
  @ApiProperty({ example: '2026-03-30' }) from!: string;
  @ApiProperty({ example: '2026-04-05' }) to!: string;
  @ApiProperty({ type: [BayLaneResponse], description: 'One lane per bay, appointments by start' })
  lanes!: BayLaneResponse[];
}

export class SlotResponse {
  @ApiProperty({ example: '2026-03-30T08:00:00+02:00' }) start!: string;
  @ApiProperty({ example: '2026-03-30T09:00:00+02:00' }) end!: string;
}
