import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@pitlane/core';
import { ROLES } from '../../memberships/role';

/** OpenAPI shape of `StaffMember`. */
export class StaffMemberResponse {
  @ApiProperty({ format: 'uuid', description: 'The user id' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: string;
  @ApiProperty({ format: 'date-time' }) joinedAt!: string;
}

/** OpenAPI shape of `Page<StaffMember>`. */
export class StaffPageResponse extends PageResponse {
  @ApiProperty({ type: [StaffMemberResponse] }) items!: StaffMemberResponse[];
}
