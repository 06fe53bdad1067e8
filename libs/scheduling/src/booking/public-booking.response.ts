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

export class PublicAddressResponse {
  @ApiProperty({ nullable: true, type: String, example: 'ul. Grochowska 215' }) street!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '04-077' }) postalCode!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Warszawa' }) city!: string | null;
  @ApiProperty({ example: 'PL', description: 'ISO 3166-1 alpha-2' }) country!: string;
}

/** What a customer page says about the workshop: who, where, how to reach it, and its rules. */
export class PublicWorkshopSummary {
  @ApiProperty() name!: string;
  @ApiProperty() slug!: string;
  @ApiProperty({ enum: ['en', 'pl', 'da'], enumName: 'PublicLocale', description: 'The workshop’s language' })
  locale!: 'en' | 'pl' | 'da';
  @ApiProperty({ example: 'Europe/Warsaw' }) timeZone!: string;
  @ApiProperty({ example: 'PLN' }) currency!: string;
  @ApiProperty({ nullable: true, type: String, example: '+48 22 610 23 45' }) phone!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'serwis@example.pl' }) email!: string | null;
  @ApiProperty({ type: PublicAddressResponse }) address!: PublicAddressResponse;
  @ApiProperty({ type: 'integer', description: 'Customers may move or cancel until this long before the start' })
  cancellationCutoffMinutes!: number;
  @ApiProperty({ type: 'integer', description: 'A booking must start at least this long from now' })
  minNoticeMinutes!: number;
  @ApiProperty({ type: 'integer', description: 'Days ahead that can be booked' }) horizonDays!: number;
  @ApiProperty({ example: '#c2410c', description: 'The customer pages’ accent colour, "#rrggbb"' })
  accentColor!: string;
}

export class PublicWorkshopResponse extends PublicWorkshopSummary {
  @ApiProperty({ type: OpeningHoursDto }) openingHours!: OpeningHoursDto;
  @ApiProperty({ type: 'integer' }) slotMinutes!: number;
  @ApiProperty({ description: 'Off: nothing is listed or bookable; manage links still work' })
  bookingPageEnabled!: boolean;
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
  @ApiProperty({ type: [String], format: 'uuid', description: 'The booked services, for the reschedule picker' })
  serviceIds!: string[];
  @ApiProperty({ type: 'integer' }) durationMinutes!: number;
  @ApiProperty({ description: 'Until when the customer may cancel or move it' }) changeableUntil!: string;
  @ApiProperty({ description: 'Whether the customer may still cancel or move it online now' }) changeable!: boolean;
  @ApiProperty({ nullable: true, type: String }) cancellationReason!: string | null;
  @ApiProperty({ type: PublicWorkshopSummary }) workshop!: PublicWorkshopSummary;
}

export class CreatedBookingResponse extends PublicBookingResponse {
  @ApiProperty({ description: 'Shown once: the key to view, move or cancel this booking' }) manageToken!: string;
  @ApiProperty() manageUrl!: string;
}
