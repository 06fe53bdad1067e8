import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601, IsString, Length, ValidateIf } from 'class-validator';
import { trimmed } from '../../parts/dto/create-part.dto';

/**
 * A manager's correction of clocked time: a new start, a new stop (which also stops a running
 * entry), or both, never in the future, with the reason kept beside the before/after.
 */
export class CorrectTimeEntryDto {
  @ApiPropertyOptional({ example: '2026-03-30T08:00:00Z', description: 'An instant with its offset' })
  @ValidateIf((_, value) => value !== undefined)
  @IsISO8601({ strict: true })
  startedAt?: string;

  @ApiPropertyOptional({ example: '2026-03-30T09:15:00Z', description: 'An instant with its offset' })
  @ValidateIf((_, value) => value !== undefined)
  @IsISO8601({ strict: true })
  stoppedAt?: string;

  @ApiProperty({ example: 'Forgot to stop the clock at lunch' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 500)
  reason!: string;
}
