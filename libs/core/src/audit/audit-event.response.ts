import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '../http/page.response';
import type { AuditEventView } from './audit-trail';

/** OpenAPI shape of `AuditEventView`: who changed which fields of what, never the values. */
export class AuditEventResponse implements AuditEventView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'null when no signed-in person acted (public pages, background jobs)',
  })
  actorUserId!: string | null;
  @ApiProperty({ example: 'vehicle.updated' }) action!: string;
  @ApiProperty({ example: 'vehicle' }) entityType!: string;
  @ApiProperty({ format: 'uuid' }) entityId!: string;
  @ApiProperty({ type: [String], example: ['plate', 'mileageKm'] }) changedFields!: string[];
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
}

/** OpenAPI shape of `Page<AuditEventView>`. */
export class AuditEventPageResponse extends PageResponse {
  @ApiProperty({ type: [AuditEventResponse] }) items!: AuditEventResponse[];
}
