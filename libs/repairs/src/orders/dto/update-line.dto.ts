import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsString, IsUUID, Length, Max, Min, ValidateIf } from 'class-validator';
import { IsHundredths } from '../../money/is-hundredths';
import { MAX_MINOR, trimmed } from '../../parts/dto/create-part.dto';
import { MAX_QUANTITY } from './add-line.dto';

/** Absent fields stay as they are. A line's kind and part cannot change: delete it and add another. */
export class UpdateLineDto {
  @ApiPropertyOptional()
  @ValidateIf((_, value) => value !== undefined)
  @Transform(trimmed)
  @IsString()
  @Length(1, 500)
  description?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Labour only: the assigned mechanic who answers for it; null clears it',
  })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsUUID()
  mechanicUserId?: string | null;

  @ApiPropertyOptional({ description: 'For a part from inventory, the difference is taken from or returned to stock' })
  @ValidateIf((_, value) => value !== undefined)
  @IsHundredths()
  @Min(0.01)
  @Max(MAX_QUANTITY)
  quantity?: number;

  @ApiPropertyOptional({ type: 'integer' })
  @ValidateIf((_, value) => value !== undefined)
  @IsInt()
  @Min(0)
  @Max(MAX_MINOR)
  unitPriceMinor?: number;

  @ApiPropertyOptional({ type: 'integer' })
  @ValidateIf((_, value) => value !== undefined)
  @IsInt()
  @Min(0)
  @Max(10_000)
  vatRateBp?: number;
}
