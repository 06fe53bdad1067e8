import { ApiProperty } from '@nestjs/swagger';
import { Locale, LOCALES } from '../tenant.entity';

/** OpenAPI shape of `WorkshopProfile`. */
export class WorkshopProfileResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Kowalski Auto Serwis' }) name!: string;
  @ApiProperty({
    example: 'kowalski-auto-serwis',
    description: 'The booking-page address, chosen at signup; renaming the workshop keeps it',
  })
  slug!: string;
  @ApiProperty({ nullable: true, type: String, example: 'ul. Długa 5' }) street!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '00-238' }) postalCode!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Warszawa' }) city!: string | null;
  @ApiProperty({ example: 'PL', description: 'ISO 3166-1 alpha-2' }) country!: string;
  @ApiProperty({ nullable: true, type: String, example: '+48 22 123 45 67' }) phone!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'email' }) publicEmail!: string | null;
  @ApiProperty({ enum: LOCALES, enumName: 'Locale' }) locale!: Locale;
  @ApiProperty({ example: 'Europe/Warsaw', description: 'IANA time zone' }) timeZone!: string;
  @ApiProperty({ example: 'PLN', description: 'ISO 4217, fixed at signup' }) currency!: string;
}
