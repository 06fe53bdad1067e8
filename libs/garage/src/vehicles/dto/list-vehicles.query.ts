import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@pitlane/core';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class ListVehiclesQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Exact lookup by full VIN (17 characters), through its blind index' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  vin?: string;

  @ApiPropertyOptional({ description: 'Exact plate, ignoring case, spaces and dashes' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  plate?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  clientId?: string;
}
