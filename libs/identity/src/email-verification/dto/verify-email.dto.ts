import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class VerifyEmailDto {
  @ApiProperty({ description: 'The `token` query parameter of the verification link' })
  @IsString()
  @MaxLength(128)
  token!: string;
}
