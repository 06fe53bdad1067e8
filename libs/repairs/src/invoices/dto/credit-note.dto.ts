import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class CreditNoteDto {
  @ApiProperty({ minLength: 1, maxLength: 1000, example: 'Wrong labour rate charged' })
  @IsString()
  @Length(1, 1000)
  @Matches(/\S/, { message: 'must not be blank' })
  reason!: string;
}
