import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '../../memberships/role';
import { INVITATION_STATUSES } from '../invitation.entity';

/** OpenAPI shape of `InvitationView`. */
export class InvitationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ nullable: true, type: String }) name!: string | null;
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiProperty({ enum: INVITATION_STATUSES }) status!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/** OpenAPI shape of `Page<InvitationView>`. */
export class InvitationPageResponse {
  @ApiProperty({ type: [InvitationResponse] }) items!: InvitationResponse[];
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 20 }) limit!: number;
  @ApiProperty({ example: 2 }) total!: number;
}
