import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length, MaxLength } from 'class-validator';

export class AcceptInvitationDto {
  @ApiProperty({ description: 'The token from the invitation link' })
  @IsString()
  @MaxLength(128)
  token!: string;

  @ApiProperty({ example: 'Marek Nowak', description: 'The name for a new account (an existing one keeps its own)' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 120)
  name!: string;

  @ApiProperty({
    description:
      'A new password (at least 12 characters, not a common one), or the password of the existing account with this address',
  })
  @IsString()
  @MaxLength(256)
  password!: string;
}
