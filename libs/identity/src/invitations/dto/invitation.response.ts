import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@pitlane/core';
import { ROLES } from '../../memberships/role';
import { INVITATION_STATUSES } from '../invitation.entity';

/** OpenAPI shape of `InvitationView`. */
export class InvitationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ nullable: true, type: String }) name!: string | null;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: string;
  @ApiProperty({ enum: INVITATION_STATUSES, enumName: 'InvitationStatus' }) status!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/** OpenAPI shape of `Page<InvitationView>`. */
export class InvitationPageResponse extends PageResponse {
  @ApiProperty({ type: [InvitationResponse] }) items!: InvitationResponse[];
}
