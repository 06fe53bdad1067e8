import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class MergeClientDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The client that stays: takes over the vehicles, appointments and orders of the client in the path',
  })
  @IsUUID()
  intoClientId!: string;
}
