import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';

/**
 * The workshop's billing details, replaced as a whole: a field left out or null is cleared. The
 * details may be saved incomplete; issuing an invoice then answers 409 naming what is missing.
 */
export class PutInvoiceSettingsDto {
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Kowalski Auto Serwis Sp. z o.o.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  legalName?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'ul. Długa 5' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  addressLine1?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  addressLine2?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '00-001' })
  @IsOptional()
  @IsString()
  @Length(1, 20)
  postalCode?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Warszawa' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  city?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'PL', description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'must be a two-letter ISO country code' })
  country?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'PL5260001246', description: 'VAT / tax id' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  taxId?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  bankName?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'PL61 1090 1014 0000 0712 1981 2874' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  bankAccount?: string | null;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 365, default: 14 })
  @ValidateIf((_, value) => value !== undefined)
  @IsInt()
  @Min(0)
  @Max(365)
  paymentTermsDays?: number;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Printed at the bottom of every invoice' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  footer?: string | null;
}
