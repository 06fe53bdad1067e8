import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class SwitchWorkshopDto {
  @ApiProperty({ format: 'uuid', description: 'One of the workshops `GET /me` lists under `memberships`' })
  @IsUUID()
  workshopId!: string;
}
