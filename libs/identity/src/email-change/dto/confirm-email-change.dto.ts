import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class ConfirmEmailChangeDto {
  @ApiProperty({ description: 'The `token` query parameter of the link mailed to the new address' })
  @IsString()
  @MaxLength(128)
  token!: string;
}
