import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Matches, MaxLength } from 'class-validator';

/** An operator's sign-in: all three factors at once (see OperatorLoginService). */
export class OperatorLoginDto {
  @ApiProperty({ format: 'email' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(256)
  password!: string;

  @ApiProperty({ example: '492039', description: 'The current code of the authenticator app; each works once' })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'must be six digits' })
  code!: string;
}
