import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength } from 'class-validator';

export class ChangeEmailDto {
  @ApiProperty({ example: 'anna.kowalska@example.pl', description: 'Receives the confirmation link' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail()
  @MaxLength(254)
  newEmail!: string;

  @ApiProperty({ description: 'The current password' })
  @IsString()
  @MaxLength(256)
  password!: string;
}
