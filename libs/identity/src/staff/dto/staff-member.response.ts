import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '../../memberships/role';

/** OpenAPI shape of `StaffMember`. */
export class StaffMemberResponse {
  @ApiProperty({ format: 'uuid', description: 'The user id' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiProperty({ format: 'date-time' }) joinedAt!: string;
}

/** OpenAPI shape of `Page<StaffMember>`. */
export class StaffPageResponse {
  @ApiProperty({ type: [StaffMemberResponse] }) items!: StaffMemberResponse[];
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 20 }) limit!: number;
  @ApiProperty({ example: 3 }) total!: number;
}
