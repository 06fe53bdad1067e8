import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@pitlane/core';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { REPAIR_ORDER_STATUSES, RepairOrderStatus } from '../status-workflow';

export class ListRepairOrdersQuery extends PageQuery {
  @ApiPropertyOptional({ type: 'integer', description: 'Exactly this order number', example: 1042, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  number?: number;

  @ApiPropertyOptional({ enum: REPAIR_ORDER_STATUSES, enumName: 'RepairOrderStatus' })
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
