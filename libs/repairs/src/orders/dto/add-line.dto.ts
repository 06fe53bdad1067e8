import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, IsUUID, Length, Max, Min, ValidateIf } from 'class-validator';
import { IsHundredths } from '../../money/is-hundredths';
import { MAX_MINOR, trimmed } from '../../parts/dto/create-part.dto';
import { LINE_KINDS, LineKind } from '../repair-order-line.entity';

export const MAX_QUANTITY = 10_000;

/**
 * One line. `quantity` is hours for labour, units for a part or a fee (up to two decimals;
 * whole units for a part from inventory); `unitPriceMinor` the hourly rate or unit price, net.
 * A part line with `partId` takes its stock, and defaults description, price and VAT from the part.
 * Optional fields are left out, never `null`.
 */
export class AddLineDto {
  @ApiProperty({ enum: LINE_KINDS, enumName: 'LineKind' })
  @IsIn(LINE_KINDS)
  kind!: LineKind;

  @ApiPropertyOptional({ example: 'Replace front brake pads', description: 'Required unless partId is given' })
  @ValidateIf((_, value) => value !== undefined)
  @Transform(trimmed)
  @IsString()
  @Length(1, 500)
  description?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'kind "part" only: a part of the inventory' })
  @ValidateIf((_, value) => value !== undefined)
  @IsUUID()
  partId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'kind "labour" only: the mechanic who answers for it; must be assigned to the order',
  })
  @ValidateIf((_, value) => value !== undefined)
  @IsUUID()
  mechanicUserId?: string;

  @ApiProperty({ example: 1.5, description: 'Hours (labour) or units, at most two decimals' })
  @IsHundredths()
  @Min(0.01)
  @Max(MAX_QUANTITY)
  quantity!: number;

  @ApiPropertyOptional({
    type: 'integer',
    example: 18_000,
    description: 'Net, minor units; required unless partId is given',
  })
  @ValidateIf((_, value) => value !== undefined)
  @IsInt()
  @Min(0)
  @Max(MAX_MINOR)
  unitPriceMinor?: number;

  @ApiPropertyOptional({ type: 'integer', example: 2300, description: 'Basis points; required unless partId is given' })
  @ValidateIf((_, value) => value !== undefined)
  @IsInt()
  @Min(0)
  @Max(10_000)
  vatRateBp?: number;
}
