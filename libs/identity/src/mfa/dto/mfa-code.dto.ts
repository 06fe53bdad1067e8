import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class MfaCodeDto {
  @ApiProperty({
    example: '492039',
    description: 'A 6-digit code from the authenticator app; to disable, a recovery code also works',
  })
  @IsString()
  @Length(1, 32)
  code!: string;
}
