import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { ValidationFailedError } from '../errors/validation-failed.error';

/** `?page=1&limit=20&sort=-createdAt`, shared by every list endpoint. */
export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page: number = 1;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;

  @ApiPropertyOptional({ description: 'A field name, prefixed with "-" for descending order' })
  @IsOptional()
  @IsString()
  // Digits after the first letter: field names like `orders30d`.
  @Matches(/^-?[A-Za-z][A-Za-z0-9]{0,39}$/)
  sort?: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly page: number;
  readonly limit: number;
  readonly total: number;
}

export interface SortOrder {
  readonly column: string;
  readonly direction: 'ASC' | 'DESC';
}

/**
 * Resolves `?sort=` against the fields an endpoint allows (API name -> SQL column), so a client
 * can never sort by an arbitrary expression. Unknown fields are a 400, not a silent default.
 */
export function resolveSort(
  sort: string | undefined,
  allowed: Readonly<Record<string, string>>,
  fallback: SortOrder,
): SortOrder {
  if (!sort) return fallback;
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  // Own properties only: `?sort=constructor` must not find Object.prototype's.
  const column = Object.hasOwn(allowed, field) ? allowed[field] : undefined;
  if (!column) {
    throw new ValidationFailedError([
      { field: 'sort', message: `must be one of ${Object.keys(allowed).join(', ')}, optionally prefixed with "-"` },
    ]);
  }
  return { column, direction: descending ? 'DESC' : 'ASC' };
}

export function offsetOf(query: PageQuery): number {
  return (query.page - 1) * query.limit;
}

export function pageOf<T>(items: readonly T[], total: number, query: PageQuery): Page<T> {
  return { items, page: query.page, limit: query.limit, total };
}
