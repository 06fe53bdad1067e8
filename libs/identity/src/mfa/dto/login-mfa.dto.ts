import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, MaxLength } from 'class-validator';

export class LoginMfaDto {
  @ApiProperty({ description: 'The mfaToken the first step answered with' })
  @IsString()
  @MaxLength(2048)
  mfaToken!: string;

  @ApiProperty({ example: '492039', description: 'A code from the authenticator app, or a recovery code' })
  @IsString()
  @Length(1, 32)
  code!: string;
}

/** OpenAPI shape of `MfaChallengeResult`. */
export class MfaChallengeResponse {
  @ApiProperty({ enum: [true] }) mfaRequired!: true;
  @ApiProperty({ description: 'Send it with a code to /auth/login/mfa within 5 minutes; single use' })
  mfaToken!: string;
}
