import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageResponse } from '@pitlane/core';

/** A client as the API shows it. `nationalId` only for owners and managers. */
export class ClientResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '+48601234567' }) phone!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Decrypted for owners and managers only' })
  nationalId?: string | null;
  @ApiProperty({ description: 'Whether a national id is on file (shown to every role)' }) hasNationalId!: boolean;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) gdprConsentAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ClientPageResponse extends PageResponse {
  @ApiProperty({ type: [ClientResponse] }) items!: ClientResponse[];
}
