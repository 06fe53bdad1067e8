import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
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
  ValidateNested,
  IsObject,
} from 'class-validator';
import { CreateClientDto, trimmed } from '../../clients/dto/create-client.dto';
import { FUEL_TYPES, FuelType } from '../vehicle.entity';
import { IsVehicleYear } from './is-vehicle-year.validator';

export class CreateVehicleDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'An existing client of this workshop; or send `client`' })
  @ValidateIf((dto: CreateVehicleDto) => dto.client === undefined)
  @IsUUID()
  clientId?: string;

  @ApiPropertyOptional({ type: CreateClientDto, description: 'A new client, created with the vehicle in one step' })
  @ValidateIf((dto: CreateVehicleDto) => dto.clientId === undefined || dto.client !== undefined)
  // An array passes ValidateNested (it checks each element) and would reach the service.
  @IsObject()
  @ValidateNested()
  @Type(() => CreateClientDto)
  client?: CreateClientDto;

  @ApiPropertyOptional({
    type: String,
    example: 'WVWZZZ1JZXW000001',
    description: 'Stored encrypted; unique in the workshop',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  vin?: string | null;

  @ApiPropertyOptional({ type: String, example: 'WA 12345', nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 20)
  plate?: string | null;

  @ApiProperty({ example: 'Volkswagen' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 60)
  make!: string;

  @ApiProperty({ example: 'Golf' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 60)
  model!: string;

  @ApiPropertyOptional({ type: 'integer', example: 2014, nullable: true })
  @IsOptional()
  @Validate(IsVehicleYear)
  year?: number | null;

  @ApiPropertyOptional({ type: String, example: '1.4 TSI', nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(60)
  engine?: string | null;

  @ApiPropertyOptional({ enum: FUEL_TYPES, enumName: 'FuelType', nullable: true })
  @IsOptional()
  @IsIn(FUEL_TYPES)
  fuelType?: FuelType | null;

  @ApiPropertyOptional({ type: 'integer', example: 154000, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(5_000_000)
  mileageKm?: number | null;
}
