import { ApiProperty } from '@nestjs/swagger';
import { APPOINTMENT_STATUSES, AppointmentStatus } from '../appointments/appointment.entity';
import { SlotResponse } from '../appointments/appointment.response';
import { OpeningHoursDto } from '../settings/dto/update-schedule-settings.dto';

export class PublicServiceResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ type: 'integer' }) durationMinutes!: number;
  @ApiProperty({ type: 'integer' }) priceMinor!: number;
  @ApiProperty({ type: 'integer' }) vatRateBp!: number;
}

export class PublicWorkshopResponse {
  @ApiProperty() name!: string;
  @ApiProperty() slug!: string;
  @ApiProperty({ example: 'Europe/Warsaw' }) timeZone!: string;
  @ApiProperty({ example: 'PLN' }) currency!: string;
  @ApiProperty({ type: OpeningHoursDto }) openingHours!: OpeningHoursDto;
  @ApiProperty({ type: 'integer' }) slotMinutes!: number;
  @ApiProperty({ type: 'integer' }) horizonDays!: number;
  @ApiProperty({ description: 'Off: nothing is listed or bookable; manage links still work' })
  bookingPageEnabled!: boolean;
  @ApiProperty({ example: '#c2410c', description: 'The page’s accent colour, "#rrggbb"' }) accentColor!: string;
  @ApiProperty({ type: [PublicServiceResponse] }) services!: PublicServiceResponse[];
}

export class AvailabilityResponse {
  @ApiProperty({ example: 'Europe/Warsaw' }) timeZone!: string;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: 'integer' }) durationMinutes!: number;
  @ApiProperty({ type: [SlotResponse] }) slots!: SlotResponse[];
}

export class PublicBookingResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: APPOINTMENT_STATUSES, enumName: 'AppointmentStatus' }) status!: AppointmentStatus;
  @ApiProperty() startsAt!: string;
  @ApiProperty() endsAt!: string;
  @ApiProperty({ type: [String] }) services!: string[];
  @ApiProperty({ description: 'Until when the customer may cancel or move it' }) changeableUntil!: string;
}

export class CreatedBookingResponse extends PublicBookingResponse {
  @ApiProperty({ description: 'Shown once: the key to view, move or cancel this booking' }) manageToken!: string;
  @ApiProperty() manageUrl!: string;
}
