import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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

/** What every answer that opens or continues a session carries, in either delivery mode. */
export class AccessTokenResponse {
  @ApiProperty({ description: 'JWT, valid for `expiresIn` seconds' }) accessToken!: string;
  @ApiProperty({ type: 'integer', example: 900, description: 'Seconds until the access token expires' })
  expiresIn!: number;
}

/**
 * The routes that issue a refresh token deliver it as the client asks: in the body (API
 * clients, the default) or, with `X-Refresh-Token-Delivery: cookie` (browsers), in the
 * `pitlane_refresh` cookie and never in the body.
 */
const ISSUED_REFRESH_TOKEN = {
  description:
    'Opaque and single use: each refresh returns the next one. Absent with `X-Refresh-Token-Delivery: cookie`, ' +
    'which puts it in the HttpOnly `pitlane_refresh` cookie instead',
};

/** OpenAPI shape of `SignupResult`. */
export class SignupResponse extends AccessTokenResponse {
  @ApiPropertyOptional(ISSUED_REFRESH_TOKEN) refreshToken?: string;
  @ApiProperty({ type: WorkshopRef }) workshop!: WorkshopRef;
  @ApiProperty({ type: UserRef }) user!: UserRef;
}

/** OpenAPI shape of `LoginResult`. */
export class LoginResponse extends SignupResponse {
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: string;
}

/** OpenAPI shape of `RefreshedSession` as the cookie-mode refresh answers it: no refresh token. */
export class SessionRefreshResponse extends AccessTokenResponse {
  @ApiProperty({ format: 'uuid' }) tenantId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: string;
}

/** OpenAPI shape of `RefreshedSession` as `POST /auth/refresh` answers it. */
export class RefreshResponse extends SessionRefreshResponse {
  @ApiPropertyOptional(ISSUED_REFRESH_TOKEN) refreshToken?: string;
}
