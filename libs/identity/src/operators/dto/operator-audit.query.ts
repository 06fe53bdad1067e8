import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@pitlane/core';
import { IsOptional, IsUUID } from 'class-validator';

export class OperatorAuditQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only what was done to this workshop' })
  @IsOptional()
  @IsUUID()
  tenantId?: string;
}
