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
  @ApiProperty() slotMinutes!: number;
  @ApiProperty() bays!: number;
  @ApiProperty() bufferMinutes!: number;
  @ApiProperty() minNoticeMinutes!: number;
  @ApiProperty() horizonDays!: number;
  @ApiProperty() cancellationCutoffMinutes!: number;
  @ApiProperty() reminderLeadMinutes!: number;
}
