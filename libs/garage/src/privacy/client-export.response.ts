import { ApiProperty } from '@nestjs/swagger';
import { AuditEventResponse } from '@pitlane/core';
import { ClientResponse } from '../clients/client.response';
import { ExportedMileageReadingResponse } from '../mileage/mileage-reading.response';
import { RevealedVehicleResponse } from '../vehicles/vehicle.response';
import type { ClientExport } from './client-privacy.service';

/** The data controller of a GDPR export: the workshop. */
export class ClientExportControllerResponse {
  @ApiProperty({ format: 'uuid' }) workshopId!: string;
  @ApiProperty() name!: string;
}

/** OpenAPI shape of `ClientExport`. */
export class ClientExportResponse implements ClientExport {
  @ApiProperty({ format: 'date-time' }) exportedAt!: string;
  @ApiProperty({ type: ClientExportControllerResponse }) controller!: ClientExportControllerResponse;
  @ApiProperty({ type: ClientResponse }) client!: ClientResponse;
  @ApiProperty({
    type: [RevealedVehicleResponse],
    description: 'With their VINs in full (the export is recorded as client.exported)',
  })
  vehicles!: RevealedVehicleResponse[];
  @ApiProperty({ type: [ExportedMileageReadingResponse], description: "The vehicles' odometer readings, oldest first" })
  mileageReadings!: ExportedMileageReadingResponse[];
  @ApiProperty({ type: [AuditEventResponse], description: 'About the client and their vehicles, oldest first' })
  auditEvents!: AuditEventResponse[];
}
