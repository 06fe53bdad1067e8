import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@pitlane/core';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

export class ListPartsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part number prefix or a word of the name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}
