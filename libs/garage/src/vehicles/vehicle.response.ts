import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@pitlane/core';
import { FUEL_TYPES } from './vehicle.entity';

/** A vehicle as the API shows it; the VIN decrypted for the workshop's staff. */
export class VehicleResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) clientId!: string | null;
  @ApiProperty({ nullable: true, type: String }) vin!: string | null;
  @ApiProperty({
    enum: ['valid', 'not_applicable'],
    enumName: 'VinCheckDigit',
    nullable: true,
    description: "'not_applicable': the 9th character is not a check digit (usual outside North America)",
  })
  vinCheckDigit!: 'valid' | 'not_applicable' | null;
  @ApiProperty({ nullable: true, type: String }) plate!: string | null;
  @ApiProperty() make!: string;
  @ApiProperty() model!: string;
  @ApiProperty({ type: 'integer', nullable: true }) year!: number | null;
  @ApiProperty({ nullable: true, type: String }) engine!: string | null;
  @ApiProperty({ enum: FUEL_TYPES, enumName: 'FuelType', nullable: true }) fuelType!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) mileageKm!: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class VehiclePageResponse extends PageResponse {
  @ApiProperty({ type: [VehicleResponse] }) items!: VehicleResponse[];
}
