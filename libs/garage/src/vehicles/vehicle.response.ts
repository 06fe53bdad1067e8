import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@pitlane/core';
import { FUEL_TYPES } from './vehicle.entity';

export const VIN_CHECK_DIGITS = ['valid', 'not_applicable'] as const;
export type VinCheckDigit = (typeof VIN_CHECK_DIGITS)[number];

/** Characters of the VIN every response shows: the serial part, as the search's "VIN tail" finds it. */
export const VIN_TAIL_LENGTH = 6;

/**
 * A vehicle as the API shows it. The VIN is masked to its tail: the full VIN is read one vehicle
 * at a time through `GET /vehicles/{id}/vin`, which is audited, so a list, an export of the page
 * or a shoulder-surfed screen never carries it.
 */
export class VehicleResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) clientId!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '000001',
    description:
      'The last 6 characters of the VIN (its serial part); null when the vehicle has no VIN. The full VIN is ' +
      'not in this response: read it with GET /api/v1/vehicles/{id}/vin (audited).',
  })
  vinTail!: string | null;
  @ApiProperty({
    enum: VIN_CHECK_DIGITS,
    enumName: 'VinCheckDigit',
    nullable: true,
    description:
      "Null when the vehicle has no VIN. 'not_applicable': the 9th character is not a check digit (usual outside North America)",
  })
  vinCheckDigit!: VinCheckDigit | null;
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

/** The vehicle with its VIN in full: only where a person is entitled to it (a GDPR export). */
export class RevealedVehicleResponse extends VehicleResponse {
  @ApiProperty({ nullable: true, type: String, example: '000001', description: 'The last 6 characters of `vin`' })
  override vinTail!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'WVWZZZ1JZXW000001' }) vin!: string | null;
}

/** The answer of the audited VIN reveal. */
export class VehicleVinResponse {
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'WVWZZZ1JZXW000001',
    description: 'The full VIN, normalised; null when the vehicle has none (then nothing is audited)',
  })
  vin!: string | null;
  @ApiProperty({ enum: VIN_CHECK_DIGITS, enumName: 'VinCheckDigit', nullable: true })
  vinCheckDigit!: VinCheckDigit | null;
}

export class VehiclePageResponse extends PageResponse {
  @ApiProperty({ type: [VehicleResponse] }) items!: VehicleResponse[];
}
