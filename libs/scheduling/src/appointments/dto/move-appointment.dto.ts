import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsOptional, Max, Min } from 'class-validator';

export class MoveAppointmentDto {
  @ApiProperty({ example: '2026-03-30T10:00:00+02:00' })
  @IsISO8601({ strict: true })
  startsAt!: string;

  @ApiPropertyOptional({ type: 'integer', description: 'A bay; the first free one when left out' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  bay?: number;
}
