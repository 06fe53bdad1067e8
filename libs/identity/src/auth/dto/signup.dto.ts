import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsISO31661Alpha2, IsOptional, IsString, Length, MaxLength, Validate } from 'class-validator';
import { IsTimeZone } from './is-time-zone.validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SignupDto {
  @ApiProperty({ example: 'Kowalski Auto Serwis' })
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  workshopName!: string;

  @ApiProperty({ example: 'anna@kowalski-auto.pl' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: 12, description: 'At least 12 characters and not a common password' })
  @IsString()
  @MaxLength(256)
  password!: string;

  @ApiProperty({ example: 'Anna Kowalska' })
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  ownerName!: string;

  @ApiPropertyOptional({ example: 'Europe/Warsaw', description: 'IANA time zone; defaults to UTC' })
  @IsOptional()
  @Validate(IsTimeZone)
  timezone?: string;

  @ApiPropertyOptional({ example: 'PL', description: 'ISO 3166-1 alpha-2; defaults to PL' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @IsISO31661Alpha2()
  country?: string;

  @ApiPropertyOptional({ enum: ['en', 'pl', 'da'], enumName: 'Locale', description: 'Defaults from the country' })
  @IsOptional()
  @IsIn(['en', 'pl', 'da'])
  locale?: 'en' | 'pl' | 'da';
}
