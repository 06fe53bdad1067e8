import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@pitlane/core';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { REPAIR_ORDER_STATUSES, RepairOrderStatus } from '../status-workflow';

export class ListRepairOrdersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REPAIR_ORDER_STATUSES })
  @IsOptional()
  @IsIn(REPAIR_ORDER_STATUSES)
  status?: RepairOrderStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  vehicleId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  clientId?: string;
}
