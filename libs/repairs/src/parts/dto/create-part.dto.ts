import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';

export const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** 10 million in major units: keeps every order total far inside the safe integer range. */
export const MAX_MINOR = 1_000_000_000;

export class CreatePartDto {
  @ApiProperty({ example: 'OC 90', description: 'Unique in the workshop, ignoring case, spaces and dashes' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 64)
  partNumber!: string;

  @ApiProperty({ example: 'Oil filter' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ type: String, example: 'Mahle', nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  brand?: string | null;

  @ApiProperty({ type: 'integer', example: 2150, description: 'Purchase cost, net, minor units' })
  @IsInt()
  @Min(0)
  @Max(MAX_MINOR)
  costMinor!: number;

  @ApiProperty({ type: 'integer', example: 3900, description: 'Selling price per unit, net, minor units' })
  @IsInt()
  @Min(0)
  @Max(MAX_MINOR)
  priceMinor!: number;

  @ApiProperty({ type: 'integer', example: 2300, description: 'VAT rate in basis points (23 % = 2300)' })
  @IsInt()
  @Min(0)
  @Max(10_000)
  vatRateBp!: number;

  @ApiPropertyOptional({
    type: 'integer',
    example: 5,
    default: 0,
    description: 'Low stock at or below this many units',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  reorderPoint?: number;

  @ApiPropertyOptional({ type: String, example: 'Shelf B3', nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  location?: string | null;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
