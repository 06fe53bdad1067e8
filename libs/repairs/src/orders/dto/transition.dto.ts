import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { REPAIR_ORDER_STATUSES, RepairOrderStatus } from '../status-workflow';

export class TransitionDto {
  @ApiProperty({ enum: REPAIR_ORDER_STATUSES, enumName: 'RepairOrderStatus' })
  @IsIn(REPAIR_ORDER_STATUSES)
  to!: RepairOrderStatus;
}
