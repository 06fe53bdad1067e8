import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../calendar-date';

/** `#rrggbb`; upper-case digits are accepted and stored in lower case. */
export const ACCENT_COLOR = /^#[0-9a-fA-F]{6}$/;

const CLOCK = /^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/;

export class TimeRangeDto {
  @ApiProperty({ example: '08:00' })
  @Matches(CLOCK, { message: 'must be a time "HH:mm"' })
  start!: string;

  @ApiProperty({ example: '17:00', description: '"24:00" for midnight at the end of the day' })
  @Matches(CLOCK, { message: 'must be a time "HH:mm"' })
  end!: string;
}

function dayHours(): PropertyDecorator {
  const decorators = [
    ApiPropertyOptional({ type: [TimeRangeDto] }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(6),
    ValidateNested({ each: true }),
    Type(() => TimeRangeDto),
  ];
  return (target, key) => decorators.forEach((decorator) => decorator(target, key));
}

/** Opening hours per weekday; a day left out keeps its hours, an empty list closes it. */
export class OpeningHoursDto {
  @dayHours() mon?: TimeRangeDto[];
  @dayHours() tue?: TimeRangeDto[];
  @dayHours() wed?: TimeRangeDto[];
  @dayHours() thu?: TimeRangeDto[];
  @dayHours() fri?: TimeRangeDto[];
  @dayHours() sat?: TimeRangeDto[];
  @dayHours() sun?: TimeRangeDto[];
}

/** The workshop's time zone is not here: the schedule runs in the one the workshop profile sets. */
export class UpdateScheduleSettingsDto {
  @ApiPropertyOptional({ type: OpeningHoursDto })
  @IsOptional()
  // An array passes ValidateNested (it checks each element) and would reach the service.
  @IsObject()
  @ValidateNested()
  @Type(() => OpeningHoursDto)
  openingHours?: OpeningHoursDto;

  @ApiPropertyOptional({ example: ['2026-12-24', '2026-12-25'], description: 'Local dates the workshop is closed' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(366)
  @IsCalendarDate({ each: true })
  closedDates?: string[];

  @ApiPropertyOptional({ type: 'integer', example: 30 })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(240)
  slotMinutes?: number;

  @ApiPropertyOptional({ type: 'integer', example: 2 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  bays?: number;

  @ApiPropertyOptional({
    type: [String],
    example: ['Lift 1', 'Lift 2'],
    description:
      'One name per bay, in bay order (1–40 characters each, trimmed, no two alike ignoring case). Its length must equal `bays` (the new one when both are sent). Left out, a change of `bays` keeps the names it can and names new bays "Bay n".',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  bayNames?: string[];

  @ApiPropertyOptional({ type: 'integer', example: 15, description: 'Minutes a bay stays free after each job' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(240)
  bufferMinutes?: number;

  @ApiPropertyOptional({ type: 'integer', example: 120 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(43_200)
  minNoticeMinutes?: number;

  @ApiPropertyOptional({ type: 'integer', example: 60, description: 'How many days ahead customers may book' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(730)
  horizonDays?: number;

  @ApiPropertyOptional({
    type: 'integer',
    example: 1440,
    description: 'Customers may cancel or move until this long before the start',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(43_200)
  cancellationCutoffMinutes?: number;

  @ApiPropertyOptional({
    type: 'integer',
    example: 1440,
    description: 'The reminder goes out this long before the start',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(20_160)
  reminderLeadMinutes?: number;

  @ApiPropertyOptional({
    description:
      'Off: the public booking page says so and lists no services, availability and new bookings answer 403 `booking-page-disabled`; manage links keep working',
  })
  @IsOptional()
  @IsBoolean()
  bookingPageEnabled?: boolean;

  @ApiPropertyOptional({
    example: '#c2410c',
    pattern: '^#[0-9a-fA-F]{6}$',
    description: 'The accent colour of the public booking page and the embedded widget, "#rrggbb"',
  })
  @IsOptional()
  @IsString()
  @Matches(ACCENT_COLOR, { message: 'must be a colour "#rrggbb"' })
  bookingAccentColor?: string;
}
