import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsOptional, Max, Min } from 'class-validator';

/**
 * A move in time or bay, and a resize: `endsAt` sets the new end (the duration is the span from
 * `startsAt`); left out, the appointment keeps its current duration.
 */
export class MoveAppointmentDto {
  @ApiProperty({ example: '2026-03-30T10:00:00+02:00' })
  @IsISO8601({ strict: true })
  startsAt!: string;

  @ApiPropertyOptional({
    example: '2026-03-30T11:30:00+02:00',
    description:
      'The new end, an instant with its offset after startsAt (at most 24 hours later): a resize. ' +
      'Left out, the appointment keeps its duration.',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  endsAt?: string;

  @ApiPropertyOptional({ type: 'integer', description: 'A bay; the first free one when left out' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  bay?: number;
}
