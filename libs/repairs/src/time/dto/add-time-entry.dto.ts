import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601, IsString, IsUUID, Length, Matches } from 'class-validator';
import { trimmed } from '../../parts/dto/create-part.dto';

/** Z or ±hh:mm at the end: an instant, never a wall-clock time whose zone the server would guess. */
const WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Time a mechanic worked but forgot to clock, entered by an owner or manager: a finished
 * stretch (both instants, never in the future) and the reason, logged like a correction.
 */
export class AddTimeEntryDto {
  @ApiProperty({ format: 'uuid', description: 'The mechanic; must be assigned to the order' })
  @IsUUID()
  userId!: string;

  @ApiProperty({ example: '2026-03-30T08:00:00Z', description: 'An instant with its offset' })
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'startedAt must end with Z or an offset' })
  startedAt!: string;

  @ApiProperty({ example: '2026-03-30T09:15:00+02:00', description: 'An instant with its offset, after startedAt' })
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'stoppedAt must end with Z or an offset' })
  stoppedAt!: string;

  @ApiProperty({ example: 'Forgot to clock the brake job on Monday' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 500)
  reason!: string;
}
