import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  Equals,
  IsArray,
  IsEmail,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
  IsObject,
} from 'class-validator';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class BookingCustomerDto {
  @ApiProperty({ example: 'Łukasz' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  firstName!: string;

  @ApiProperty({ example: 'Nowak' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  lastName!: string;

  @ApiProperty({ example: 'lukasz.nowak@example.pl' })
  @Transform(trimmed)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: '+48 601 234 567' })
  @IsString()
  @Length(3, 32)
  phone!: string;
}

export class BookingVehicleDto {
  @ApiProperty({ example: 'WA 12345' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 20)
  plate!: string;

  @ApiPropertyOptional({ example: 'WVWZZZ1JZXW000001', description: 'Stored encrypted' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  vin?: string;

  @ApiPropertyOptional({ example: 'Volkswagen' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 60)
  make?: string;

  @ApiPropertyOptional({ example: 'Golf' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 60)
  model?: string;
}

export class CreateBookingDto {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  serviceIds!: string[];

  @ApiProperty({
    example: '2026-03-30T08:00:00+02:00',
    description: 'One of the offered starts, as an instant with any offset: read in the workshop zone',
  })
  @IsISO8601({ strict: true })
  startsAt!: string;

  @ApiProperty({ type: BookingCustomerDto })
  // An array passes ValidateNested (it checks each element) and would reach the service.
  @IsObject()
  @ValidateNested()
  @Type(() => BookingCustomerDto)
  customer!: BookingCustomerDto;

  @ApiProperty({ type: BookingVehicleDto })
  // An array passes ValidateNested (it checks each element) and would reach the service.
  @IsObject()
  @ValidateNested()
  @Type(() => BookingVehicleDto)
  vehicle!: BookingVehicleDto;

  @ApiProperty({ description: 'The customer agrees to the processing of their data for the booking' })
  @Equals(true, { message: 'must be true: a booking needs the consent' })
  consent!: boolean;
}
