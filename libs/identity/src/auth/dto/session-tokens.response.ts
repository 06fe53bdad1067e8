import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '../../memberships/role';

export class WorkshopRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'kowalski-auto-serwis' }) slug!: string;
}

export class UserRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() name!: string;
}

/** OpenAPI shape of a token pair (`TokenPair`). */
export class TokenPairResponse {
  @ApiProperty({ description: 'JWT, valid for `expiresIn` seconds' }) accessToken!: string;
  @ApiProperty({ description: 'Opaque and single use: each refresh returns the next one' }) refreshToken!: string;
  @ApiProperty({ type: 'integer', example: 900 }) expiresIn!: number;
}

/** OpenAPI shape of `SignupResult`. */
export class SignupResponse extends TokenPairResponse {
  @ApiProperty({ type: WorkshopRef }) workshop!: WorkshopRef;
  @ApiProperty({ type: UserRef }) user!: UserRef;
}

/** OpenAPI shape of `LoginResult`. */
export class LoginResponse extends SignupResponse {
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: string;
}

/** OpenAPI shape of `RefreshedSession`. */
export class RefreshResponse extends TokenPairResponse {
  @ApiProperty({ format: 'uuid' }) tenantId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: string;
}
