import { ApiProperty } from '@nestjs/swagger';
import { OpeningHoursDto } from './dto/update-schedule-settings.dto';

export class ScheduleSettingsResponse {
  @ApiProperty({
    example: 'Europe/Warsaw',
    description: 'The workshop’s time zone, read-only here: the owner changes it on the workshop profile',
  })
  timeZone!: string;
  @ApiProperty({ type: OpeningHoursDto }) openingHours!: OpeningHoursDto;
  @ApiProperty({ type: [String], example: ['2026-12-24'] }) closedDates!: string[];
  @ApiProperty({ type: 'integer' }) slotMinutes!: number;
  @ApiProperty({ type: 'integer' }) bays!: number;
  @ApiProperty({ type: [String], example: ['Bay 1', 'Bay 2'], description: 'One name per bay, in bay order' })
  bayNames!: string[];
  @ApiProperty({ type: 'integer' }) bufferMinutes!: number;
  @ApiProperty({ type: 'integer' }) minNoticeMinutes!: number;
  @ApiProperty({ type: 'integer' }) horizonDays!: number;
  @ApiProperty({ type: 'integer' }) cancellationCutoffMinutes!: number;
  @ApiProperty({ type: 'integer' }) reminderLeadMinutes!: number;
  @ApiProperty({ description: 'Whether the public booking page takes bookings' }) bookingPageEnabled!: boolean;
  @ApiProperty({ example: '#c2410c', description: 'The public page’s and the widget’s accent colour, "#rrggbb"' })
  bookingAccentColor!: string;
}
