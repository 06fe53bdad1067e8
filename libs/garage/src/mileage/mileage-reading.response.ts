import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@pitlane/core';
import { MILEAGE_SOURCES, type MileageSource } from './mileage-reading.entity';

/** The staff member who typed a reading. */
export class MileageRecorderResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

/** One odometer reading as the API shows it. */
export class MileageReadingResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer', minimum: 0, example: 154_000 }) mileageKm!: number;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({
    enum: MILEAGE_SOURCES,
    enumName: 'MileageSource',
    description: "'vehicle': typed on the vehicle by staff; 'repair-order': noted at a repair order's intake",
  })
  source!: MileageSource;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) repairOrderId!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: "The order's number, with `repairOrderId`" })
  repairOrderNumber!: number | null;
  @ApiProperty({
    type: MileageRecorderResponse,
    nullable: true,
    description: 'Null for readings from before the history was kept',
  })
  recordedBy!: MileageRecorderResponse | null;
  @ApiProperty({
    description:
      'Lower than the reading before it (a replaced odometer, a corrected typo — or a rolled-back one): worth a look',
  })
  decreased!: boolean;
}

/** A vehicle's readings, newest first. */
export class MileagePageResponse extends PageResponse {
  @ApiProperty({ type: [MileageReadingResponse] }) items!: MileageReadingResponse[];
}

/** A reading in a client's GDPR export: which of their vehicles it is of. */
export class ExportedMileageReadingResponse extends MileageReadingResponse {
  @ApiProperty({ format: 'uuid' }) vehicleId!: string;
}
