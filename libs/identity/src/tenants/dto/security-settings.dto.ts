import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class UpdateSecuritySettingsDto {
  @ApiProperty({ description: 'Require every staff member to turn on two-step verification' })
  @IsBoolean()
  requireMfa!: boolean;
}

/** OpenAPI shape of `SecuritySettings`. */
export class SecuritySettingsResponse {
  @ApiProperty() requireMfa!: boolean;
}
