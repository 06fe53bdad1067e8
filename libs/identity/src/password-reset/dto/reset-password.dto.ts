import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Matches, MaxLength } from 'class-validator';

export class ResetPasswordDto {
  @ApiProperty({ example: 'anna@kowalski-auto.pl' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: '042917', description: 'The 6-digit code from the e-mail' })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'must be the 6 digits from the e-mail' })
  code!: string;

  @ApiProperty({ minLength: 12, description: 'At least 12 characters and not a common password' })
  @IsString()
  @MaxLength(256)
  newPassword!: string;
}
