import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateServiceDto {
  @ApiProperty({ example: 'Oil change' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 120)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Engine oil and filter' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @ApiProperty({ type: 'integer', example: 60 })
  @IsInt()
  @Min(5)
  @Max(1440)
  durationMinutes!: number;

  @ApiProperty({ type: 'integer', example: 25_000, description: 'Gross price in minor units of the workshop currency' })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  priceMinor!: number;

  @ApiProperty({ type: 'integer', example: 2300, description: 'VAT rate in basis points (23 % = 2300)' })
  @IsInt()
  @Min(0)
  @Max(10_000)
  vatRateBp!: number;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ default: true, description: 'Customers may book it on the public page' })
  @IsOptional()
  @IsBoolean()
  bookableOnline?: boolean;
}
