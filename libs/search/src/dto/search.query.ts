import { ApiPropertyOptional } from '@nestjs/swagger';
import { SearchableType, SEARCHABLE_TYPES } from '@pitlane/garage';
import { Transform, Type } from 'class-transformer';
import { ArrayNotEmpty, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_QUERY_LENGTH } from '../query/search-query';

export const DEFAULT_SEARCH_LIMIT = 10;
export const MAX_SEARCH_LIMIT = 50;

export class SearchQueryDto {
  @ApiPropertyOptional({
    description:
      'What was typed: a plate or its start, a name (typos forgiven, accents optional), make and model, a year, ' +
      'a phone number in any format, a full VIN or its last 6 characters. Blank answers no hits.',
    maxLength: MAX_QUERY_LENGTH,
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_QUERY_LENGTH)
  q?: string;

  @ApiPropertyOptional({
    enum: SEARCHABLE_TYPES,
    enumName: 'SearchableType',
    isArray: true,
    description: 'What to look for (default both): the parameter repeated, or its values comma-separated',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.split(',').map((type) => type.trim()) : value,
  )
  @ArrayNotEmpty()
  @IsIn(SEARCHABLE_TYPES, { each: true, message: `each of types must be one of: ${SEARCHABLE_TYPES.join(', ')}` })
  types?: SearchableType[];

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_SEARCH_LIMIT, default: DEFAULT_SEARCH_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SEARCH_LIMIT)
  limit?: number;
}
