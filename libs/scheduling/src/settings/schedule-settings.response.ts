import { ApiProperty } from '@nestjs/swagger';
import { OpeningHoursDto } from './dto/update-schedule-settings.dto';

export class ScheduleSettingsResponse {
  @ApiProperty({ example: 'Europe/Warsaw' }) timeZone!: string;
  @ApiProperty({ type: OpeningHoursDto }) openingHours!: OpeningHoursDto;
  @ApiProperty({ type: [String], example: ['2026-12-24'] }) closedDates!: string[];
  @ApiProperty({ type: 'integer' }) slotMinutes!: number;
  @ApiProperty({ type: 'integer' }) bays!: number;
  @ApiProperty({ type: 'integer' }) bufferMinutes!: number;
  @ApiProperty({ type: 'integer' }) minNoticeMinutes!: number;
  @ApiProperty({ type: 'integer' }) horizonDays!: number;
  @ApiProperty({ type: 'integer' }) cancellationCutoffMinutes!: number;
  @ApiProperty({ type: 'integer' }) reminderLeadMinutes!: number;
}
