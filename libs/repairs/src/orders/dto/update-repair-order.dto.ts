import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { trimmed } from '../../parts/dto/create-part.dto';

/** The header only. Absent fields stay as they are; `null` clears one. */
export class UpdateRepairOrderDto {
  @ApiPropertyOptional({ type: 'integer', nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(9_999_999)
  mileageIn?: number | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(4000)
  complaint?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(4000)
  notes?: string | null;

  @ApiPropertyOptional({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'When the car is promised back',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  promisedAt?: string | null;
}
