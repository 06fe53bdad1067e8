import { ApiProperty } from '@nestjs/swagger';
import { WorkshopRef } from '../../auth/dto/session-tokens.response';
import { ROLES } from '../../memberships/role';

class MeUser {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() name!: string;
  @ApiProperty() emailVerified!: boolean;
  @ApiProperty({ description: 'Two-step verification is on' }) mfaEnabled!: boolean;
}

class MeWorkshop extends WorkshopRef {
  @ApiProperty({ example: 'Europe/Warsaw' }) timeZone!: string;
  @ApiProperty({ example: 'PL' }) country!: string;
  @ApiProperty({ enum: ['en', 'pl', 'da'], enumName: 'Locale' }) locale!: string;
  @ApiProperty({ example: 'PLN' }) currency!: string;
  @ApiProperty({ enum: ['active', 'suspended'], enumName: 'WorkshopStatus' }) status!: string;
  @ApiProperty({ description: 'Staff must turn on two-step verification before anything else' })
  requireMfa!: boolean;
}

class MeMembership {
  @ApiProperty({ type: WorkshopRef }) workshop!: WorkshopRef;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: string;
}

/** OpenAPI shape of `MeView`. */
export class MeResponse {
  @ApiProperty({ type: MeUser }) user!: MeUser;
  @ApiProperty({ type: MeWorkshop }) workshop!: MeWorkshop;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: string;
  @ApiProperty({ type: [MeMembership] }) memberships!: MeMembership[];
}
