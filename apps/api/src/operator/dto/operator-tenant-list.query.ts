import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@pitlane/core';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** `?search=&sort=&page=&limit=` of the operators' list of workshops. */
export class OperatorTenantListQuery extends PageQuery {
  @ApiPropertyOptional({ maxLength: 100, description: 'Part of the name or slug, case-insensitive' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
