import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@pitlane/core';
import { IsOptional, IsUUID } from 'class-validator';

export class AuditEventsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only events about this entity' })
  @IsOptional()
  @IsUUID()
  entityId?: string;
}
