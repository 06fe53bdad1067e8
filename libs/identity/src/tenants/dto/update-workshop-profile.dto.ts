import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  Validate,
  ValidateIf,
} from 'class-validator';
import { LOCALES } from '../tenant.entity';
import { canonicalTimeZone, IsCanonicalTimeZone } from '../time-zone';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** A form's empty field clears it, as null does. */
const trimmedOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
const present = (_: object, value: unknown) => value !== undefined;

/** 6 to 15 digits (E.164 allows no more), with the separators people type: "+48 22 123-45-67". */
const PHONE = /^(?=(?:\D*\d){6,15}\D*$)\+?[0-9 ()./-]+$/;

/**
 * Changes to the workshop profile: absent fields stay as they are; null (or an empty string)
 * clears an optional one. The slug (the booking-page address) is not among them: renaming the
 * workshop leaves every link customers hold working. The currency is fixed at signup.
 */
export class UpdateWorkshopProfileDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 120, example: 'Kowalski Auto Serwis' })
  @ValidateIf(present)
  @Transform(trimmed)
  @IsString()
  @Length(1, 120)
  name?: string;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 200, example: 'ul. Długa 5' })
  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(200)
  street?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 20, example: '00-238' })
  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(20)
  postalCode?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 100, example: 'Warszawa' })
  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(100)
  city?: string | null;

  @ApiPropertyOptional({
    example: 'PL',
    description: 'ISO 3166-1 alpha-2 (any case), of the address; also the default for clients’ phone numbers and ids',
  })
  @ValidateIf(present)
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code such as PL' })
  country?: string;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 40, example: '+48 22 123 45 67' })
  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(40)
  @Matches(PHONE, { message: 'must be a phone number such as +48 22 123 45 67' })
  phone?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'email',
    maxLength: 254,
    description: 'The address customers see; staff sign in with their own',
  })
  @IsOptional()
  @Transform(trimmedOrNull)
  @MaxLength(254)
  @IsEmail({}, { message: 'must be an e-mail address' })
  publicEmail?: string | null;

  @ApiPropertyOptional({
    enum: LOCALES,
    enumName: 'Locale',
    description: 'The workshop’s language: its mails and staff without their own',
  })
  @ValidateIf(present)
  @IsIn(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` })
  locale?: (typeof LOCALES)[number];

  @ApiPropertyOptional({
    example: 'Europe/Warsaw',
    maxLength: 64,
    description: 'IANA time zone of the workshop: bookings, invoices and reports all run in it',
  })
  @ValidateIf(present)
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? (canonicalTimeZone(value) ?? value) : value,
  )
  @Validate(IsCanonicalTimeZone)
  timeZone?: string;
}
