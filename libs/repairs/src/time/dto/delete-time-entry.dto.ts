import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import { trimmed } from '../../parts/dto/create-part.dto';

/** Why a clocked entry is removed; kept with the entry's times after it is gone. */
export class DeleteTimeEntryDto {
  @ApiProperty({ example: 'Clocked on the wrong order' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 500)
  reason!: string;
}
