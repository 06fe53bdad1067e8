import { ApiProperty, ApiQuery } from '@nestjs/swagger';

/**
 * OpenAPI shape of the paging fields of `Page<T>`. Each list's page class extends it and adds its
 * own `items`, so every list answer is a concrete schema.
 */
export abstract class PageResponse {
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 }) page!: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 20 }) limit!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Items on all pages together' }) total!: number;
}

/**
 * Documents `?sort=` of a list as the fields its `resolveSort` accepts, each ascending or with
 * "-" descending, under `enumName` so the web app gets a union per list.
 */
export function ApiSortQuery(enumName: string, fields: Readonly<Record<string, string>>): MethodDecorator {
  return ApiQuery({
    name: 'sort',
    required: false,
    enum: Object.keys(fields).flatMap((field) => [field, `-${field}`]),
    enumName,
    description: 'A field to order by, prefixed with "-" for descending order',
  });
}

/**
 * Documents `?sort=` of a list with one fixed order: the shared page query still takes the
 * parameter, and the list ignores it (or, `refused`, answers 400), which the document says.
 */
export function ApiFixedOrder(order: string, sort: 'ignored' | 'refused' = 'ignored'): MethodDecorator {
  return ApiQuery({
    name: 'sort',
    required: false,
    type: String,
    deprecated: true,
    description: `${sort === 'ignored' ? 'Ignored' : 'Refused with 400'}: the list is always ${order}`,
  });
}
