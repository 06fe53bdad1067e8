import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_MINOR, trimmed } from './create-part.dto';

/**
 * A movement staff record by hand: `receive` (a delivery, quantity > 0) or `adjust` (a count
 * correction, signed quantity, reason required). `use` and `return` come from order lines.
 */
export class RecordMovementDto {
  @ApiProperty({ enum: ['receive', 'adjust'] })
  @IsIn(['receive', 'adjust'])
  kind!: 'receive' | 'adjust';

  @ApiProperty({
    type: 'integer',
    example: 10,
    description: 'Units; receive > 0, adjust non-zero (negative takes stock away)',
  })
  @IsInt()
  @Min(-1_000_000)
  @Max(1_000_000)
  quantity!: number;

  @ApiPropertyOptional({ example: 'Stock count 2026-11', description: 'Required for adjust' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(500)
  reason?: string;

  @ApiPropertyOptional({ type: 'integer', example: 2100, description: 'Receive: purchase cost per unit, minor units' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_MINOR)
  unitCostMinor?: number;
}
