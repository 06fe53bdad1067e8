import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidateIf,
} from 'class-validator';
import { trimmed } from '../../clients/dto/create-client.dto';
import { FUEL_TYPES, FuelType } from '../vehicle.entity';
import { IsVehicleYear } from './is-vehicle-year.validator';

const present = (_: unknown, value: unknown) => value !== undefined;

/** Absent fields stay as they are; `null` clears an optional field. */
export class UpdateVehicleDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Move the vehicle to another client of this workshop' })
  @ValidateIf(present)
  @IsUUID()
  clientId?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  vin?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 20)
  plate?: string | null;

  @ApiPropertyOptional()
  @ValidateIf(present)
  @Transform(trimmed)
  @IsString()
  @Length(1, 60)
  make?: string;

  @ApiPropertyOptional()
  @ValidateIf(present)
  @Transform(trimmed)
  @IsString()
  @Length(1, 60)
  model?: string;

  @ApiPropertyOptional({ type: 'integer', nullable: true })
  @IsOptional()
  @Validate(IsVehicleYear)
  year?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(60)
  engine?: string | null;

  @ApiPropertyOptional({ enum: FUEL_TYPES, enumName: 'FuelType', nullable: true })
  @IsOptional()
  @IsIn(FUEL_TYPES)
  fuelType?: FuelType | null;

  @ApiPropertyOptional({ type: 'integer', description: 'May not go down unless `mileageOverride` is true' })
  @ValidateIf(present)
  @IsInt()
  @Min(0)
  @Max(5_000_000)
  mileageKm?: number;

  @ApiPropertyOptional({ description: 'Allow a lower mileage (a corrected typo, a replaced odometer)' })
  @ValidateIf(present)
  @IsBoolean()
  mileageOverride?: boolean;
}
